#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive, from Debian's packages, when missing:
# Chromium (Debian's build loads unpacked extensions) and firefox-esr.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${ECLAIRAGE_CHROMIUM:-}" ] || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing ${need[*]} with apt-get"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
