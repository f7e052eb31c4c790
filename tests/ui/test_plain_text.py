"""Stored or typed text on the customer's screen is plain text, never rich text (issue 16)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.app import build_kiosk
from kiosk.config import Config

HOSTILE = '<img src="/etc/passwd"><b>Ann</b>'


def test_the_staff_bar_shows_a_name_as_typed(qtbot) -> None:
    kiosk = build_kiosk(Config())
    qtbot.addWidget(kiosk.window)
    bar = kiosk.window.staff_bar
    bar.show_for(kiosk.window.catalogs["en"], "standard", HOSTILE, "<i>summary</i>", False)
    assert HOSTILE in bar.title.text()
    for label in (bar.title, bar.summary, bar.hint):
        assert label.textFormat().name == "PlainText"


def test_every_label_with_words_on_the_kiosk_is_plain_text(qtbot) -> None:
    kiosk = build_kiosk(Config())
    qtbot.addWidget(kiosk.window)
    kiosk.window.staff_bar.show_for(kiosk.window.catalogs["en"], "standard", HOSTILE, "x", False)
    kiosk.window.feedback.reset(HOSTILE)
    labels = kiosk.window.findChildren(QLabel)
    assert len(labels) > 50
    rich = [
        (label.objectName() or type(label.parent()).__name__, label.text()[:30])
        for label in labels
        if label.textFormat().name != "PlainText" and label.text()
    ]
    assert rich == []
