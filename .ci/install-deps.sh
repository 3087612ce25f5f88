#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything EIP Desk needs to build, run, test and package on Debian 12 (as root),
# from Debian's own archive (the apt sources of this machine). Installs only what is missing,
# so a second run takes a second. It says what it installs and why, and shows apt's progress.
# A fresh `debootstrap --variant=minbase bookworm` system gets 858 packages: 310 MB to download,
# 1.3 GB on disk (measured with apt-get install --assume-no in such a root).
set -euo pipefail

# One group per purpose: "purpose|package package ...".
groups=(
    "the compiler and build tools|build-essential cmake ninja-build pkg-config git"
    "Qt 6 (widgets, network, SQL, SVG, translations) and QtKeychain|qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n qtkeychain-qt6-dev libgl-dev"
    "the headless test session (X server, D-Bus, gnome-keyring, gdbus, secret-tool)|xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libglib2.0-bin"
    "a CJK font, so Chinese text is not drawn as boxes (1.6 MB; fonts-noto-cjk is 57 MB)|fonts-wqy-microhei"
    "Node.js and npm for the SDK conformance test (the official tencentcloud-sdk-nodejs)|nodejs npm"
    "the packaging checks (lintian, desktop/AppStream validators, rpm, screenshots)|lintian desktop-file-utils appstream rpm file dpkg-dev fakeroot imagemagick"
    "the fresh-system test (a minimal Debian 12 root)|debootstrap"
    "the fuzz stage of tests/ci.sh (clang, libFuzzer, ASan, UBSan)|clang libclang-rt-14-dev"
)

if [[ $(id -u) != 0 ]]; then
    echo "install-deps.sh: run this as root (it installs Debian packages with apt-get)." >&2
    exit 1
fi

# Installed, or provided by an installed package (e.g. a nodejs that ships npm).
installed_or_provided() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed' && return 0
    grep -qxF -- "$1" <<<"$provided"
}
provided=$(dpkg-query -W -f='${Status}\t${Provides}\n' 2>/dev/null |
    awk -F'\t' '$1 == "install ok installed" {print $2}' | tr ',' '\n' |
    sed -e 's/^ *//' -e 's/ .*//' | sort -u)

missing=()
for group in "${groups[@]}"; do
    purpose=${group%%|*}
    group_missing=()
    for p in ${group#*|}; do
        installed_or_provided "$p" || group_missing+=("$p")
    done
    if ((${#group_missing[@]})); then
        echo "Missing for $purpose: ${group_missing[*]}"
        missing+=("${group_missing[@]}")
    fi
done

if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    echo "== apt-get update"
    apt-get -o Dpkg::Use-Pty=0 update
    echo "== apt-get install (${#missing[@]} packages and what they need; this is the long part)"
    apt-get -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 install -y --no-install-recommends \
        "${missing[@]}"
fi
echo "Dependencies: all present."
