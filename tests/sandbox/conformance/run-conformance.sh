#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest wrapper: installs the pinned official Node.js SDK into the build tree (cached there),
# then runs the conformance scenario against a freshly started eipdesk-sandbox.
# Usage: run-conformance.sh SOURCE_DIR WORK_DIR EIPDESK_SANDBOX_BINARY
set -euo pipefail
src=$1 work=$2 bin=$3
bash "$src/install-sdk.sh" "$src" "$work"
cp "$src/conformance.js" "$work/"
cd "$work"
exec node conformance.js "$bin"
