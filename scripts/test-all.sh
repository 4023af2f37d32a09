#!/usr/bin/env bash
# `npm run test:all`, the README's test command and CI's: every test. First `npm test` (the build, the Node tests and
# the browser tests in Chromium, Firefox and WebKit), then `npm run test:wordpress` (the WordPress plugin on a real
# WordPress), whatever the first one gave; both install what they need on Debian as root. Prints the two runs'
# counts added up, `N passed, N failed`, last, and fails if either run failed or wrote no counts.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
widget=test-results/summary.json
wordpress=test-results/wordpress-summary.json
rm -f "$widget" "$wordpress" # counts left from an earlier run must never be reported as this one's
npm test
widget_status=$?
npm run test:wordpress
wordpress_status=$?
passed=0
failed=0
for summary in "$widget" "$wordpress"; do
  if [ -f "$summary" ]; then
    passed=$((passed + $(node -p "require('./$summary').passed")))
    failed=$((failed + $(node -p "require('./$summary').failed")))
  else
    echo "test:all: $summary was not written (see above: a build or a test runner failed)" >&2
    failed=$((failed + 1))
  fi
done
if [ "$widget_status" -ne 0 ] || [ "$wordpress_status" -ne 0 ]; then
  [ "$failed" -eq 0 ] && failed=1
fi
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
