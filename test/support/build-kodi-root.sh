#!/usr/bin/env bash
# Builds a Debian system root holding one Kodi release, for the tests that run Kodi 19 or 21
# (test/support/kodi-release.ts calls it on first use). Usage: build-kodi-root.sh SUITE ROOT_DIR
#   SUITE is bullseye (Kodi 19.1, Python 3.9) or trixie (Kodi 21.2, Python 3.13).
# The root is built next to ROOT_DIR and renamed into place only once complete, and a stamp file
# inside it names what it holds, so a half-built root (a build killed or failed midway) is never
# used: the next run deletes the leftover and starts again.
set -euo pipefail

suite="${1:?usage: build-kodi-root.sh SUITE ROOT_DIR}"
root="${2:?usage: build-kodi-root.sh SUITE ROOT_DIR}"
stamp_name=".cloudsync-kodi-root-complete"
# kodi itself; ffmpeg so the root can make test videos as the host does; fonts and the X client
# libraries come with kodi. Xvfb is not needed inside: the host's display socket (/tmp/.X11-unix)
# is bind-mounted with /tmp.
packages=(kodi ffmpeg)

fail() {
  echo "build-kodi-root: $*" >&2
  exit 1
}

[ "$(id -u)" = "0" ] || fail "building a $suite root needs root (debootstrap and chroot); run the tests as root or build it once with: sudo bash $0 $suite $root"
command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || fail "debootstrap is missing; bash test/support/system-packages.sh installs it"
export PATH="$PATH:/usr/sbin:/sbin"

mkdir -p "$(dirname "$root")"
# Two test runs may want the same root at once (a helper's run and CI): one builds, the other
# waits for it and then finds it complete.
exec 9>"$root.lock"
flock -w 1800 9 || fail "another build of $root has held $root.lock for 30 minutes; is it stuck?"

if [ -f "$root/$stamp_name" ]; then
  echo "build-kodi-root: $root is already complete"
  exit 0
fi

# Debian's archive as the host's apt sources name it (deb822 or one-line format).
mirror="$(
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'; } |
    grep -v -e security -e '^$' | grep -m1 '/debian/\?$' || true
)"
[ -n "$mirror" ] || fail "no Debian archive found in the host's apt sources (/etc/apt/sources.list*)"

building="$root.building"
# A leftover from an interrupted build may still have /proc etc. mounted: unmount before deleting.
if [ -d "$building" ]; then
  grep -o " $building/[^ ]*" /proc/mounts | sort -r | while read -r mount_point; do umount -l "$mount_point" || true; done
  rm -rf --one-file-system "$building"
fi
rm -rf --one-file-system "$root"

started=$(date +%s)
echo "build-kodi-root: building $suite into $root (debootstrap, then apt-get install ${packages[*]}; a few minutes)"
if ! debootstrap --variant=minbase "$suite" "$building" "$mirror" >"$building.log" 2>&1; then
  tail -20 "$building.log" >&2
  fail "debootstrap $suite from $mirror failed (full log: $building.log)"
fi
mount -t proc proc "$building/proc"
trap 'umount -l "$building/proc" 2>/dev/null || true' EXIT
cp /etc/resolv.conf "$building/etc/resolv.conf"
if ! chroot "$building" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
  sh -c "apt-get update -q && apt-get install -y -q --no-install-recommends ${packages[*]} && apt-get clean" \
  >>"$building.log" 2>&1; then
  tail -20 "$building.log" >&2
  fail "installing ${packages[*]} in the $suite root failed (full log: $building.log)"
fi
chroot "$building" kodi --version >/dev/null 2>&1 || chroot "$building" test -x /usr/lib/x86_64-linux-gnu/kodi/kodi.bin ||
  fail "the $suite root has no runnable kodi after installing (log: $building.log)"
umount -l "$building/proc"
trap - EXIT
kodi_version="$(chroot "$building" dpkg-query -W -f '${Version}' kodi)"
python_version="$(chroot "$building" sh -c 'ls /usr/bin/python3.* | grep -o "3\.[0-9]*$" | head -1')"
printf 'suite=%s\nkodi=%s\npython=%s\nbuilt=%s\nseconds=%s\n' "$suite" "$kodi_version" "$python_version" \
  "$(date -u +%FT%TZ)" "$(($(date +%s) - started))" >"$building/$stamp_name"
mv "$building.log" "$building/var/log/cloudsync-build.log"
mv "$building" "$root"
echo "build-kodi-root: $suite root ready in $(($(date +%s) - started)) s: $(tr '\n' ' ' <"$root/$stamp_name")"
