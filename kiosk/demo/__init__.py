"""``kiosk demo``: the whole product on one laptop screen (kiosk, staff console, lobby).

``layout`` and ``data`` are Qt-free; ``windows`` and ``picture`` build and draw
the windows.
"""
