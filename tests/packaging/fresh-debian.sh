#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The "fresh" test (CTest fresh_debian, label fresh): does the built .deb install and work on a
# fresh Debian 12, where nothing but `debootstrap --variant=minbase bookworm` is installed?
#  1. cpack builds the .deb from the build tree;
#  2. a minimal bookworm root is made with debootstrap (cached in BUILD_DIR/fresh-debian as a
#     tarball, with apt's downloaded packages, so later runs take a fraction of the time);
#  3. apt (the host's Debian sources) installs the .deb with its Depends only; the installed
#     eipdesk --version, a headless --sandbox --smoke and a real X11 window (Xvfb) run;
#  4. apt installs the package's Recommends (first alternatives, what apt picks by default);
#     the installed eipdesk-sandbox runs; in a private D-Bus session with a private, unlocked
#     gnome-keyring: eipdesk profiles add (SecretKey through stdin), profiles test,
#     --profile NAME --smoke against eipdesk-sandbox;
#  5. the zh_CN window is captured on Xvfb and compared with the same window drawn without the
#     CJK font (fontconfig told to reject it): every Chinese character there is a "tofu" box.
#     Two captures with the font must match each other and differ clearly from the tofu one.
# Needs root, debootstrap, unshare/chroot, Xvfb and ImageMagick (.ci/install-deps.sh installs
# them). Without them it skips LOUDLY (exit 77); with CI=true a missing piece is a failure.
# Usage: fresh-debian.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail

build_dir=$(cd "${1:?BUILD_DIR}" && pwd)
source_dir=$(cd "${2:?SOURCE_DIR}" && pwd)
version=${3:?VERSION}
cache=$build_dir/fresh-debian
suite=bookworm

