from PySide6.QtCore import Qt


def test_customer_cannot_close_or_escape_kiosk_mode(qtbot, kiosk) -> None:
    window = kiosk.window
    window.kiosk_mode = True
    window._allow_close = False
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.close() is False
    assert window.isVisible()
    window.allow_close()
    assert window.close() is True
