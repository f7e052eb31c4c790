"""docs/settings.md is written from kiosk/config/settings.py and must match it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kiosk import settings_doc
from kiosk.config import SETTINGS, Setting

ROOT = Path(__file__).resolve().parents[2]


def test_committed_page_matches_the_declared_settings() -> None:
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert page == settings_doc.render(), (
        "docs/settings.md is out of date: run `python -m kiosk.settings_doc`"
    )


def test_every_setting_and_its_limits_are_on_the_page() -> None:
    page = settings_doc.render()
    for setting in SETTINGS:
        row = next(line for line in page.splitlines() if line.startswith(f"| `{setting.name}` |"))
        assert setting.description.split()[0] in row
        if setting.minimum is not None and setting.maximum is not None:
            assert f"{setting.minimum} … {setting.maximum}" in row
    assert "| `idle.timeout_seconds` | whole number | `60` | 15 … 3600 |" in page
    assert '| `ui.default_locale` | text | `"en"` | one of `"en"`, `"zh_CN"`, `"ko"` |' in page


def test_a_description_cannot_break_the_table() -> None:
    odd = Setting("demo.odd", str, "a|b", "First line\nsecond | part.")
    page = settings_doc.render((odd,))
    assert '| `demo.odd` | text | `"a\\|b"` |  | First line second \\| part. |' in page
    assert "## [demo]" in page


def test_check_reports_a_stale_page_and_writing_fixes_it(tmp_path: Path, capsys) -> None:
    out = tmp_path / "settings.md"
    out.write_text("# old\n", encoding="utf-8")
    assert settings_doc.main(["--check", "--out", str(out)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert settings_doc.main(["--out", str(out)]) == 0
    assert settings_doc.main(["--check", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == settings_doc.render()


def test_every_environment_variable_the_kiosk_reads_is_documented() -> None:
    found: set[str] = set()
    for path in (ROOT / "kiosk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and re.fullmatch(r"KIOSK_[A-Z_]+", text):
                found.add(text)
    documented = {name for name, _ in settings_doc.ENVIRONMENT}
    assert {"KIOSK_DATA_DIR", "KIOSK_CONTENT_DIR", "KIOSK_MODELS_DIR"} <= found
    assert found <= documented, f"undocumented: {sorted(found - documented)}"
