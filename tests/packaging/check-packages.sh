#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging checks (CTest "packaging_checks", label packaging, EIPDESK_PACKAGE_TESTS=ON):
#  1. cpack builds the .deb, .rpm and .tar.gz from the build tree;
#  2. each package holds what it must (binaries, desktop entry, metainfo, icons, man pages, docs:
#     README.md and the upstream changelog; the .tar.gz a README at its top) and its metadata is
#     right (deb Depends/Recommends: a CJK font, qt6-wayland, no qt6-qpa-plugins; rpm summary,
#     description, changelog, Suggests/Recommends, not relocatable);
#  3. lintian reports no error and no warning; desktop-file-validate and appstreamcli are clean;
#  4. the .deb is installed (apt-get as root, else unpacked into a scratch root), the installed
#     eipdesk and eipdesk-sandbox run, and a headless smoke run of the installed app loads EIPs;
#  5. the package is removed again and leaves no file behind.
# Usage: check-packages.sh BUILD_DIR SOURCE_DIR VERSION
# EIPDESK_PACKAGE_INSTALL=scratch forces step 4 into a scratch root even as root.
set -euo pipefail

build_dir=$(cd "${1:?BUILD_DIR}" && pwd)
source_dir=$(cd "${2:?SOURCE_DIR}" && pwd)
version=${3:?VERSION}
app_id=io.github.eipdesk.EipDesk
icon_sizes=(16 24 32 48 64 128 256)
marker=$build_dir/packaging-check-installed-the-deb

work=$(mktemp -d "${TMPDIR:-/tmp}/eipdesk-pkgcheck.XXXXXX")
sandbox_pid=
installed_by_us=0
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false'
export DEBIAN_FRONTEND=noninteractive
# The smoke run must not read or write the developer's settings.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
    export XDG_RUNTIME_DIR=$work/runtime
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi

