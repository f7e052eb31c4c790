"""``kiosk check``: a self-check a branch technician runs before opening.

Each check returns a :class:`CheckResult`; a failure says how to fix it.
Later features add their checks (voice, speech model, audio, printer) to
:data:`CHECKS`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.diagnostics.content import (
    check_content,
    check_journeys_and_products,
    check_understanding,
)
from kiosk.diagnostics.devices import (
    check_audio_output,
    check_lobby_audio,
    check_microphone,
    check_printer,
)
from kiosk.diagnostics.fonts import check_fonts, check_pinyin_table
from kiosk.diagnostics.result import CheckResult
from kiosk.diagnostics.speech import check_speech_model, check_voice
from kiosk.diagnostics.system import (
    check_config,
    check_data_dir,
    check_database,
    check_python,
    check_qt,
    check_server,
)

__all__ = [
    "CHECKS",
    "CheckResult",
    "check_audio_output",
    "check_config",
    "check_content",
    "check_data_dir",
    "check_database",
    "check_fonts",
    "check_journeys_and_products",
    "check_lobby_audio",
    "check_microphone",
    "check_pinyin_table",
    "check_printer",
    "check_python",
    "check_qt",
    "check_server",
    "check_speech_model",
    "check_understanding",
    "check_voice",
    "collect",
    "run_checks",
]

CHECKS: list[Callable[[Path], CheckResult | list[CheckResult]]] = [
    check_python,
    check_qt,
    check_config,
    check_data_dir,
    check_database,
    check_content,
    check_journeys_and_products,
    check_understanding,
    check_fonts,
    check_pinyin_table,
    check_printer,
    check_voice,
    check_audio_output,
    check_lobby_audio,
    check_speech_model,
    check_microphone,
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


def run_checks(data_dir: Path, as_json: bool = False) -> int:
    """Print one line per check (or one JSON object); exit 0 only when every check passes.

    Args:
        data_dir: The kiosk's data folder.
        as_json: Print ``{"passed", "failed", "checks": [{"name", "ok", "warning", "detail",
            "fix"}]}`` for installers and scripts (the Debian package's postinst).
    """
    results = collect(data_dir)
    if as_json:
        import json

        failed = sum(not r.ok for r in results)
        checks = [
            {"name": r.name, "ok": r.ok, "warning": r.warning, "detail": r.detail, "fix": r.fix}
            for r in results
        ]
        report = {"passed": len(results) - failed, "failed": failed, "checks": checks}
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0 if failed == 0 else 1
    width = max(len(r.name) for r in results)
    for r in results:
        mark = "FAIL" if not r.ok else "warn" if r.warning else "ok  "
        line = f"{mark} {r.name:<{width}}  {r.detail}"
        if not r.ok and r.fix:
            line += f"\n     {'':<{width}}  fix: {r.fix}"
        print(line)
    failed = sum(not r.ok for r in results)
    warned = sum(r.ok and r.warning for r in results)
    warnings = f", {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    print(f"{len(results) - failed} passed, {failed} failed{warnings}")
    return 0 if failed == 0 else 1
