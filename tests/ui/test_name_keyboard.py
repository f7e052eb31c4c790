"""Typing a name on the open-account journey, in every language, by real taps."""

from __future__ import annotations

from pathlib import Path

from conftest import button, screen_texts, tap

from kiosk.core import ids
from kiosk.ui.widgets.key_rows import arrange, flow, with_name
from kiosk.ui.widgets.text_keyboard import TextKeyboard


def to_name_step(qtbot, kiosk, locale: str) -> TextKeyboard:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])
    kiosk.controller.handle("journey_start", "open_account")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_choose"))  # an account
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))  # what to bring
    assert kiosk.controller.visible_screen == "journey.open_account.name"
    keyboard = kiosk.window.current_screen().keyboard
    assert keyboard.isVisible() and not kiosk.window.current_screen().keypad.isVisible()
    return keyboard


def press(qtbot, keyboard: TextKeyboard, *keys: str) -> None:
    for key in keys:
        # On a short page Clear stands under Next, not among the keys.
        aside = key == "clear" and keyboard.clear_aside
        tap(qtbot, keyboard.aside_clear if aside else keyboard.key(key))


def typed(kiosk) -> str:
    return kiosk.window.current_screen().name_typed.text()


def next_step(qtbot, kiosk) -> None:
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))


def test_an_empty_name_is_refused_in_words_then_a_typed_one_goes_on(qtbot, queued) -> None:
    kiosk, _ = queued
    keyboard = to_name_step(qtbot, kiosk, "en")
    assert "What is your full name?" in screen_texts(kiosk)
    next_step(qtbot, kiosk)
    assert kiosk.controller.visible_screen == "journey.open_account.name"
    assert "Please type your name." in screen_texts(kiosk)
    assert "Please type your name." in kiosk.window.current_screen().spoken_text()
    press(qtbot, keyboard, "space")  # spaces alone are no name (and never start one)
    press(qtbot, keyboard, "O", "'", "B", "R", "I", "E", "N", "-", "S", "M", "I", "T", "H")
    assert typed(kiosk) == "O'Brien-Smith"
    assert "Please type your name." not in screen_texts(kiosk)  # a key clears the problem
    press(qtbot, keyboard, "delete", "delete")
    assert typed(kiosk) == "O'Brien-Smi"
    press(qtbot, keyboard, "clear")
    # Among the keys (the shortest pages: this window is never shown), "…".
    assert typed(kiosk) == ("…" if keyboard.holding else "Nothing typed yet")
    press(qtbot, keyboard, "A", "N", "N")
    next_step(qtbot, kiosk)
    assert kiosk.controller.visible_screen == "journey.open_account.phone"
    assert kiosk.window.current_screen().keypad.isVisible()
    assert not kiosk.window.current_screen().keyboard.isVisible()


def test_korean_keys_compose_syllables_and_delete_one_key(qtbot, queued) -> None:
    kiosk, _ = queued
    keyboard = to_name_step(qtbot, kiosk, "ko")
    press(qtbot, keyboard, "ㄱ", "ㅣ", "ㅁ")
    assert typed(kiosk) == "김"
    press(qtbot, keyboard, "ㅁ", "ㅣ", "ㄴ", "ㅅ", "ㅜ")
    assert typed(kiosk) == "김민수"
    press(qtbot, keyboard, "delete")
    assert typed(kiosk) == "김민ㅅ"
    next_step(qtbot, kiosk)  # an unfinished letter is said in words
    assert "다 쓰지 않은 글자가 있습니다." in screen_texts(kiosk)
    press(qtbot, keyboard, "ㅜ")
    next_step(qtbot, kiosk)
    assert kiosk.controller.visible_screen == "journey.open_account.phone"


