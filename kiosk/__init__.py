"""Branch Kiosk Assistant: an elderly-friendly self-service kiosk for bank branches."""

__version__ = "0.1.0"
