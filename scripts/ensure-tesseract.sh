#!/usr/bin/env bash
# Makes sure Tesseract with its Vietnamese model and poppler's pdftoppm are present:
# the importer needs them for scanned PDFs and images, and the OCR tests use them.
# Installs Debian's packages with apt-get when missing (CI and fresh machines run as
# root); otherwise says what to do.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie \
  && command -v pdftoppm >/dev/null 2>&1; then
  exit 0
fi
PACKAGES="tesseract-ocr tesseract-ocr-vie poppler-utils"
echo "ensure-tesseract: Tesseract with Vietnamese or pdftoppm missing; installing $PACKAGES…" >&2
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
  echo "ensure-tesseract: not root and no sudo: install them yourself with 'apt-get install -y $PACKAGES'." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $PACKAGES >/dev/null; }; then
  echo "ensure-tesseract: apt-get could not install $PACKAGES (no network to Debian's mirrors?)." >&2
  exit 1
fi
echo "ensure-tesseract: $(tesseract --version 2>&1 | head -1), languages: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')" >&2
