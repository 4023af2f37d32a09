#!/usr/bin/env bash
# `npm run test:wordpress`: the plugin on a real WordPress from Debian (6.1.9), with MariaDB and PHP's built-in server,
# checked in Chromium and Firefox (tests/wordpress/). Installs the Debian packages if missing (as root; else prints
# the apt command). Needs `npm run build` (dist/wordpress/); builds if it is missing. Prints `N passed, N failed` and
# writes test-results/wordpress-summary.json.
set -uo pipefail
cd "$(dirname "$0")/../.."
PORT=${KX_WP_PORT:-8741}
WORK=$(mktemp -d /tmp/kx-wordpress.XXXXXX)
CONFIG=/etc/wordpress/config-127.0.0.1.php
mkdir -p test-results
summary=test-results/wordpress-summary.json
rm -f "$summary"
finish() {
  echo "{\"passed\": ${1}, \"failed\": ${2}}" >"$summary"
  echo "${1} passed, ${2} failed"
}
fail() {
  echo "test:wordpress: $*" >&2
  finish 0 1
  exit 1
}
start=$(date +%s)
bash scripts/wordpress/install-packages.sh || fail "the Debian packages are missing (above)"
bash scripts/ensure-browsers.sh >/dev/null || fail "browsers"
if [ ! -f dist/wordpress/ketamine-explainer/ketamine-explainer.php ]; then
  npm run --silent build >/dev/null || fail "the build failed"
fi

# php -l on every PHP file of the plugin and the test.
for file in $(find dist/wordpress/ketamine-explainer scripts/wordpress tests/wordpress -name '*.php'); do
  php -l "$file" >/dev/null || fail "php -l $file"
done

# WordPress coding standards, as far as Debian's PHP_CodeSniffer has them (integrations/wordpress/phpcs.xml.dist).
phpcs -q --standard=integrations/wordpress/phpcs.xml.dist || fail "phpcs (above)"

# A fresh database and content folder for each run; WordPress's files are Debian's.
service mariadb start >/dev/null || fail "mariadb did not start"
mysql -uroot -e "DROP DATABASE IF EXISTS kx_wp; CREATE DATABASE kx_wp; CREATE USER IF NOT EXISTS 'kx_wp'@'localhost' IDENTIFIED BY 'kx_wp'; GRANT ALL ON kx_wp.* TO 'kx_wp'@'localhost'" || fail "database"
mkdir -p "$WORK/wp-content/plugins" "$WORK/wp-content/themes" "$WORK/wp-content/uploads"
ln -s /var/lib/wordpress/wp-content/themes/twentytwentythree "$WORK/wp-content/themes/twentytwentythree"
[ -f "$CONFIG" ] && cp "$CONFIG" "$WORK/config-before.php"
cat >"$CONFIG" <<PHP
<?php
// Written by scripts/wordpress/test.sh (ketamine-explainer); restored or removed when the test ends.
define('DB_NAME', 'kx_wp');
define('DB_USER', 'kx_wp');
define('DB_PASSWORD', 'kx_wp');
define('DB_HOST', 'localhost');
define('WP_HOME', 'http://127.0.0.1:${PORT}');
define('WP_SITEURL', 'http://127.0.0.1:${PORT}');
define('WP_CONTENT_DIR', '${WORK}/wp-content');
define('WP_CONTENT_URL', 'http://127.0.0.1:${PORT}/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct'); // the plugin is installed from its zip from the command line, by this user
PHP
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null
  if [ -f "$WORK/config-before.php" ]; then cp "$WORK/config-before.php" "$CONFIG"; else rm -f "$CONFIG"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
KX_WP_CONTENT="$WORK/wp-content" php -S "127.0.0.1:${PORT}" -t /usr/share/wordpress scripts/wordpress/router.php \
  >"$WORK/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:${PORT}/wp-admin/install.php" && break; sleep 0.2; done
curl -s -o "$WORK/install.html" --data-urlencode "weblog_title=Clinic" --data-urlencode "user_name=admin" \
  --data-urlencode "admin_password=kx-admin-pass" --data-urlencode "admin_password2=kx-admin-pass" \
  --data-urlencode "pw_weak=1" --data-urlencode "admin_email=admin@example.org" --data-urlencode "blog_public=0" \
  "http://127.0.0.1:${PORT}/wp-admin/install.php?step=2"
grep -q "Success" "$WORK/install.html" || fail "WordPress did not install (see $WORK/install.html)"
# Installed from the release's plugin zip, as a clinic does (Plugins > Add New > Upload Plugin): WordPress's own
# upgrader unpacks it and must find the plugin in it.
node scripts/release.mjs >"$WORK/release.log" 2>&1 || fail "npm run release failed (see $WORK/release.log)"
plugin_zip=$(ls release/ketamine-explainer-wordpress-*.zip 2>/dev/null | head -1)
[ -n "$plugin_zip" ] || fail "the release wrote no plugin zip (see $WORK/release.log)"
php tests/wordpress/wp.php install "$PWD/$plugin_zip" >"$WORK/plugin-install.json" ||
  fail "WordPress did not install $plugin_zip: $(cat "$WORK/plugin-install.json")"
echo "test:wordpress: installed $plugin_zip as WordPress's Upload Plugin does: $(cat "$WORK/plugin-install.json")"
echo "test:wordpress: WordPress installed and serving after $(($(date +%s) - start)) s"

tests_start=$(date +%s)
KX_WP_URL="http://127.0.0.1:${PORT}" KX_WP_CONTENT="$WORK/wp-content" \
  timeout 900 node --test --test-timeout=600000 --test-reporter=tap tests/wordpress/ >"$WORK/tap.txt" 2>&1
status=$?
cp "$WORK/tap.txt" test-results/wordpress-tap.txt # the whole report, errors included
grep -v '^\s*\(stack\|at \)' "$WORK/tap.txt" | grep -E '^(not )?ok|^# (pass|fail)|^  (error|  [+-] )' | head -80
passed=$(sed -n 's/^# pass //p' "$WORK/tap.txt")
failed=$(sed -n 's/^# fail //p' "$WORK/tap.txt")
[ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ] && failed=1
echo "test:wordpress: tests took $(($(date +%s) - tests_start)) s"
finish "${passed:-0}" "${failed:-1}"
[ "$status" -eq 0 ]
