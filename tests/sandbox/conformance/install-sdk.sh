#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned official Node.js SDK (package-lock.json) into WORK_DIR/node_modules with
# `npm ci`, once per lock file (the npm cache stays in WORK_DIR). Used by the conformance test
# and, as the ctest fixture "nodesdk", by the model test (tests/model), which reads its models.
# Usage: install-sdk.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src=$1 work=$2
mkdir -p "$work"
cp "$src/package.json" "$src/package-lock.json" "$work/"
cd "$work"
if ! cmp -s package-lock.json node_modules/.eipdesk-lock 2>/dev/null; then
    npm ci --no-audit --no-fund --loglevel=error --cache "$work/.npm-cache"
    cp package-lock.json node_modules/.eipdesk-lock
fi
test -f node_modules/tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_models.d.ts
