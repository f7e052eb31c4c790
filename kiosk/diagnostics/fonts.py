"""``kiosk check``: each locale's font and the Chinese name table draw every character."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.errors import KioskError
from kiosk.diagnostics.result import CheckResult

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


def _gui_app() -> QCoreApplication:
    """A Qt application for reading fonts (offscreen when there is no screen); keep it.

    A widgets one (QApplication), though fonts need only a QGuiApplication: the
    process lives on after the check (a test run, a demo), and the first widget
    made under a bare QGuiApplication aborts it.
    """
    from kiosk.display import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def check_fonts(_: Path) -> list[CheckResult]:
    _app = _gui_app()
    from kiosk.content.catalog import load_catalogs
    from kiosk.core import ids
    from kiosk.look.fonts import locale_font_problems
    from kiosk.look.theme import font_families
    from kiosk.paths import locales_dir

    try:
        catalogs = load_catalogs(locales_dir())
    except KioskError as exc:
        return [CheckResult("fonts", False, f"cannot read words: {exc}", "fix content first")]
    problems = {p.locale: p for p in locale_font_problems(catalogs)}
    results = []
    for locale in ids.LOCALES:
        family = font_families(locale)[0]
        problem = problems.get(locale)
        if problem is None:
            results.append(CheckResult(f"font {locale}", True, f"{family} has every glyph"))
        else:
            results.append(CheckResult(f"font {locale}", False, problem.message(), "see detail"))
    return results


def check_pinyin_table(_: Path, path: Path | None = None) -> CheckResult:
    """The Chinese name keyboard's table reads, is whole, and its font draws every character.

    Args:
        path: The table; by default the shipped ``assets/input/zh_CN_pinyin.tsv``.
    """
    from kiosk.journeys.pinyin import read_table

    fix = "restore it from the release, or re-run packaging/tools/make_pinyin_table.py"
    try:
        table = read_table(path)  # afresh: the keyboard's cached copy may be older
    except KioskError as exc:
        # The kiosk still runs: typing pinyin then offers no character at all.
        return CheckResult("pinyin table", False, str(exc), fix)
    size = table.size_problem()
    if size:
        return CheckResult("pinyin table", False, size, fix)
    _app = _gui_app()
    from kiosk.look.fonts import FontProblem, family_installed, glyph_gaps
    from kiosk.look.theme import font_families

    # The primary family, as for the locale's words: a character offered on a
    # candidate key that the font cannot draw shows as a box in a person's name.
    family = font_families("zh_CN")[0]
    installed = family_installed(family)
    missing = glyph_gaps(family, "".join(sorted(table.characters()))) if installed else ""
    if not installed or missing:
        problem = FontProblem("zh_CN", family, missing, installed)
        return CheckResult("pinyin table", False, problem.message(), "see detail")
    detail = (
        f"{len(table.entries)} syllables, {len(table.characters())} characters, "
        f"all drawn by {family}"
    )
    return CheckResult("pinyin table", True, detail)
