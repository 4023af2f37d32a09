#!/usr/bin/env bash
# `npm test`: every test in Chromium, Firefox and WebKit. Installs missing browsers on Debian (as root), builds the
# bundle, then runs web-test-runner under a virtual display (WebKit's MiniBrowser has no headless mode).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
# The build also generates the translation modules; the end-to-end tests load the built bundle and the theming
# tests read custom-elements.json.
npm run --silent build >/dev/null
exec xvfb-run -a --server-args="-screen 0 1280x1024x24" node scripts/run-tests.mjs "$@"
