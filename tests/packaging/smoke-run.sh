# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by check-packages.sh: the headless smoke run of an installed eipdesk.
# smoke_run APP SANDBOX_OUT WORK
#   APP          the installed eipdesk
#   SANDBOX_OUT  the output of a running installed eipdesk-sandbox (Endpoint:, SecretId:, ...)
#   WORK         a scratch directory; HOME and XDG_* already point into it
# Preferred: import the sandbox's demo account as a profile (the tccli importer, secret into the
# keyring of the session) and run `eipdesk --profile NAME --smoke` against the installed
# eipdesk-sandbox. Without a usable keyring: `eipdesk --sandbox --smoke` (in-process sandbox).

smoke_summary_ok() { grep -Eq 'Loaded [0-9][0-9,]* EIPs' "$1"; }

smoke_run() {
    local app=$1 sandbox_out=$2 work=$3
    local endpoint secret_id secret_key help
    help=$(timeout 60 "$app" --help 2>&1 || true)
    if ! grep -q -- '--smoke' <<<"$help"; then
        fail "the installed eipdesk has no --smoke option (eipdesk --help): cannot smoke-test it"
    fi

    endpoint=$(sed -n 's/^Endpoint: //p' "$sandbox_out")
    secret_id=$(sed -n 's/^SecretId: //p' "$sandbox_out")
    secret_key=$(sed -n 's/^SecretKey: //p' "$sandbox_out")
    mkdir -p "$HOME/.tccli"
    (
        umask 077
        printf '{"secretId": "%s", "secretKey": "%s"}\n' "$secret_id" "$secret_key" \
            >"$HOME/.tccli/default.credential"
        printf '{"_sys_param": {"region": "ap-guangzhou", "output": "json"}, "vpc": {"endpoint": "%s"}}\n' \
            "$endpoint" >"$HOME/.tccli/default.configure"
    )
    # Only in the private keyring session of tests/run-headless.sh: never touch a user's keyring.
    if [[ -n ${EIPDESK_KEYRING_PASSWORD:-} ]] &&
        timeout 120 "$app" profiles import --from tccli --name PackageSmoke \
            >"$work/import.out" 2>&1; then
        echo "profile PackageSmoke imported (demo account of the installed eipdesk-sandbox)"
        if timeout 300 "$app" --profile PackageSmoke --smoke >"$work/smoke.out" 2>&1 &&
            smoke_summary_ok "$work/smoke.out"; then
            echo "installed eipdesk against installed eipdesk-sandbox: $(grep -E 'Loaded' "$work/smoke.out")"
            return 0
        fi
        cat "$work/smoke.out" >&2
        fail "the smoke run of the installed eipdesk against eipdesk-sandbox failed"
    fi
    echo "NOTE: no private keyring session for a profile import ($(head -n1 "$work/import.out" 2>/dev/null));"
    echo "      smoke-testing the installed eipdesk with its in-process sandbox instead"
    if timeout 300 "$app" --sandbox --smoke >"$work/smoke.out" 2>&1 &&
        smoke_summary_ok "$work/smoke.out"; then
        echo "installed eipdesk --sandbox --smoke: $(grep -E 'Loaded' "$work/smoke.out")"
        return 0
    fi
    cat "$work/smoke.out" >&2
    fail "the smoke run of the installed eipdesk failed"
}
