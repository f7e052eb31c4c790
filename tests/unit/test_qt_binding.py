"""Guards the PySide6 pin in pyproject.toml.

PySide6 6.12.0 under Python 3.11 releases a reference to None on every call
that returns nothing; after a few thousand calls the interpreter aborts with
"deallocating None". The kiosk makes such calls all day.
"""

import sys

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget


def test_void_calls_do_not_leak_none_references(qapp) -> None:
    widget = QWidget()
    layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, widget)
    label = QLabel(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        layout.setSpacing(3)
        label.setFixedSize(10, 10)
        widget.updateGeometry()
    # Other threads may move None's count a little; a leak moves it by thousands.
    assert abs(sys.getrefcount(None) - before) < 100
