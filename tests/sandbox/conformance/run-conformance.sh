#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest wrapper: installs the pinned official Node.js SDK into the build tree (cached there),
# then runs the conformance scenario against a freshly started eipdesk-sandbox.
# Usage: run-conformance.sh SOURCE_DIR WORK_DIR EIPDESK_SANDBOX_BINARY
set -euo pipefail
src=$1 work=$2 bin=$3
mkdir -p "$work"
cp "$src/package.json" "$src/package-lock.json" "$src/conformance.js" "$work/"
cd "$work"
if ! cmp -s package-lock.json node_modules/.eipdesk-lock 2>/dev/null; then
    npm ci --no-audit --no-fund --loglevel=error --cache "$work/.npm-cache"
    cp package-lock.json node_modules/.eipdesk-lock
fi
exec node conformance.js "$bin"
