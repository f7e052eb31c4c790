"""Background jobs end before the process tears Qt down (kiosk/services/background.py)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from kiosk.services.background import Background, finish_background_work


def test_finishing_waits_for_every_pools_running_job(qapp: object) -> None:
    owners = [QObject(), QObject()]
    release = threading.Event()
    finished: list[int] = []

    def job(number: int) -> None:
        release.wait(5)
        finished.append(number)

    for number, owner in enumerate(owners):
        Background(owner).run(lambda number=number: job(number))
    threading.Timer(0.3, release.set).start()
    assert finish_background_work(10_000)
    assert sorted(finished) == [0, 1]


def test_a_job_still_running_after_the_wait_is_reported(qapp: object) -> None:
    owner = QObject()
    release = threading.Event()
    Background(owner).run(lambda: release.wait(10))
    try:
        assert not finish_background_work(100)
    finally:
        release.set()
        assert finish_background_work(10_000)


def test_a_deleted_owner_leaves_nothing_to_wait_for(qapp: object) -> None:
    owner = QObject()
    Background(owner).run(lambda: None)
    assert finish_background_work(10_000)
    del owner
    assert finish_background_work(0)
