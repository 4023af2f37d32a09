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
run_tests=(xvfb-run -a --server-args="-screen 0 1280x1024x24" node scripts/run-tests.mjs "$@")
[[ " $* " == *" --watch "* ]] || exec "${run_tests[@]}"
# `npm run test:watch`: rollup rebuilds the bundles in dist/, which the end-to-end tests load, on every change to src/
# (its output goes to test-results/build-watch.log, so as not to clear web-test-runner's screen); web-test-runner
# re-runs the tests when a source file or a rebuilt bundle changes (web-test-runner.config.mjs).
mkdir -p test-results
node_modules/.bin/rollup -c --watch --no-watch.clearScreen >test-results/build-watch.log 2>&1 &
rollup_watch=$!
trap 'kill "$rollup_watch" 2>/dev/null' EXIT
"${run_tests[@]}"
