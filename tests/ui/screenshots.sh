#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README screenshots: the real eipdesk window on a virtual X server (Xvfb)
# against the built-in sandbox, saved by the application itself once everything is loaded.
# Usage: tests/ui/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
out=${2:-$here/resources/screenshots}
exe=$build/bin/eipdesk
[ -x "$exe" ] || { echo "build eipdesk first: $exe not found" >&2; exit 1; }
mkdir -p "$out"

shoot() { # <file> <args...>
    local file=$1; shift
    local home; home=$(mktemp -d)
    # A fresh settings tree: default column layout, no saved region, no profiles.
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
    QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
        xvfb-run -a -s '-screen 0 1280x800x24 -dpi 96' \
        "$exe" --sandbox --screenshot "$out/$file" "$@"
    rm -rf "$home"
    echo "wrote $out/$file"
}

shoot region.png --region ap-guangzhou --lang en
shoot all-regions.png --lang en
shoot zh_CN.png --lang zh_CN
