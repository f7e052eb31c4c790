"""Property tests (Hypothesis): random text, ids, JSON and TOML through the CLI and the
store give a result or one clear line, never a traceback, and a refused input changes
nothing (issue 16)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import add_staff
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.core.errors import ConfigError
from kiosk.queue.context import sanitise_context
from kiosk.store import open_database

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Text as a hostile or careless person types it: controls, surrogates, bidi, CJK, digits.
TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Z")),
        st.sampled_from(["\n", "\r", "\x1b", "\x00", "\u202e", "\ud800", "\udcff", "\t"]),
    ),
    max_size=40,
)
IDS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["0", "1", "2", "7" * 5000, "1e3", " 1", "٣", "0x10", ""]),
    TEXT,
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


def state(data_dir: Path) -> str:
    """Everything but the audit trail (refusals are audited on purpose)."""
    path = data_dir / "kiosk.sqlite3"
    if not path.exists():
        return ""
    conn = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in ("items", "notes", "staff", "bookings", "form_drafts"):
        digest.update(repr(conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()).encode())
    conn.close()
    return digest.hexdigest()


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def check(data_dir: Path, *args: str) -> tuple[int, str]:
    before = state(data_dir)
    code, out, err = run(data_dir, *args)
    assert "Traceback" not in err
    if code == 0:
        for line in out.splitlines():
            assert line.isprintable() or not line, line
    else:
        assert code == 2, (args, code, err)
        assert err.count("\n") == 1 and err.startswith(("kiosk", "usage")), err
        assert state(data_dir) == before, args  # a refused input changes nothing
    return code, out


@pytest.fixture
def branch(data_dir: Path) -> Path:
    add_staff(data_dir, "Ann")
    run(data_dir, "queue", "take", "--service", "cash")
    return data_dir


@SETTINGS
@given(kiosk_id=TEXT, location=TEXT, reason=st.sampled_from(["fraud", "other", "x"]) | TEXT)
def test_help_requests_with_random_text(branch: Path, kiosk_id: str, location: str, reason: str):
    code, out = check(
        branch, "queue", "help", "--kiosk", kiosk_id, "--location", location, "--reason", reason
    )
    if code == 0:
        assert out.count("\n") == 1


@SETTINGS
@given(value=JSON, raw=TEXT)
def test_context_json_of_any_shape(branch: Path, value: object, raw: str) -> None:
    for text in (json.dumps(value), raw):
        code, out = check(
            branch, "queue", "help", "--kiosk", "k", "--reason", "other", "--context-json", text,
            "--json",
        )  # fmt: skip
        if code == 0:
            stored = json.loads(out)["context"]
            assert not re.search(r"\d{6}", json.dumps(stored))


@SETTINGS
@given(
    action=st.sampled_from(["claim", "serve", "done", "cancel"]),
    number=IDS,
    staff=st.sampled_from(["Ann", "ann", "Bob"]) | TEXT,
)
def test_staff_actions_with_random_ids_and_names(
    branch: Path, action: str, number: str, staff: str
) -> None:
    check(branch, "queue", action, number, "--staff", staff)


@SETTINGS
@given(name=TEXT, day=TEXT, code=TEXT)
def test_bookings_and_staff_with_random_text(branch: Path, name: str, day: str, code: str) -> None:
    check(
        branch, "bookings", "add", "--code", code, "--day", day, "--time", "10:30",
        "--name", name, "--service", "loan", "--topic", name, "--staff", "Ann",
    )  # fmt: skip
    check(branch, "bookings", "list", "--day", day)
    check(branch, "staff", "unlock", name, "--staff", "Ann")


TOML_VALUES = st.one_of(
    st.integers(), st.floats(), st.booleans(), TEXT, st.lists(st.integers(), max_size=3)
)


@SETTINGS
@given(
    table=st.dictionaries(
        st.sampled_from(["kiosk", "speech", "queue", "idle", "x"]),
        st.dictionaries(
            st.sampled_from(["id", "volume", "closing_time", "timeout_seconds", "y"]),
            TOML_VALUES,
            max_size=3,
        ),
        max_size=3,
    ),
    junk=st.binary(max_size=60),
)
def test_any_kiosk_toml_loads_or_names_the_problem(
    tmp_path_factory: pytest.TempPathFactory, table: dict, junk: bytes
) -> None:
    folder = tmp_path_factory.mktemp("toml")
    lines = []
    for section, values in table.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    for body in ("\n".join(lines).encode("utf-8", "surrogatepass"), junk):
        (folder / "kiosk.toml").write_bytes(body)
        with contextlib.suppress(ConfigError):
            load_config(folder)


@SETTINGS
@given(said=st.lists(TEXT, max_size=6), typed=st.lists(TEXT, max_size=6))
def test_the_store_keeps_any_context_it_is_given(data_dir: Path, said: list, typed: list):
    clean = sanitise_context({"said": said, "typed": typed, "screen": "".join(said)})
    db = open_database(data_dir / "kiosk.sqlite3")
    try:
        from kiosk.store import SqliteQueueStore

        item = SqliteQueueStore(db).request_help(kiosk_id="k1", context=clean)
        assert SqliteQueueStore(db).get(item.id).context == clean
    finally:
        db.close()
