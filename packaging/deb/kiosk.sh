#!/bin/sh
# /usr/bin/kiosk: the packaged kiosk with the package's folders as defaults.
# Data, logs and models live in /var/lib/branch-kiosk, readable by the `kiosk`
# user only. Run as root on that folder, a command would leave files the kiosk
# cannot open (a root-owned database): it runs as `kiosk` instead.
: "${KIOSK_DATA_DIR:=/var/lib/branch-kiosk}"
: "${KIOSK_MODELS_DIR:=/var/lib/branch-kiosk/models}"
export KIOSK_DATA_DIR KIOSK_MODELS_DIR
if [ "$(id -u)" = 0 ] && [ "$KIOSK_DATA_DIR" = /var/lib/branch-kiosk ] && getent passwd kiosk >/dev/null; then
    exec runuser -u kiosk -- /opt/branch-kiosk/kiosk "$@"
fi
exec /opt/branch-kiosk/kiosk "$@"
