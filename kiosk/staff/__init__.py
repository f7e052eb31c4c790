"""The staff side: the console, sign-in, and assisted mode on the kiosk."""
