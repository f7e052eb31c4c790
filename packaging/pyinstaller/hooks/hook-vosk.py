"""PyInstaller hook for vosk (none ships with PyInstaller or its contrib hooks).

``vosk/__init__.py`` loads ``libvosk.so`` (``libvosk.dll`` on Windows, with its
MinGW runtime DLLs) from its own folder with cffi's ``dlopen``, which
PyInstaller cannot see: collect every shared library of the package into the
bundle's ``vosk`` folder, beside the frozen ``vosk/__init__``.
"""

from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("vosk", destdir="vosk")
# The cffi-generated module and its backend are imported from C.
hiddenimports = ["vosk.vosk_cffi", "_cffi_backend"]
