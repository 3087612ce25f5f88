#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything EIP Desk needs to build, run, test and package on Debian 12 (as root).
# Installs only what is missing, so a second run takes a second.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6svg6
    qt6-qpa-plugins qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    clang libclang-rt-14-dev # the fuzz stage of tests/ci.sh (libFuzzer, ASan, UBSan)
    # node and npm come with the machine image (the SDK conformance test needs them)
    lintian desktop-file-utils appstream rpm file dpkg-dev fakeroot imagemagick
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "Dependencies: all present."
