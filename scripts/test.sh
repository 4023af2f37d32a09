#!/usr/bin/env bash
# `npm test`: every test in Chromium, Firefox and WebKit. Installs missing browsers on Debian (as root), builds the
# translations, then runs web-test-runner under a virtual display (WebKit's MiniBrowser has no headless mode).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
npx lit-localize build >/dev/null
npm run --silent analyze # custom-elements.json: the theming tests check every documented property and part
exec xvfb-run -a --server-args="-screen 0 1280x1024x24" node scripts/run-tests.mjs "$@"
