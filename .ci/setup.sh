#!/usr/bin/env bash
# Installs what the tests need beyond Java 17 and Maven, on a fresh Debian machine: Chromium and ChromeDriver for the
# browser tests. Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/browser-setup.sh" ] || [ -f "$here/browser-setup.sh" ]; then
  bash "$here/browser-setup.sh"
elif ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi
