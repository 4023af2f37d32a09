#!/usr/bin/env bash
# `npm test`: every test in Chromium, Firefox and WebKit. Installs missing browsers on Debian (as root), builds the
# bundle, then runs web-test-runner under a virtual display (WebKit's MiniBrowser has no headless mode).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
# The build also generates the translation modules; the end-to-end tests load the built bundle and the theming
# tests read custom-elements.json.
if ! build_log=$(npm run --silent build 2>&1); then
  echo "$build_log"
  echo "npm test: the build failed (above), so no test ran." >&2
  exit 1
fi
exec xvfb-run -a --server-args="-screen 0 1280x1024x24" node scripts/run-tests.mjs "$@"
