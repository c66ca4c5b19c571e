#!/usr/bin/env bash
# Installs what the export tests need to turn an exported .docx into pictures, from Debian's packages:
#   libreoffice-writer-nogui  LibreOffice Writer without a GUI (the headless variant of libreoffice-writer):
#                             `soffice --headless --convert-to pdf`
#   poppler-utils             pdftoppm (PDF -> PNG), pdfinfo, pdftotext, pdffonts
#   fonts-liberation2         Liberation Serif, metric-compatible with Times New Roman and with Vietnamese
#                             letters (fontconfig maps "Times New Roman" to it)
# Idempotent (installed packages are only checked); runs as root or with password-less sudo; reads no
# standard input. Usage: scripts/install-render-tools.sh
set -euo pipefail

start_s=$(date +%s)
packages=(libreoffice-writer-nogui poppler-utils fonts-liberation2)

log() { printf '[render-tools] %s\n' "$*"; }
# shellcheck source=lib/apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/apt-install.sh"

apt_install render-tools "${packages[@]}"

for tool in soffice pdftoppm pdfinfo pdftotext pdffonts; do
  command -v "$tool" >/dev/null || { log "missing after install: $tool"; exit 1; }
done
log "done in $(( $(date +%s) - start_s )) s"
