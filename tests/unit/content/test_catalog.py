from pathlib import Path

import pytest

from kiosk.content.catalog import (
    Catalog,
    completeness_problems,
    load_catalogs,
    load_messages,
    placeholders,
    pseudo_translate,
)
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import locales_dir


def make_locales(root: Path, files: dict[str, str]) -> Path:
    for locale, text in files.items():
        (root / locale).mkdir(parents=True)
        (root / locale / "messages.toml").write_text(text, encoding="utf-8")
    return root


def test_shipped_locales_are_complete() -> None:
    catalogs = load_catalogs(locales_dir())
    assert set(ids.LOCALES) <= set(catalogs)
    assert completeness_problems(catalogs) == []


def test_missing_extra_and_placeholder_differences_are_reported(tmp_path: Path) -> None:
    root = make_locales(
        tmp_path,
        {
            "en": '[a]\nhello = "Hello {name}"\nbye = "Bye"\n',
            "zh_CN": '[a]\nhello = "你好"\nbey = "再见"\n',
            "ko": '[a]\nhello = "안녕 {name}"\nbye = "잘 가"\n',
        },
    )
    problems = completeness_problems(load_catalogs(root))
    text = "\n".join(problems)
    assert "missing 'a.bye'" in text
    assert "'a.bey' is not an English key" in text
    assert "'a.hello' has placeholders [], English has ['name']" in text
    assert all("ko" not in p for p in problems)


def test_broken_file_names_file_and_field(tmp_path: Path) -> None:
    root = make_locales(tmp_path, {"en": "[home]\ntitle = 3\n"})
    with pytest.raises(ContentError) as caught:
        load_messages(root / "en" / "messages.toml")
    assert caught.value.field == "home.title"
    assert "messages.toml" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('[home]\ntitle = "   "\n', "home.title"),
        ('x = "{unclosed"\n', "x"),
        ("[home\n", "(syntax)"),
    ],
)
def test_empty_text_bad_placeholders_and_syntax_are_content_errors(
    tmp_path: Path, text: str, field: str
) -> None:
    root = make_locales(tmp_path, {"en": text})
    with pytest.raises(ContentError) as caught:
        load_messages(root / "en" / "messages.toml")
    assert caught.value.field == field


def test_missing_locale_file_is_named(tmp_path: Path) -> None:
    root = make_locales(tmp_path, {"en": 'a = "A"\n'})
    with pytest.raises(ContentError, match=r"zh_CN.*is missing"):
        load_catalogs(root)


def test_spoken_variant_overrides_only_speech() -> None:
    catalog = Catalog("en", {"size": "Text {n}%", "spoken.size": "Text {n} percent"})
    assert catalog.text("size", n=150) == "Text 150%"
    assert catalog.spoken("size", n=150) == "Text 150 percent"
    plain = Catalog("en", {"hi": "Hello"})
    assert plain.spoken("hi") == "Hello"


def test_missing_key_falls_back_to_english() -> None:
    english = Catalog("en", {"hi": "Hello"})
    korean = Catalog("ko", {}, fallback=english)
    assert korean.text("hi") == "Hello"
    with pytest.raises(KeyError):
        english.text("nope")


def test_pseudo_translation_is_longer_and_keeps_placeholders() -> None:
    source = "Take a queue number in {seconds} seconds"
    pseudo = pseudo_translate(source)
    assert len(pseudo) >= len(source) * 1.3
    assert placeholders(pseudo) == {"seconds"}
    assert pseudo.format(seconds=5).count("5") == 1
    assert pseudo.startswith("[") and pseudo.endswith("]")


def test_content_areas_keep_their_own_files(tmp_path: Path) -> None:
    root = make_locales(
        tmp_path,
        {"en": 'a = "A"\n', "zh_CN": 'a = "甲"\n', "ko": 'a = "가"\n'},
    )
    (root / "en" / "products.toml").write_text('[product]\nname = "Savings"\n', "utf-8")
    (root / "zh_CN" / "products.toml").write_text('[product]\nname = "储蓄"\n', "utf-8")
    catalogs = load_catalogs(root)
    assert catalogs["zh_CN"].text("product.name") == "储蓄"
    problems = completeness_problems(catalogs)
    assert problems == [
        f"{root / 'ko' / 'products.toml'}: missing 'product.name' (English: 'Savings')"
    ]


def test_a_key_defined_twice_names_both_files(tmp_path: Path) -> None:
    root = make_locales(tmp_path, {"en": '[home]\ntitle = "Home"\n'})
    (root / "en" / "extra.toml").write_text('[home]\ntitle = "Again"\n', "utf-8")
    with pytest.raises(ContentError, match="also defined in") as caught:
        load_catalogs(root, locales=["en"])
    assert caught.value.field == "home.title" and caught.value.path.name == "extra.toml"


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_voice_panels_next_is_the_steps_next_and_there_before_the_journeys(
    locale: str,
) -> None:
    # The panel is built at the first paint, before the journeys' words are read
    # (first_only): its Next must not need them, and must read as the step's does.
    early = load_catalogs(locales_dir(), first_only=True)[locale]
    full = load_catalogs(locales_dir())[locale]
    assert early.text("assistant.next") == full.text("journey.common.next")
