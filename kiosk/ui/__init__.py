"""Qt Widgets user interface. Only this package (and staff/, app.py) imports PySide6."""
