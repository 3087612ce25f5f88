#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs CTest headless, inside a private D-Bus session with a real, unlocked gnome-keyring
# (see README "Tests"). Usage: tests/run-headless.sh [BUILD_DIR] [ctest args...]
# A skipped test (QSKIP, or the conformance test without node) fails the run when CI=true and
# is reported loudly otherwise. tests/ci.sh runs every CI stage through this script.
set -euo pipefail

build_dir=${1:-build}
shift || true
build_dir=$(cd "$build_dir" && pwd)

# A fresh keyring every run: a reused one with another password stays locked.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for d in data config cache runtime; do mkdir -p "$scratch/$d"; done
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_NO_GLIB
export EIPDESK_KEYRING_PASSWORD=eipdesk-ci-keyring
export EIPDESK_BUILD_DIR=$build_dir
export CTEST_ARGS="$*"

# dbus-run-session is the OUTERMOST wrapper; everything else runs inside the bus.
set +e
dbus-run-session -- bash -c '
set -uo pipefail
printf %s "$EIPDESK_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# Canary: a broken keyring fails here in seconds, not as a hung test.
if ! printf %s canary-secret | timeout 10 secret-tool store --label="eipdesk canary" eipdesk canary \
   || [ "$(timeout 10 secret-tool lookup eipdesk canary)" != canary-secret ] \
   || ! timeout 10 secret-tool clear eipdesk canary; then
    echo "FATAL: the gnome-keyring Secret Service is not usable in this session" >&2
    exit 3
fi
echo "Keyring: gnome-keyring unlocked on a private D-Bus session."
cd "$EIPDESK_BUILD_DIR"
ctest --output-on-failure --no-tests=error -j2 $CTEST_ARGS 2>&1 | tee ctest.log
exit ${PIPESTATUS[0]}
'
rc=$?
set -e

# Skips: CTest counts them apart from passes (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).
skipped=$(grep -E '\*\*\*Skipped|\(Skipped\)' "$build_dir/ctest.log" 2>/dev/null \
    | sed -E 's/.*Test +#[0-9]+: ([^ ]+).*/\1/; s/.*- ([^ ]+) \(Skipped\).*/\1/' | sort -u || true)
if [ -n "$skipped" ]; then
    count=$(printf '%s\n' "$skipped" | wc -l)
    echo "==================================================================" >&2
    echo " $count test(s) SKIPPED (did not really run):" >&2
    printf '   %s\n' $skipped >&2
    grep -h 'SKIP   :' "$build_dir"/Testing/Temporary/LastTest*.log 2>/dev/null | sort -u | head -20 >&2 || true
    echo "==================================================================" >&2
    if [ "${CI:-}" = true ]; then
        echo "FAIL: CI=true and $count test(s) were skipped" >&2
        [ "$rc" -ne 0 ] || rc=1
    fi
fi
# CTest's skip rule wins over the exit code: a test that both skipped and failed a function
# would look skipped. Any QTest failure line fails the run.
if [ "$rc" -eq 0 ] && grep -q '^FAIL!  : ' "$build_dir"/Testing/Temporary/LastTest*.log 2>/dev/null; then
    echo "FAIL: a test reported as skipped also failed:" >&2
    grep -h '^FAIL!  : ' "$build_dir"/Testing/Temporary/LastTest*.log | head -20 >&2
    rc=1
fi
exit "$rc"
