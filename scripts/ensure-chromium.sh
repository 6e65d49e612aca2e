#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests. Installs it with
# apt-get when missing (CI and fresh machines run as root); otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium package…" >&2
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
  echo "ensure-chromium: not root and no sudo: install it yourself with 'apt-get install -y chromium', or set CHROMIUM_PATH." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null; }; then
  echo "ensure-chromium: apt-get could not install chromium (no network to Debian's mirrors?)." >&2
  exit 1
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: chromium installed but $CHROMIUM is still missing; set CHROMIUM_PATH." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo installed)" >&2
