#!/usr/bin/env bash
# Installs what the browser tests (plugin/src/test/java/dev/rounds/serve/PreviewInBrowserTest.java) need on a fresh
# Debian machine: Debian's Chromium and ChromeDriver, and axe-core (pinned in plugin/src/test/browser/package-lock.json)
# for the accessibility checks. Idempotent: it installs only what is missing. Needs root, or sudo, only to install
# Debian packages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
command -v npm >/dev/null || packages+=(npm)
if [ ${#packages[@]} -gt 0 ]; then
  echo "browser-setup: installing ${packages[*]} with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

browser="$root/plugin/src/test/browser"
if [ ! -f "$browser/node_modules/axe-core/axe.min.js" ]; then
  echo "browser-setup: installing axe-core into $browser/node_modules"
  npm ci --prefix "$browser" --no-audit --no-fund --loglevel=error
fi

echo "browser-setup: $(/usr/bin/chromium --version 2>/dev/null | head -n 1), $(/usr/bin/chromedriver --version | head -n 1), axe-core $(node -p "require('$browser/node_modules/axe-core/package.json').version")"