step() { printf '\n=== [%3ds] %s\n' "$SECONDS" "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
cannot_run() {
    {
        echo "##################################################################"
        echo "## fresh_debian NOT RUN: $*"
        echo "## (the .deb was NOT tried on a fresh Debian 12; needs root,"
        echo "##  debootstrap, unshare, Xvfb, ImageMagick: .ci/install-deps.sh)"
        echo "##################################################################"
    } >&2
    [[ ${CI:-} != true ]] || fail "CI=true: the fresh test must run in CI"
    exit 77
}

[[ $(id -u) == 0 ]] || cannot_run "not root"
for tool in debootstrap unshare chroot Xvfb compare identify cpack; do
    command -v "$tool" >/dev/null || cannot_run "$tool is not installed"
done
unshare --mount true 2>/dev/null || cannot_run "cannot make a mount namespace (unshare --mount)"

work=$(mktemp -d "${TMPDIR:-/tmp}/eipdesk-fresh.XXXXXX")
root=$work/root
xvfb_pid=
cleanup() {
    local rc=$?
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    # Mounts live in the private namespaces of the chroot runs and are gone with them.
    rm -rf --one-file-system "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The Debian archive this host uses (deb822 or one-line sources), else deb.debian.org.
debian_mirror() {
    local f uri
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        uri=$(awk -v s="$suite" '
            /^URIs:/ {u=$2} /^Suites:/ {for (i=2;i<=NF;i++) if ($i==s) ok=1}
            /^$/ {if (ok && u) {print u; done=1; exit} u=""; ok=0}
            END {if (!done && ok && u) print u}' "$f")
        [[ -n $uri ]] && { echo "$uri"; return; }
    done
    uri=$(awk -v s="$suite" '$1=="deb" && $0 ~ " "s" " {for (i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; exit}}' \
        /etc/apt/sources.list 2>/dev/null || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

# run_in_root SCRIPT [ENV=VALUE...]: runs SCRIPT in the root, in a private mount namespace
# with /proc, /dev and apt's package cache (kept in BUILD_DIR) mounted; gone when it ends.
run_in_root() {
    local script=$1
    shift
    unshare --mount --propagation private -- bash -c '
        set -e
        root=$1 archives=$2; shift 2
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --bind "$archives" "$root/var/cache/apt/archives"
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
            LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@" /bin/bash -c "$0"
    ' "$script" "$root" "$cache/archives" "$@"
}

step "cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/out/eipdesk_"$version"-*_*.deb)
[[ -f ${debs[0]} ]] || fail "no .deb in $work/out"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

mkdir -p "$cache/archives/partial"
mirror=$(debian_mirror)
tarball=$cache/$suite-minbase.tar.gz
if [[ -f $tarball ]]; then
    step "Fresh $suite root from the cached $(basename "$tarball") (delete it to rebuild)"
    mkdir "$root" && tar -xzf "$tarball" -C "$root"
else
    step "debootstrap --variant=minbase $suite from $mirror (first run only; then cached)"
    debootstrap --variant=minbase --cache-dir="$cache/archives" "$suite" "$root" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap"; }
    rm -f "$root"/var/cache/apt/archives/*.deb
    tar -czf "$tarball.tmp" -C "$root" . && mv "$tarball.tmp" "$tarball"
    echo "cached as $tarball ($(du -h "$tarball" | cut -f1))"
fi
[[ -x $root/usr/bin/apt-get ]] || fail "the root has no apt-get"

# The host's Debian sources (no third-party repositories: they would need keys the root lacks).
rm -f "$root/etc/apt/sources.list" "$root"/etc/apt/sources.list.d/*
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] && grep -qE 'debian\.org|debian-archive-keyring' "$f" || continue
    cp "$f" "$root/etc/apt/${f#/etc/apt/}"
done
if [[ ! -f $root/etc/apt/sources.list ]] && ! compgen -G "$root/etc/apt/sources.list.d/*" >/dev/null; then
    echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/eipdesk.deb"
cp "$source_dir/tests/packaging/smoke-run.sh" "$root/tmp/smoke-run.sh"
mkdir -p "$root/tmp/shots"

# A virtual X server on the host; the root reaches it through its abstract socket (same
# network namespace), so nothing X-related is installed into the root for the test.
display=
for n in $(seq 120 160); do
    [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -dpi 96 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 100); do
        [[ -e /tmp/.X11-unix/X$n ]] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -e /tmp/.X11-unix/X$n ]]; then
        display=:$n
        break
    fi
    xvfb_pid=
done
[[ -n $display ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"

step "apt-get install ./eipdesk.deb --no-install-recommends (its Depends only)"
run_in_root '
set -euo pipefail
apt-get -q update 2>&1 | grep -v "^Get:\|^Hit:" || true
apt-get -q -y -o Dpkg::Use-Pty=0 install --no-install-recommends /tmp/eipdesk.deb >/tmp/apt1.log 2>&1 ||
    { tail -n 40 /tmp/apt1.log; exit 1; }
grep -E "^(Need to get|After this operation)" /tmp/apt1.log || true
dpkg-query -W -f="\${Status} \${Version}\n" eipdesk
' || fail "the .deb does not install on a fresh $suite with apt"

step "The installed eipdesk with its Depends only"
run_in_root '
set -euo pipefail
export XDG_RUNTIME_DIR=/tmp/runtime-depends; mkdir -m 700 -p "$XDG_RUNTIME_DIR"
eipdesk --version | tee /tmp/version.txt
eipdesk-sandbox --version
# No display: one line that says what to do, a non-zero exit, no abort.
set +e; env -u DISPLAY eipdesk >/tmp/nodisplay.out 2>&1; rc=$?; set -e
echo "without a display (exit $rc): $(cat /tmp/nodisplay.out)"
[[ $rc != 0 && $rc != 134 && $(wc -l </tmp/nodisplay.out) == 1 ]] || exit 11
eipdesk --sandbox --smoke --sandbox-addresses 60 --sandbox-regions 3 >/tmp/smoke0.out 2>&1 ||
    { cat /tmp/smoke0.out; exit 12; }
! grep -q propagateSizeHints /tmp/smoke0.out || { cat /tmp/smoke0.out; exit 13; }
echo "headless: $(cat /tmp/smoke0.out)"
# A real X11 window (the xcb platform plugin comes with libqt6gui6, not qt6-qpa-plugins).
DISPLAY='"$display"' QT_QPA_PLATFORM=xcb eipdesk --sandbox --sandbox-addresses 60 \
    --sandbox-regions 3 --lang en --screenshot /tmp/shots/depends-only.png >/tmp/x0.out 2>&1 ||
    { cat /tmp/x0.out; exit 14; }
echo "X11 window: $(cat /tmp/x0.out)"
' || fail "the installed eipdesk (Depends only) failed (exit $?)"
grep -qF "$version" "$root/tmp/version.txt" || fail "eipdesk --version does not print $version"

recommends=$(dpkg-deb -f "$deb" Recommends | tr ',' '\n' | sed -e 's/|.*//' -e 's/([^)]*)//' -e 's/ //g' | grep .)
step "apt-get install the Recommends (first alternatives): $(echo $recommends)"
run_in_root '
set -euo pipefail
apt-get -q -y -o Dpkg::Use-Pty=0 install --no-install-recommends $RECOMMENDS dbus >/tmp/apt2.log 2>&1 ||
    { tail -n 40 /tmp/apt2.log; exit 1; }
grep -E "^(Need to get|After this operation)" /tmp/apt2.log || true
' RECOMMENDS="$(echo $recommends)" || fail "the Recommends of the .deb do not install"

step "eipdesk-sandbox, profiles add/test and --smoke in a private keyring session"
run_in_root '
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
work=/tmp/keyring-run; mkdir -p $work
export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_CACHE_HOME=$work/cache HOME=$work/home
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$HOME"; mkdir -m 700 "$XDG_RUNTIME_DIR"
eipdesk-sandbox --port 0 --addresses 400 --regions 4 --seed 7 >$work/sandbox.out 2>$work/sandbox.err &
sandbox=$!
for _ in $(seq 1 600); do grep -q "^Endpoint: " $work/sandbox.out && break; sleep 0.1; done
grep "^Endpoint: " $work/sandbox.out || fail "eipdesk-sandbox: $(cat $work/sandbox.err)"
export EIPDESK_KEYRING_PASSWORD=fresh-debian-keyring
dbus-run-session -- bash -c "
    set -euo pipefail
    fail() { echo \"FAIL: \$*\" >&2; exit 1; }
    printf %s \"\$EIPDESK_KEYRING_PASSWORD\" |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    source /tmp/smoke-run.sh
    smoke_run /usr/bin/eipdesk $work/sandbox.out $work
"
kill -TERM $sandbox; wait $sandbox
' || fail "eipdesk with eipdesk-sandbox in a private keyring session failed"

step "The zh_CN window on Xvfb: Chinese glyphs against the tofu rendering"
cjk_fonts=$(run_in_root 'fc-list :lang=zh file | cut -d: -f1' 2>/dev/null || true)
[[ -n $cjk_fonts ]] || fail "no font for Chinese is installed by the Recommends (fc-list :lang=zh)"
echo "CJK fonts: $(echo $cjk_fonts)"
{
    echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
    echo '<include>/etc/fonts/fonts.conf</include><selectfont><rejectfont>'
    for f in $cjk_fonts; do echo "<glob>$f</glob>"; done
    echo '</rejectfont></selectfont><cachedir>/tmp/fc-no-cjk</cachedir></fontconfig>'
} >"$root/tmp/no-cjk.conf"
run_in_root '
set -euo pipefail
export XDG_RUNTIME_DIR=/tmp/runtime-shots; mkdir -m 700 -p "$XDG_RUNTIME_DIR"
shot() { # FILE [VAR=VALUE...]: a fresh settings, data and cache tree for every capture
    local file=$1 home=/tmp/shots/home-${1%.png}; shift
    mkdir -p $home/config $home/data $home/cache
    env XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache "$@" \
        DISPLAY='"$display"' QT_QPA_PLATFORM=xcb eipdesk --sandbox --sandbox-addresses 60 \
        --sandbox-regions 3 --region ap-guangzhou --lang zh_CN --screenshot "/tmp/shots/$file" \
        >/tmp/shot.out 2>&1 || { cat /tmp/shot.out; exit 1; }
}
shot cjk-1.png
shot cjk-2.png
shot tofu.png FONTCONFIG_FILE=/tmp/no-cjk.conf
' || fail "the zh_CN window could not be captured"
shots=$root/tmp/shots
for f in cjk-1 cjk-2 tofu; do identify "$shots/$f.png" | cut -d' ' -f1-3; done
# compare -metric AE prints the number of differing pixels (on stderr; exit 1 when they differ).
# Images of different sizes are compared on their common top-left area.
differ() {
    local w h
    w=$(identify -format '%w\n' "$1" "$2" | sort -n | head -n1)
    h=$(identify -format '%h\n' "$1" "$2" | sort -n | head -n1)
    convert "$1" -crop "${w}x$h+0+0" +repage "$work/differ-a.png"
    convert "$2" -crop "${w}x$h+0+0" +repage "$work/differ-b.png"
    compare -metric AE -fuzz 5% "$work/differ-a.png" "$work/differ-b.png" null: 2>&1 |
        cut -d' ' -f1 || true
}
same=$(differ "$shots/cjk-1.png" "$shots/cjk-2.png")
tofu=$(differ "$shots/cjk-1.png" "$shots/tofu.png")
echo "pixels differing: two captures with the CJK font: $same; with the font vs tofu: $tofu"
[[ $same =~ ^[0-9]+$ && $tofu =~ ^[0-9]+$ ]] || fail "compare failed: '$same' '$tofu'"
((same <= 200)) || fail "two identical runs differ in $same pixels: the capture is not stable"
((tofu >= 2000 && tofu > 10 * same)) ||
    fail "the Chinese text looks like the tofu rendering (only $tofu pixels differ)"
mkdir -p "$build_dir/fresh-debian/shots"
cp "$shots"/*.png "$build_dir/fresh-debian/shots/"
echo "screenshots kept in $build_dir/fresh-debian/shots"

step "All fresh-system checks passed in ${SECONDS}s"