def test_chinese_pinyin_offers_characters_to_pick(qtbot, queued) -> None:
    kiosk, _ = queued
    keyboard = to_name_step(qtbot, kiosk, "zh_CN")
    assert "请输入拼音，再点要用的字。" in screen_texts(kiosk)
    press(qtbot, keyboard, "w", "a", "n", "g")
    assert keyboard.pinyin_line is not None and keyboard.pinyin_line.text() == "wang"
    assert keyboard.text() == ""  # letters are not the name until a character is picked
    tap(qtbot, keyboard.candidate_key("王"))
    assert typed(kiosk) == "王" and keyboard.pinyin() == ""
    press(qtbot, keyboard, "x", "i", "u")
    tap(qtbot, keyboard.candidate_key("秀"))
    press(qtbot, keyboard, "y", "i", "n", "g")
    tap(qtbot, keyboard.candidate_key("英"))
    assert typed(kiosk) == "王秀英"
    press(qtbot, keyboard, "q", "q")  # no syllable: said so, and Delete takes it back
    assert "没有这个拼音的字。请点删除。" in screen_texts(kiosk)
    press(qtbot, keyboard, "delete", "delete", "delete")
    assert typed(kiosk) == "王秀"


def test_more_pages_through_the_characters(qtbot, queued) -> None:
    kiosk, _ = queued
    keyboard = to_name_step(qtbot, kiosk, "zh_CN")
    press(qtbot, keyboard, "l", "i")
    first = [b.title.text() for b in keyboard.candidate_keys if b.isVisible()]
    assert first[0] == "李" and len(first) == 5
    assert keyboard.more_key is not None
    tap(qtbot, keyboard.more_key)
    second = [b.title.text() for b in keyboard.candidate_keys if b.isVisible()]
    assert second and not set(second) & set(first)


def test_the_name_survives_a_language_switch(qtbot, queued) -> None:
    kiosk, _ = queued
    keyboard = to_name_step(qtbot, kiosk, "en")
    press(qtbot, keyboard, "K", "I", "M")
    tap(qtbot, kiosk.window.bar.buttons["language"])
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["ko"])
    assert kiosk.controller.visible_screen == "journey.open_account.name"
    assert typed(kiosk) == "Kim" and "성함이 어떻게 되세요?" in screen_texts(kiosk)
    assert keyboard.layout_locale == "ko" and "ㄱ" in keyboard.keys and "A" not in keyboard.keys
    press(qtbot, keyboard, "space", "ㅁ", "ㅣ", "ㄴ")
    assert typed(kiosk) == "Kim 민"
    tap(qtbot, kiosk.window.bar.buttons["language"])
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
    assert typed(kiosk) == "Kim 민" and keyboard.layout_locale == "zh_CN"
    press(qtbot, keyboard, "delete")
    assert typed(kiosk) == "Kim "


def test_the_form_draft_carries_the_name(qtbot, queued) -> None:
    kiosk, staff = queued
    keyboard = to_name_step(qtbot, kiosk, "ko")
    press(qtbot, keyboard, "ㅂ", "ㅏ", "ㄱ", "ㅈ", "ㅓ", "ㅇ", "ㅅ", "ㅜ", "ㄱ")
    next_step(qtbot, kiosk)
    keypad = kiosk.window.current_screen().keypad
    for digit in "01012345678":
        tap(qtbot, keypad.keys[digit])
    next_step(qtbot, kiosk)
    for digit in "19480512":
        tap(qtbot, keypad.keys[digit])
    next_step(qtbot, kiosk)
    assert kiosk.controller.visible_screen == "journey.open_account.review"
    assert "성함: 박정숙" in screen_texts(kiosk)
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.ticket.issued, timeout=10_000)
    draft = staff.drafts.lookup(screen.ticket.draft_code, "Wang")
    assert draft.fields["name"] == "박정숙"


