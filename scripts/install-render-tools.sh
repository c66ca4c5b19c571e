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

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done

if (( ${#missing[@]} )); then
  sudo=""
  if [[ $(id -u) != 0 ]]; then sudo="sudo -n"; fi
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when one of the packages has no install candidate.
  for p in "${missing[@]}"; do
    policy=$(apt-cache policy "$p" 2>/dev/null || true)  # no `| grep -q`: SIGPIPE trips pipefail
    if [[ $policy != *"Candidate: "[0-9]* ]]; then
      log "apt-get update (no candidate for $p)"
      $sudo apt-get update -q </dev/null
      break
    fi
  done
  log "apt-get install ${missing[*]}"
  if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; then
    log "apt-get install failed; retrying after apt-get update"   # stale package lists
    $sudo apt-get update -q </dev/null
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  fi
else
  log "already installed: ${packages[*]}"
fi

for tool in soffice pdftoppm pdfinfo pdftotext pdffonts; do
  command -v "$tool" >/dev/null || { log "missing after install: $tool"; exit 1; }
done
log "done in $(( $(date +%s) - start_s )) s"
