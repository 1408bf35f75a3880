#!/usr/bin/env bash
# Installs what the browser, PDF and PPTX tests need when it is missing: Debian's chromium, poppler-utils
# and LibreOffice Impress (the PPTX tests open the written file in it).
# The tests never download a browser; they use the system one (or CHROME_PATH).
set -euo pipefail
need=()
if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then need+=(chromium); fi
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "Installing ${need[*]} (needed by the browser, PDF and PPTX tests)…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
