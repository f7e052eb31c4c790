import pytest

from kiosk.core import ids
from kiosk.core.session import Preferences, Session, next_text_size


def test_navigation_history() -> None:
    session = Session()
    assert session.current == ids.WELCOME and not session.can_go_back
    session.go(ids.LANGUAGE)
    session.go(ids.HOME)
    session.go(ids.HOME)  # same screen twice is one step
    assert session.history == [ids.WELCOME, ids.LANGUAGE, ids.HOME]
    assert session.back() == ids.LANGUAGE
    assert session.back() == ids.WELCOME
    assert session.back() == ids.WELCOME  # nowhere further back


def test_start_again_keeps_preferences_but_not_drafts() -> None:
    session = Session()
    session.prefs = Preferences(locale="ko", text_size=200)
    session.drafts["form"] = {"phone": "010"}
    session.go("ask_staff.forms")
    assert session.start_again() == ids.HOME
    assert session.prefs.locale == "ko" and session.drafts == {}
    assert session.previous() == ids.LANGUAGE


def test_wipe_returns_everything_to_defaults() -> None:
    defaults = Preferences(locale="zh_CN")
    session = Session(defaults=defaults)
    session.prefs = Preferences(locale="ko", text_size=150, theme="high_contrast", voice_on=False)
    session.drafts["x"] = 1
    session.go(ids.HOME)
    assert session.wipe() == ids.WELCOME
    assert session.prefs == defaults
    assert session.drafts == {} and session.history == [ids.WELCOME]


def test_text_size_cycles() -> None:
    assert [next_text_size(s) for s in (100, 150, 200)] == [150, 200, 100]


@pytest.mark.parametrize("kwargs", [{"locale": "fr"}, {"text_size": 120}, {"theme": "dark"}])
def test_preferences_reject_unknown_values(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Preferences(**kwargs)
