#!/usr/bin/env bash
# Installs what the tests need beyond Java 17 and Maven, on a fresh Debian machine: Chromium, ChromeDriver and
# axe-core for the browser tests (browser-setup.sh), and Hugo, the peer the benchmark's smoke test measures against.
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/browser-setup.sh"
if ! command -v hugo >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends hugo >/dev/null
fi