step() { printf '\n=== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
# apt-get without its progress noise (the triggers it runs stay visible).
apt_get() {
    apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 -y -q "$@" 2>&1 |
        { grep -v -e '^(Reading database' -e '^Reading ' -e '^Building dependency' -e 'apt-utils' || true; }
    return "${PIPESTATUS[0]}"
}

cleanup() {
    local rc=$?
    if [[ -n $sandbox_pid ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if ((installed_by_us)); then
        echo "cleanup: removing the eipdesk package installed by this check"
        apt_get purge eipdesk >/dev/null 2>&1 || dpkg --purge eipdesk >/dev/null 2>&1 || true
        rm -f "$marker"
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# expect_files LISTING PREFIX FILE... : every FILE (relative to PREFIX) is in LISTING.
expect_files() {
    local listing=$1 prefix=$2 f
    shift 2
    for f in "$@"; do
        grep -qxF -- "$prefix$f" "$listing" || fail "$(basename "$listing"): missing $prefix$f"
    done
}
payload=(
    bin/eipdesk bin/eipdesk-sandbox
    "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/eipdesk.1.gz share/man/man1/eipdesk-sandbox.1.gz
    share/doc/eipdesk/copyright share/doc/eipdesk/README.md share/doc/eipdesk/changelog.gz
)
for s in "${icon_sizes[@]}"; do payload+=("share/icons/hicolor/${s}x${s}/apps/$app_id.png"); done

step "Versions of the packaging texts"
changelog_version=$(head -n1 "$source_dir/packaging/debian/changelog" | sed -n 's/^eipdesk (\([^)]*\)).*/\1/p')
[[ $changelog_version == "$version"-* ]] ||
    fail "packaging/debian/changelog starts with $changelog_version, not $version-N"
metainfo_version=$(grep -o '<release version="[^"]*"' \
    "$source_dir/packaging/linux/$app_id.metainfo.xml" | head -n1 | cut -d'"' -f2)
[[ $metainfo_version == "$version" ]] ||
    fail "the newest <release> in the metainfo is $metainfo_version, not $version"
for page in eipdesk.1 eipdesk-sandbox.1; do
    grep -q "^\.TH .* \"eipdesk $version\"" "$source_dir/packaging/man/$page" ||
        fail "packaging/man/$page: the .TH line does not name eipdesk $version"
done
echo "changelog $changelog_version, metainfo $metainfo_version, man pages $version"

step "cpack -G DEB;RPM;TGZ"
if ! (cd "$build_dir" && cpack -G "DEB;RPM;TGZ" -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack failed"
fi
shopt -s nullglob
debs=("$work"/out/eipdesk_"$version"-*_*.deb)
rpms=("$work"/out/eipdesk-"$version"-*.rpm)
tgzs=("$work"/out/eipdesk-"$version"-*.tar.gz)
shopt -u nullglob
((${#debs[@]} == 1 && ${#rpms[@]} == 1 && ${#tgzs[@]} == 1)) ||
    fail "expected one .deb, one .rpm and one .tar.gz in: $(ls "$work/out")"
deb=${debs[0]} rpm=${rpms[0]} tgz=${tgzs[0]}
ls -l "$deb" "$rpm" "$tgz"

step "Contents of the .deb"
dpkg-deb -I "$deb"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/deb.list"
expect_files "$work/deb.list" /usr/ "${payload[@]}" share/doc/eipdesk/changelog.Debian.gz
for dep in libsecret-1-0 libqt6sql6-sqlite libqt6svg6 libqt6core6; do
    dpkg-deb -f "$deb" Depends | grep -qw -- "$dep" || fail "the .deb does not depend on $dep"
done
[[ $(dpkg-deb -f "$deb" Section) == net ]] || fail "the .deb is not in section net"
# qt6-qpa-plugins holds only the VNC and touch plugins on bookworm: X11 is in libqt6gui6.
! dpkg-deb -f "$deb" Depends | grep -qw qt6-qpa-plugins || fail "the .deb depends on qt6-qpa-plugins"
dpkg-deb -f "$deb" Depends | grep -qw libqt6gui6 || fail "the .deb does not depend on libqt6gui6"
recommends=$(dpkg-deb -f "$deb" Recommends)
for rec in 'fonts-noto-cjk | fonts-wqy-microhei' qt6-wayland 'gnome-keyring |' qt6-translations-l10n; do
    grep -qF -- "$rec" <<<"$recommends" || fail "the .deb does not recommend $rec: $recommends"
done
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $recommends"

step "Contents of the .rpm"
rpm -qpi "$rpm" 2>/dev/null | grep -E '^(Name|Version|Release|License|URL)'
rpm -qpl "$rpm" 2>/dev/null >"$work/rpm.list"
expect_files "$work/rpm.list" /usr/ "${payload[@]}"
echo "$(wc -l <"$work/rpm.list") files; requires: $(rpm -qp --requires "$rpm" 2>/dev/null | grep -v -e '^rpmlib' -e '^/' | sort -u | tr '\n' ' ')"
! grep -q changelog.Debian "$work/rpm.list" || fail "the .rpm carries the Debian changelog"
rpm_info=$(rpm -qpi "$rpm" 2>/dev/null)
grep -Eqx 'Summary *: Desktop manager for Tencent Cloud Elastic IPs' <<<"$rpm_info" ||
    fail "the .rpm summary is wrong: $(grep '^Summary' <<<"$rpm_info")"
grep -q 'EIP Desk lists the Elastic IPs' <<<"$rpm_info" || fail "the .rpm has not our description"
! grep -qi 'cpack' <<<"$rpm_info" || fail "the .rpm description mentions CPack (its boilerplate)"
rpm_changelog=$(rpm -qp --changelog "$rpm" 2>/dev/null)
grep -q "^\* .* - $version-" <<<"$rpm_changelog" || fail "the .rpm changelog has no entry for $version"
! grep -qi -e 'cpack' -e 'Noulard' <<<"$rpm_changelog" || fail "the .rpm carries CPack's changelog"
[[ $(rpm -qp --qf '%{PREFIXES}' "$rpm" 2>/dev/null) == "(none)" ]] || fail "the .rpm is relocatable"
rpm -qp --suggests "$rpm" 2>/dev/null | grep -qx gnome-keyring || fail "the .rpm lost its Suggests"
rpm -qp --recommends "$rpm" 2>/dev/null | grep -q wqy-microhei-fonts ||
    fail "the .rpm does not recommend a CJK font"
echo "summary, description, changelog, not relocatable; suggests: $(rpm -qp --suggests "$rpm" 2>/dev/null | tr '\n' ' ')"
echo "recommends: $(rpm -qp --recommends "$rpm" 2>/dev/null | tr '\n' ' ')"

step "Contents of the .tar.gz"
tar tzf "$tgz" | sed 's|/$||' >"$work/tgz.list"
top=$(basename "$tgz" .tar.gz)
expect_files "$work/tgz.list" "$top/" "${payload[@]}"
echo "$(wc -l <"$work/tgz.list") entries under $top/"
! grep -q changelog.Debian "$work/tgz.list" || fail "the .tar.gz carries the Debian changelog"
mkdir "$work/tgz" && tar xzf "$tgz" -C "$work/tgz"
grep -qxF "$top/README" "$work/tgz.list" || fail "the .tar.gz has no README at its top"
grep -q "EIP Desk $version" "$work/tgz/$top/README" || fail "the .tar.gz README does not name $version"
grep -q 'libqt6sql6-sqlite' "$work/tgz/$top/README" || fail "the .tar.gz README does not say what it needs"
! grep -q '@[A-Z]*@' "$work/tgz/$top/README" || fail "the .tar.gz README has unreplaced @VARIABLES@"
timeout 60 "$work/tgz/$top/bin/eipdesk" --version | grep -qF "$version" ||
    fail "eipdesk from the .tar.gz does not print version $version"

step "lintian"
lintian --fail-on error,warning --display-info "$deb" 2>&1 | grep -v 'running with root privileges' ||
    true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports errors or warnings"
echo "lintian: no errors, no warnings"

step "desktop-file-validate and appstreamcli validate (files from the .deb)"
mkdir "$work/unpacked" && dpkg-deb -x "$deb" "$work/unpacked"
desktop=$work/unpacked/usr/share/applications/$app_id.desktop
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[[ -z $out ]] || fail "desktop-file-validate is not clean: $out"
grep -q '^Keywords=' "$desktop" || fail "the desktop entry has no Keywords="
# Docks match windows to launchers by WM_CLASS; Qt sets it to the application name, eipdesk.
grep -qx 'StartupWMClass=eipdesk' "$desktop" || fail "the desktop entry has no StartupWMClass=eipdesk"
appstreamcli validate --no-net "$work/unpacked/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
# The screenshots the metainfo shows are files of this repository.
grep -o 'eipdesk/eipdesk/main/[^<]*' "$source_dir/packaging/linux/$app_id.metainfo.xml" |
    sed 's|^eipdesk/eipdesk/main/||' | while read -r shot; do
    [[ -f $source_dir/$shot ]] || echo "NOTE: the metainfo shows $shot, which is not in the repository yet"
done
for s in "${icon_sizes[@]}"; do
    file "$work/unpacked/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png" |
        grep -q "PNG image data, $s x $s," || fail "the ${s}x${s} icon is not a $s px PNG"
done
echo "desktop entry, metainfo and icons: clean"

step "Packaged binaries: stripped, hardened, no rpath"
for b in eipdesk eipdesk-sandbox; do
    elf=$work/unpacked/usr/bin/$b
    # Whole outputs first: `readelf | grep -q` fails under pipefail when grep stops early.
    header=$(readelf -hlW "$elf") dynamic=$(readelf -dW "$elf") sections=$(readelf -SW "$elf")
    symbols=$(readelf --dyn-syms -W "$elf")
    grep -q 'Type:.*DYN' <<<"$header" || fail "$b is not a position-independent executable"
    grep -q GNU_RELRO <<<"$header" || fail "$b has no RELRO segment"
    grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || fail "$b is not linked with -z now"
    ! grep -Eq 'RPATH|RUNPATH' <<<"$dynamic" || fail "$b carries an rpath"
    ! grep -Eq ' \.(symtab|comment|debug_info) ' <<<"$sections" || fail "$b is not stripped"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$b has no stack protector"
    grep -q '_chk@' <<<"$symbols" || fail "$b uses no fortified functions"
    echo "$b: PIE, RELRO, BIND_NOW, stack protector, fortify, stripped, no rpath"
done

step "Install the .deb"
mode=apt
if [[ $(id -u) != 0 || ${EIPDESK_PACKAGE_INSTALL:-} == scratch ]] || ! command -v apt-get >/dev/null; then
    mode=scratch
fi
if [[ $mode == apt ]]; then
    if dpkg-query -W -f='${Status}' eipdesk 2>/dev/null | grep -q 'ok installed'; then
        [[ -e $marker ]] || fail "eipdesk is already installed on this machine; remove it first " \
            "or run with EIPDESK_PACKAGE_INSTALL=scratch"
        echo "removing the eipdesk package left by an interrupted earlier check"
        apt_get purge eipdesk >/dev/null
    fi
    touch "$marker"
    installed_by_us=1
    apt_get install --no-install-recommends "$deb" || fail "apt-get install $deb"
    dpkg-query -W -f='${Status} ${Version}\n' eipdesk | grep -q "install ok installed $version-" ||
        fail "dpkg does not list eipdesk $version as installed"
    dpkg -L eipdesk >"$work/installed.list"
    root=
else
    echo "not root (or EIPDESK_PACKAGE_INSTALL=scratch): unpacking into a scratch root instead"
    root=$work/unpacked
fi
bindir=$root/usr/bin

step "Desktop menu entry of the installed package"
installed_desktop=$root/usr/share/applications/$app_id.desktop
[[ -f $installed_desktop ]] || fail "no $installed_desktop"
exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$installed_desktop")
icon_name=$(sed -n 's/^Icon=//p' "$installed_desktop")
[[ -x $bindir/$exec_cmd ]] || fail "Exec=$exec_cmd is not an installed program"
[[ -f $root/usr/share/icons/hicolor/scalable/apps/$icon_name.svg ]] || fail "Icon=$icon_name not installed"
if [[ $mode == apt ]]; then
    [[ $(command -v "$exec_cmd") == /usr/bin/$exec_cmd ]] || fail "$exec_cmd is not on PATH"
    man -w eipdesk >/dev/null || fail "man eipdesk finds no page"
    man -w eipdesk-sandbox >/dev/null || fail "man eipdesk-sandbox finds no page"
fi
echo "menu entry \"$(sed -n 's/^Name=//p' "$installed_desktop")\" runs $exec_cmd, icon $icon_name"
for doc in README.md changelog.gz copyright; do
    [[ -f $root/usr/share/doc/eipdesk/$doc ]] || fail "no /usr/share/doc/eipdesk/$doc installed"
done

step "The installed programs"
timeout 60 "$bindir/eipdesk" --version | tee "$work/version.txt"
grep -qF "$version" "$work/version.txt" || fail "eipdesk --version does not print $version"
timeout 60 "$bindir/eipdesk-sandbox" --version | grep -qF "$version" ||
    fail "eipdesk-sandbox --version does not print $version"

step "Installed eipdesk-sandbox"
"$bindir/eipdesk-sandbox" --port 0 --addresses 400 --regions 4 --seed 7 \
    >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 600); do
    grep -q '^Endpoint: ' "$work/sandbox.out" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || fail "eipdesk-sandbox exited: $(cat "$work/sandbox.err")"
    sleep 0.1
done
endpoint=$(sed -n 's/^Endpoint: //p' "$work/sandbox.out")
[[ $endpoint =~ ^http://127\.0\.0\.1:([0-9]+)$ ]] || fail "no Endpoint line from eipdesk-sandbox"
port=${BASH_REMATCH[1]}
echo "eipdesk-sandbox listens on $endpoint"
# An unsigned request must get the API's JSON error envelope with a RequestId.
body='{}'
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/json\r\nX-TC-Action: DescribeAddresses\r\nX-TC-Version: 2017-03-12\r\nX-TC-Region: ap-guangzhou\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
    "$port" "${#body}" "$body" >&3
reply=$(timeout 30 cat <&3 || true)
exec 3<&-
grep -q '"RequestId"' <<<"$reply" || fail "eipdesk-sandbox did not answer with an API envelope"
echo "an unsigned request got: $(grep -o '"Code": *"[^"]*"' <<<"$reply" | head -n1)"

step "Headless smoke run of the installed eipdesk"
source "$source_dir/tests/packaging/smoke-run.sh"
smoke_run "$bindir/eipdesk" "$work/sandbox.out" "$work"

kill -TERM "$sandbox_pid"
wait "$sandbox_pid" || fail "eipdesk-sandbox did not shut down cleanly on SIGTERM"
sandbox_pid=

if [[ $mode == apt ]]; then
    step "Remove the package"
    apt_get purge eipdesk || fail "apt-get purge eipdesk"
    installed_by_us=0
    rm -f "$marker"
    ! dpkg-query -W -f='${Status}' eipdesk 2>/dev/null | grep -q ' installed' ||
        fail "eipdesk is still installed"
    left=0
    while read -r path; do
        [[ $path == /. || -d $path ]] && continue
        if [[ -e $path || -L $path ]]; then
            echo "left behind: $path" >&2
            left=1
        fi
    done <"$work/installed.list"
    for d in /usr/share/doc/eipdesk /usr/share/lintian/overrides/eipdesk; do
        [[ ! -e $d ]] || { echo "left behind: $d" >&2; left=1; }
    done
    ((left == 0)) || fail "files of the package remain after removal"
    echo "removed cleanly"
fi

step "All packaging checks passed"
