#!/usr/bin/env bash
# Installs the Debian packages the real-component tests need (Kodi, Xvfb, Mosquitto, ffmpeg,
# sqlite3, Chromium, Debian's Python 3.11, and debootstrap, which builds the Debian roots Kodi 19
# and 21 run from: test/support/build-kodi-root.sh) when they are missing. Without root or apt, it stops
# with the exact command.
set -euo pipefail

declare -A command_of_package=(
  [kodi]=kodi
  [xvfb]=Xvfb
  [mosquitto]=mosquitto
  [ffmpeg]=ffmpeg
  [sqlite3]=sqlite3
  [chromium]=chromium
  [zip]=zip
  [unzip]=unzip
  [debootstrap]=debootstrap
  # Debian 12's python3 is 3.11; 3.8 and 3.13 are not packaged (check-pythons.ts says how to get them).
  [python3]=python3.11
)

missing=()
for package in "${!command_of_package[@]}"; do
  command_name="${command_of_package[$package]}"
  if ! command -v "$command_name" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$command_name" ]; then
    missing+=("$package")
  fi
done

# Debian's own Paho is installed on purpose: the tests prove the add-on imports its vendored copy
# even where Kodi's Python could see another one.
if ! dpkg -s python3-paho-mqtt >/dev/null 2>&1; then
  missing+=(python3-paho-mqtt)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

install_command="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing missing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
  # The Debian mosquitto package starts a broker on port 1883; the tests start their own.
  if command -v systemctl >/dev/null 2>&1; then systemctl stop mosquitto >/dev/null 2>&1 || true; fi
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "Installing missing system packages: ${missing[*]}"
  sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
  echo "The tests need these system packages: ${missing[*]}" >&2
  echo "Install them with:  sudo sh -c '$install_command'" >&2
  exit 1
fi
