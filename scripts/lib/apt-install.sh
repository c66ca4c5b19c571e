# Sourced by the install scripts: `apt_install LOG_PREFIX package…` installs the Debian packages that
# are missing (as root, or with password-less sudo; never reads standard input). The package lists
# are refreshed only when a package has no install candidate, or when an install fails on stale lists.
apt_install() {
  local prefix=$1; shift
  local missing=() p status policy sudo=""
  for p in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
  done
  (( ${#missing[@]} )) || return 0
  [[ $(id -u) == 0 ]] || sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  for p in "${missing[@]}"; do
    policy=$(apt-cache policy "$p" 2>/dev/null || true)  # no `| grep -q`: SIGPIPE trips pipefail
    if [[ $policy != *"Candidate: "[0-9]* ]]; then
      printf '[%s] apt-get update (no candidate for %s)\n' "$prefix" "$p"
      $sudo apt-get update -q </dev/null
      break
    fi
  done
  printf '[%s] apt-get install %s\n' "$prefix" "${missing[*]}"
  if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; then
    printf '[%s] apt-get install failed; retrying after apt-get update\n' "$prefix"
    $sudo apt-get update -q </dev/null
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  fi
}
