#!/usr/bin/env bash
# Installs what the workspace's browser test needs, when it is missing:
# Debian's chromium and chromium-driver, Selenium for Debian's Python
# (python3-selenium, used as /usr/bin/python3), and curl. Needs root.
set -euo pipefail
if command -v chromedriver >/dev/null 2>&1 && command -v curl >/dev/null 2>&1 \
  && /usr/bin/python3 -c 'import selenium' >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium chromium-driver python3-selenium curl