def test_changing_the_name_from_the_review_starts_from_it(qtbot, queued) -> None:
    kiosk, _ = queued
    keyboard = to_name_step(qtbot, kiosk, "ko")
    press(qtbot, keyboard, "ㄱ", "ㅏ", "ㅂ", "ㅅ")
    runner = kiosk.journeys
    answers = runner.answers("open_account")
    answers.values.update({"name": "값", "phone": "01012345678", "birth_date": "19480512"})
    kiosk.controller.go("journey.open_account.review")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_edit"))  # the name's Change
    assert kiosk.controller.visible_screen == "journey.open_account.name"
    assert typed(kiosk) == "값"
    press(qtbot, keyboard, "delete")  # one key back, not one syllable
    assert typed(kiosk) == "갑"


def test_rows_wrap_and_delete_ends_the_last_row() -> None:
    letters = [(k, 1) for k in "ABCDEFGHIJ"]
    tail = [("delete", 1), ("clear", 1)]
    cells, rows, _ = flow([(letters, False), (tail, True)], 4)
    assert rows == 3  # ABCD EFGH IJ + Delete Clear at the end of the last row
    assert ("delete", 2, 2, 1) in cells and ("clear", 2, 3, 1) in cells
    cells, rows, _ = flow([(letters, False), (tail, True)], 5)
    assert rows == 3 and ("clear", 2, 4, 1) in cells  # a row of its own, at the right
    # Two sections go side by side when that saves rows, with a gap column between.
    consonants = [(f"c{k}", 1) for k in range(19)]
    vowels = [(f"v{k}", 1) for k in range(14)]
    cells, _, gaps = arrange([], [[(consonants, False)], [(vowels, False), (tail, True)]], 11)
    assert gaps and max(r for _, r, _, _ in cells) == 3


def test_the_name_leads_the_top_row_and_next_ends_the_last() -> None:
    """Held among the keys (200 %), the name starts where the eye starts, Next ends
    the last row with Delete and Clear, as Enter does; Korean keeps four rows."""
    consonants = [(f"c{k}", 1) for k in range(19)]
    vowels = [(f"v{k}", 1) for k in range(14)]
    tail = [("space", 2), ("delete", 2), ("clear", 2)]
    sections = [[(consonants, False)], [(vowels, False), (tail, True)]]
    header, blocks = with_name([], sections, [("typed", 3)], [("go", 2)])
    cells, _, _ = arrange(header, blocks, 11)
    assert cells[0] == ("typed", 0, 0, 3)
    assert ("go", 4, 9, 2) in cells  # the right end of the last row
    rows = {r for w, r, _, _ in cells}
    assert len(rows) == 4  # (row 2 is the empty one between consonants and vowels)
    # With a header (the Chinese characters offered), the name starts it.
    header, blocks = with_name([("hint", 8)], [[(vowels, False)]], [("typed", 3)], [("go", 2)])
    assert header[0] == ("typed", 3) and blocks[0][-1] == ([("go", 2)], True)


def test_a_broken_pinyin_table_leaves_typing_working(qtbot, monkeypatch, caplog) -> None:
    from kiosk.core.errors import ContentError
    from kiosk.ui.widgets import typed_name

    def broken(path=None):
        raise ContentError(Path("zh_CN_pinyin.tsv"), "line 3", "needs three columns")

    monkeypatch.setattr(typed_name, "load_table", broken)
    keyboard = TextKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.set_locale("zh_CN")
    keyboard.key("w").click()
    keyboard.key("·").click()  # ignored: a mark never starts a name
    assert keyboard.candidates() == [] and keyboard.pinyin() == "w"
    assert "zh_CN_pinyin.tsv: field 'line 3'" in caplog.text
    # The customer is told it is the kiosk, not their letters, and who can help.
    from kiosk.content.catalog import load_catalogs
    from kiosk.paths import locales_dir

    keyboard.retranslate(load_catalogs(locales_dir())["zh_CN"])
    keyboard.key("a").click()
    assert keyboard.pinyin_hint.text() == "现在这里打不了汉字。请呼叫工作人员。"
