"""``kiosk check``: a self-check a branch technician runs before opening.

Each check returns a :class:`CheckResult`; a failure says how to fix it.
Later features add their checks (voice, speech model, audio, printer) to
:data:`CHECKS`.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.errors import KioskError


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def check_python(_: Path) -> CheckResult:
    version = platform.python_version()
    ok = sys.version_info >= (3, 11)
    return CheckResult("python", ok, version, "" if ok else "install Python 3.11 or newer")


def check_qt(_: Path) -> CheckResult:
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return CheckResult("qt", False, str(exc), "run `make demo` or pip install -e .")
    detail = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    # PySide6 6.12.0 corrupts None's refcount on Python < 3.12 (see pyproject.toml).
    broken = PySide6.__version__.startswith("6.12.") and sys.version_info < (3, 12)
    fix = "pip install 'PySide6-Essentials<6.12' (6.12 crashes on Python 3.11)" if broken else ""
    return CheckResult("qt", not broken, detail, fix)


def check_config(data_dir: Path) -> CheckResult:
    from kiosk.config import CONFIG_FILE_NAME, load_config

    path = data_dir / CONFIG_FILE_NAME
    try:
        load_config(data_dir)
    except KioskError as exc:
        return CheckResult("config", False, str(exc), f"correct the setting in {path}")
    source = str(path) if path.exists() else "defaults (no kiosk.toml)"
    return CheckResult("config", True, source)


def check_data_dir(data_dir: Path) -> CheckResult:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".check-", delete=True) as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return CheckResult(
            "data dir",
            False,
            f"{data_dir}: {exc.strerror or exc}",
            "give the kiosk user write access, or pass --data-dir / set KIOSK_DATA_DIR",
        )
    return CheckResult("data dir", True, f"{data_dir} is writable")


def check_content(_: Path) -> CheckResult:
    from kiosk.content.catalog import completeness_problems, load_catalogs
    from kiosk.paths import locales_dir

    try:
        catalogs = load_catalogs(locales_dir())
    except KioskError as exc:
        return CheckResult("content", False, str(exc), "fix the file and field named above")
    problems = completeness_problems(catalogs)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        return CheckResult(
            "content", False, problems[0] + more, "add the missing words to that locale"
        )
    return CheckResult("content", True, f"{len(catalogs) - 1} locales complete")


def check_fonts(_: Path) -> list[CheckResult]:
    from kiosk.app import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from kiosk.content.catalog import load_catalogs
    from kiosk.core import ids
    from kiosk.paths import locales_dir
    from kiosk.ui.fonts import locale_font_problems
    from kiosk.ui.theme import font_families

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
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


CHECKS: list[Callable[[Path], CheckResult | list[CheckResult]]] = [
    check_python,
    check_qt,
    check_config,
    check_data_dir,
    check_content,
    check_fonts,
]


def collect(data_dir: Path) -> list[CheckResult]:
    results: list[CheckResult] = []
    for check in CHECKS:
        try:
            outcome = check(data_dir)
        except Exception as exc:  # a check must never hide the others
            name = check.__name__.removeprefix("check_")
            outcome = CheckResult(name, False, f"check crashed: {exc!r}", "report this bug")
        results.extend(outcome if isinstance(outcome, list) else [outcome])
    return results


def run_checks(data_dir: Path) -> int:
    """Print one line per check; exit 0 only when every check passes."""
    results = collect(data_dir)
    width = max(len(r.name) for r in results)
    for r in results:
        mark = "ok  " if r.ok else "FAIL"
        line = f"{mark} {r.name:<{width}}  {r.detail}"
        if not r.ok and r.fix:
            line += f"\n     {'':<{width}}  fix: {r.fix}"
        print(line)
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1
