from kiosk.content.catalog import Catalog
from kiosk.look.fonts import FontProblem, glyph_gaps, locale_font_problems


def test_installed_fonts_cover_every_shipped_locale(qapp) -> None:
    from kiosk.content.catalog import load_catalogs
    from kiosk.paths import locales_dir

    assert locale_font_problems(load_catalogs(locales_dir())) == []


def test_a_latin_font_cannot_draw_hangul(qapp) -> None:
    assert glyph_gaps("Noto Sans", "Hello 안녕") == "녕안"
    assert glyph_gaps("Noto Sans CJK KR", "Hello 안녕") == ""


def test_missing_font_names_the_package(qapp) -> None:
    assert glyph_gaps("No Such Font 123", "ab") == "ab"
    message = FontProblem("ko", "Noto Sans CJK KR", "", installed=False).message()
    assert "apt-get install fonts-noto-cjk" in message
    gap = FontProblem("zh_CN", "Noto Sans", "你好", installed=True).message()
    assert "2 character(s)" in gap and "fonts-noto-core" in gap


def test_catalogue_characters_ignore_spaces() -> None:
    assert Catalog("ko", {"a": "가 나"}).characters() == {"가", "나"}
