"""The package list: every ``kiosk`` package plus the top-level content folders.

All other metadata is in pyproject.toml. ``assets/`` and ``locales/`` stay at
the top of the repository and become ``kiosk/assets`` and ``kiosk/locales`` in
the wheel and sdist (``package-dir`` there); ``packages.find`` cannot list a
mapped folder, so the list is built here (docs/design/0022-packaging.md).
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["kiosk", "kiosk.*"]), "kiosk.assets", "kiosk.locales"])
