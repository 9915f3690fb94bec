#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (Playwright drives it; it never
# downloads a browser of its own). Run by the region build before its integration tests.
set -euo pipefail
CHROMIUM="${LISTNING_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
echo "install-chromium: $CHROMIUM is missing; installing Debian's chromium package"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || {
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y --no-install-recommends chromium
}
"$CHROMIUM" --version || true
