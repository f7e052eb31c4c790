#!/bin/sh
# /usr/bin/kiosk: the packaged kiosk with the package's folders as defaults.
# Data, logs and models live in /var/lib/branch-kiosk, readable by the `kiosk`
# user only: run staff commands as that user, e.g. `sudo -u kiosk kiosk check`.
: "${KIOSK_DATA_DIR:=/var/lib/branch-kiosk}"
: "${KIOSK_MODELS_DIR:=/var/lib/branch-kiosk/models}"
export KIOSK_DATA_DIR KIOSK_MODELS_DIR
exec /opt/branch-kiosk/kiosk "$@"
