#!/usr/bin/env bash
# Installs, from the Debian archive, what the real-WordPress test needs: WordPress itself (6.1.9 in bookworm), a theme
# (the package ships none), PHP's command line and MySQL driver, MariaDB, and PHP_CodeSniffer for the lint step. Does nothing when all are installed;
# as non-root it prints the exact command and fails, so a developer sees what to run.
set -euo pipefail
PACKAGES=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server php-codesniffer)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "The WordPress test needs Debian packages. Run: sudo apt-get update && sudo $command" >&2
  exit 1
fi
start=$(date +%s)
# Another process may hold the package lock for a while (a parallel test run installing browsers): wait for it.
apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "apt: installed ${missing[*]} in $(( $(date +%s) - start )) s"
