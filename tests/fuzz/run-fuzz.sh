#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a build configured with -DEIPDESK_FUZZ=ON for a bounded time
# each, starting from the committed seed corpus (new inputs go to a scratch copy, so the
# repository is not modified). A crash stops the run with the crashing input saved under
# BUILD_DIR/fuzz/artifacts/ and a non-zero exit: turn it into a regression test.
#   tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET=60] [TARGET...]
set -euo pipefail
build=$(cd "${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(api_response credential_import sandbox_request inventory_cache address_page)
fi
mkdir -p "$build/fuzz/artifacts"
export QT_LOGGING_RULES='*.debug=false'
for t in "${targets[@]}"; do
    work=$(mktemp -d)
    cp -r "$here/corpus/$t/." "$work/"
    echo "fuzz_$t: ${seconds}s"
    start=$SECONDS
    "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$t-" \
        "$work" 2>"$build/fuzz/$t.log" || {
        tail -40 "$build/fuzz/$t.log"
        echo "FAIL: fuzz_$t found a crash (input in $build/fuzz/artifacts/)" >&2
        exit 1
    }
    grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "$build/fuzz/$t.log" \
        | tr '\n' ' '
    echo "($((SECONDS - start)) s)"
    rm -rf "$work"
done
echo "Fuzzing: ${#targets[@]} targets, no crash."
