#!/usr/bin/env bash
# Makes sure the three test browsers, Xvfb and unzip (tests/node/release.test.mjs reads the release zip with it, as a
# clinic would) are installed. On Debian as root it installs what is missing from Debian's archive; elsewhere it
# says exactly what to install and stops.
set -euo pipefail

PACKAGES=(chromium firefox-esr webkit2gtk-driver xvfb xauth unzip)
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test browsers from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing: ${missing[*]}." >&2
  echo "The tests need Chromium, Firefox ESR, WebKitGTK's WebKitWebDriver, Xvfb and unzip. On Debian/Ubuntu:" >&2
  echo "  sudo apt-get install -y ${PACKAGES[*]}" >&2
  exit 1
fi
