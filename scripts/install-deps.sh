#!/usr/bin/env bash
# Installs the Debian and PyPI packages the test suite and the app need.
# Idempotent: installs only what is missing, so a warm machine pays nothing.
set -euo pipefail

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/lib/postgresql/15/bin/postgres ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
pkg-config --exists sqlite3 2>/dev/null || need+=(libsqlite3-dev)
# The report rendering test opens our DOCX and XLSX in LibreOffice (headless,
# no GUI packages) and needs Times New Roman's metrics: Liberation Serif.
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)

if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
