# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by check-packages.sh: the headless smoke run of an installed eipdesk.
# smoke_run APP SANDBOX_OUT WORK
#   APP          the installed eipdesk
#   SANDBOX_OUT  the output of a running installed eipdesk-sandbox (Endpoint:, SecretId:, ...)
#   WORK         a scratch directory; HOME and XDG_* already point into it
# In the private keyring session of tests/run-headless.sh (EIPDESK_KEYRING_PASSWORD set): add a
# profile for the sandbox's demo account (SecretKey through stdin into the keyring), test the
# connection, run `eipdesk --profile NAME --smoke` against the installed eipdesk-sandbox, remove
# the profile. Elsewhere (never touch a user's keyring): `eipdesk --sandbox --smoke`.

smoke_summary_ok() { grep -Eq 'Loaded [0-9][0-9,]* EIPs' "$1"; }

smoke_run() {
    local app=$1 sandbox_out=$2 work=$3
    local endpoint secret_id help name=PackageSmoke
    help=$(timeout 60 "$app" --help 2>&1 || true)
    grep -q -- '--smoke' <<<"$help" ||
        fail "the installed eipdesk has no --smoke option (eipdesk --help): cannot smoke-test it"

    if [[ -z ${EIPDESK_KEYRING_PASSWORD:-} ]]; then
        echo "NOTE: not in the private keyring session of tests/run-headless.sh;"
        echo "      smoke-testing the installed eipdesk with its in-process sandbox instead"
        if timeout 300 "$app" --sandbox --smoke >"$work/smoke.out" 2>&1 &&
            smoke_summary_ok "$work/smoke.out"; then
            echo "installed eipdesk --sandbox --smoke: $(grep -E 'Loaded' "$work/smoke.out")"
            return 0
        fi
        cat "$work/smoke.out" >&2
        fail "the smoke run of the installed eipdesk failed"
    fi

    endpoint=$(sed -n 's/^Endpoint: //p' "$sandbox_out")
    secret_id=$(sed -n 's/^SecretId: //p' "$sandbox_out")
    sed -n 's/^SecretKey: //p' "$sandbox_out" |
        timeout 120 "$app" profiles add "$name" --secret-id "$secret_id" --endpoint "$endpoint" \
            >"$work/profile.out" 2>&1 || {
        cat "$work/profile.out" >&2
        fail "eipdesk profiles add (the sandbox's demo account) failed"
    }
    timeout 120 "$app" profiles test "$name" >>"$work/profile.out" 2>&1 || {
        cat "$work/profile.out" >&2
        fail "eipdesk profiles test against the installed eipdesk-sandbox failed"
    }
    echo "profile $name: added and tested against the installed eipdesk-sandbox"
    if ! { timeout 300 "$app" --profile "$name" --smoke >"$work/smoke.out" 2>&1 &&
        smoke_summary_ok "$work/smoke.out"; }; then
        cat "$work/smoke.out" >&2
        fail "the smoke run of the installed eipdesk against eipdesk-sandbox failed"
    fi
    echo "installed eipdesk --profile $name --smoke: $(grep -E 'Loaded' "$work/smoke.out")"
    timeout 120 "$app" profiles remove "$name" >/dev/null 2>&1 ||
        fail "eipdesk profiles remove $name failed"
}
