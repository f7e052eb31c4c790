"""The assistant's name check ("Is this your name?"): a name is never broken over
two lines of a button; the buttons stack instead, and the words said are the
words shown (without the invisible joiners that keep a name whole)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from screen_at import panel_at

from kiosk.ui.widgets.phrases import WORD_JOINER, unbroken

SIZES = [((1366, 768), 150), ((1366, 768), 200), ((1080, 1920), 100), ((1080, 1920), 200)]


def _name_check(qapp, kiosk, size: tuple[int, int], locale: str, text_size: int):
    _, panel, view = panel_at(qapp, kiosk, size, locale, text_size, "assistant.name_check")
    return panel, view


def _lines(label) -> list[str]:
    """The lines ``label`` shows its words in, broken as Qt breaks them."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width()
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.replace(WORD_JOINER, "") for line in lines]


@pytest.mark.parametrize(("size", "text_size"), SIZES)
@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_a_name_on_a_button_of_the_name_check_is_never_broken(
    qapp, patient_kiosk, size: tuple[int, int], locale: str, text_size: int
) -> None:
    panel, view = _name_check(qapp, patient_kiosk, size, locale, text_size)
    shown = [b for b in panel.readings if not b.isHidden()]
    assert len(shown) == len(view.names)
    for button, name in zip(shown, view.names, strict=True):
        lines = _lines(button.title)
        where = f"{locale} {size} {text_size}%: {lines}"
        assert any(name in line for line in lines), where
        # The button is as wide as the name it carries (it grew or stacked).
        assert button.title.contentsRect().width() >= button.title.minimumSizeHint().width()


def test_unbroken_joins_chinese_and_korean_names_and_leaves_latin_as_it_is() -> None:
    assert unbroken("王秀云") == f"王{WORD_JOINER}秀{WORD_JOINER}云"
    assert unbroken("김 민수") == f"김 민{WORD_JOINER}수"
    assert unbroken("Mary O'Brien") == "Mary O'Brien"


def test_the_name_check_says_the_names_without_the_joiners(qapp, patient_kiosk) -> None:
    panel, view = _name_check(qapp, patient_kiosk, (1366, 768), "zh_CN", 150)
    panel.private_audio = True  # headphones: the names are read back
    said = panel.spoken_text()
    assert WORD_JOINER not in said
    assert view.heard in said and all(name in said for name in view.names)
