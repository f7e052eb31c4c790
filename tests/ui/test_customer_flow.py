"""What a customer does by touch: walk in, choose a language, pick a task, get help."""

from __future__ import annotations

from conftest import button, tap
from PySide6.QtWidgets import QLabel

from kiosk.core import ids


def visible_texts(kiosk) -> list[str]:
    screen = kiosk.window.current_screen()
    # Words on the page in view; a disabled control (Previous page on page 1) is not said.
    return [
        lbl.text()
        for lbl in screen.findChildren(QLabel)
        if lbl.isVisible() and lbl.text() and lbl.isEnabled() and screen.on_this_page(lbl)
    ]


def walk_to_home(qtbot, kiosk, locale: str = "en") -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    assert kiosk.controller.visible_screen == ids.LANGUAGE
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])
    assert kiosk.controller.visible_screen == ids.HOME


def test_welcome_greets_in_all_three_languages(kiosk) -> None:
    texts = visible_texts(kiosk)
    assert "Touch anywhere to start" in texts
    assert "请触摸屏幕开始" in texts
    assert "화면을 눌러 시작하세요" in texts
    assert not kiosk.window.bar.buttons["back"].isEnabled()


def test_choosing_chinese_shows_the_menu_in_chinese(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk, "zh_CN")
    assert "您今天想办什么？" in visible_texts(kiosk)
    assert kiosk.window.bar.buttons["call_staff"].title.text() == "呼叫工作人员"


def test_every_home_tile_opens_its_task_or_an_honest_ask_staff_page(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk)
    home = kiosk.window.screens[ids.HOME]
    tiles = home.grid._items
    assert len(tiles) == 6
    routes = kiosk.controller.task_routes
    for index, task in enumerate(ids.HOME_TASKS):
        tap(qtbot, tiles[index])
        assert kiosk.controller.visible_screen == routes[task]
        if routes[task].startswith("ask_staff."):
            title = kiosk.catalogs["en"].text(f"task.{task}.title")
            assert any(title in t for t in visible_texts(kiosk)), title
        tap(qtbot, kiosk.window.bar.buttons["back"])
        assert kiosk.controller.visible_screen == ids.HOME


def test_language_switch_mid_task_keeps_the_customers_place(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk)
    kiosk.controller.go(ids.ask_staff_screen("check_in"))
    tap(qtbot, kiosk.window.bar.buttons["language"])
    assert kiosk.controller.visible_screen == ids.LANGUAGE
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["ko"])
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("check_in")
    assert "이 업무는 직원이 도와 드립니다" in visible_texts(kiosk)
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == ids.HOME


def test_text_size_button_grows_everything_then_returns(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk)
    bar = kiosk.window.bar
    heading = kiosk.window.screens[ids.HOME].findChildren(QLabel)[0]
    sizes, tiles = [], []
    tile = kiosk.window.screens[ids.HOME].grid._items[0]
    for expected in (150, 200, 100):
        before = heading.font().pixelSize()
        tap(qtbot, bar.buttons["text_size"])
        qtbot.wait(10)
        assert kiosk.controller.prefs.text_size == expected
        assert f"{expected}%" in bar.buttons["text_size"].title.text()
        sizes.append((before, heading.font().pixelSize()))
        tiles.append(tile.height())
    assert sizes[0][1] > sizes[0][0] and sizes[1][1] > sizes[1][0] and sizes[2][1] < sizes[2][0]
    assert tiles[1] > tiles[0] > tiles[2]  # touch targets grow with the words


def test_voice_button_says_its_state_in_words(qtbot, kiosk) -> None:
    voice = kiosk.window.bar.buttons["voice"]
    assert voice.title.text() == "Voice on"
    tap(qtbot, voice)
    assert voice.title.text() == "Voice off" and not kiosk.controller.prefs.voice_on


def test_high_contrast_switch_repaints_the_window(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["language"])
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].contrast)
    assert kiosk.controller.prefs.theme == "high_contrast"
    image = kiosk.window.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#000000"
    assert "High contrast: on" in kiosk.window.screens[ids.LANGUAGE].contrast.title.text()


def test_call_staff_from_any_screen_hands_over_context(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk, "ko")
    kiosk.controller.go(ids.ask_staff_screen("forms"))
    with qtbot.waitSignal(kiosk.controller.help_was_requested) as caught:
        tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    context = caught.args[0]
    assert context["locale"] == "ko"
    assert context["screen"] == ids.ask_staff_screen("forms")
    assert context["steps"] == [ids.LANGUAGE, ids.HOME, ids.ask_staff_screen("forms")]
    assert context["kiosk_id"] == "kiosk-1"
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED
    tap(qtbot, button(kiosk.window.current_screen(), "cancel_help"))
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")


def test_start_again_returns_to_the_menu_in_the_same_language(qtbot, kiosk) -> None:
    walk_to_home(qtbot, kiosk, "zh_CN")
    kiosk.controller.open_task("products")
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.HOME
    assert kiosk.controller.prefs.locale == "zh_CN"


def test_each_screen_speaks_the_words_it_shows(qtbot, kiosk) -> None:
    shown: list[tuple[str, str]] = []
    kiosk.window.screen_did_show.connect(lambda sid, words: shown.append((sid, words)))
    # Each says its words once its layout has settled (docs/design/0058); a
    # screen left before then stays quiet, so each is given that moment here.
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5_000)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5_000)
    assert [sid for sid, _ in shown] == [ids.LANGUAGE, ids.HOME]
    spoken = shown[-1][1]
    for text in visible_texts(kiosk):
        assert text in spoken, text
