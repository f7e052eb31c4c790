#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/os-packages.txt that are missing.
# Runs apt-get only as root; otherwise prints the one command a technician needs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mapfile -t wanted < <(grep -v '^\s*#' "$here/os-packages.txt" | grep -v '^\s*$')

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-os-deps: not a Debian system; install the equivalents of: ${wanted[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -ne 0 ]]; then
    echo "install-os-deps: missing Debian packages; run: sudo apt-get install ${missing[*]}" >&2
    exit 0
fi
echo "install-os-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
