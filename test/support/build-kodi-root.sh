#!/usr/bin/env bash
# Builds a Debian system root holding one Kodi release, for the tests that run Kodi 19 or 21
# (jest's e2e set-up, test/support/kodi-roots-setup.ts, calls it before every run; it returns at
# once when the root is complete). Usage: build-kodi-root.sh SUITE ROOT_DIR
#   SUITE is bullseye (Kodi 19.1, Python 3.9) or trixie (Kodi 21.2, Python 3.13).
# The root is built next to ROOT_DIR and renamed into place only once complete, and a stamp file
# inside it names what it holds, so a half-built root (a build killed or failed midway) is never
# used: the next run deletes the leftover and starts again. A complete root whose stamp lists
# other packages than the ones below gets them installed (its stamp removed meanwhile).
set -euo pipefail

suite="${1:?usage: build-kodi-root.sh SUITE ROOT_DIR}"
root="${2:?usage: build-kodi-root.sh SUITE ROOT_DIR}"
stamp_name=".cloudsync-kodi-root-complete"
# kodi with what Debian's kodi recommends and the host's Kodi 20 has (apt installs recommends):
# Kodi's own repository (without it, Install from repository opens the only repository left
# directly instead of listing them) and the spectrum visualisation; ffmpeg so the root can make
# test videos as the host does. Xvfb is not needed inside: the host's display socket
# (/tmp/.X11-unix) is bind-mounted with /tmp.
packages=(kodi kodi-repository-kodi kodi-visualization-spectrum ffmpeg)

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

in_root() {
  mount -t proc proc "$1/proc"
  local status=0
  chroot "$1" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -c "$2" || status=$?
  umount -l "$1/proc"
  return $status
}

write_stamp() {
  local kodi_version python_version
  kodi_version="$(chroot "$1" dpkg-query -W -f '${Version}' kodi)"
  python_version="$(chroot "$1" sh -c 'ls /usr/bin/python3.* | grep -o "3\.[0-9]*$" | head -1')"
  printf 'suite=%s\nkodi=%s\npython=%s\npackages=%s\nbuilt=%s\nseconds=%s\n' "$suite" "$kodi_version" "$python_version" \
    "${packages[*]}" "$(date -u +%FT%TZ)" "$2" >"$1/$stamp_name.new"
  mv "$1/$stamp_name.new" "$1/$stamp_name"
}

if [ -f "$root/$stamp_name" ]; then
  if grep -qx "packages=${packages[*]}" "$root/$stamp_name"; then
    echo "build-kodi-root: $root is already complete"
    exit 0
  fi
  started=$(date +%s)
  echo "build-kodi-root: $root lacks some of ${packages[*]}: installing them"
  rm "$root/$stamp_name"
  in_root "$root" "apt-get update -q && apt-get install -y -q --no-install-recommends ${packages[*]} && apt-get clean" >>"$root/var/log/cloudsync-build.log" 2>&1 ||
    fail "installing ${packages[*]} in $root failed (log: $root/var/log/cloudsync-build.log)"
  write_stamp "$root" "$(($(date +%s) - started))"
  echo "build-kodi-root: $suite root updated in $(($(date +%s) - started)) s"
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
cp /etc/resolv.conf "$building/etc/resolv.conf"
if ! in_root "$building" "apt-get update -q && apt-get install -y -q --no-install-recommends ${packages[*]} && apt-get clean" >>"$building.log" 2>&1; then
  tail -20 "$building.log" >&2
  fail "installing ${packages[*]} in the $suite root failed (full log: $building.log)"
fi
chroot "$building" test -x /usr/lib/x86_64-linux-gnu/kodi/kodi.bin -o -x /usr/lib/aarch64-linux-gnu/kodi/kodi.bin ||
  fail "the $suite root has no kodi.bin after installing kodi (log: $building.log)"
write_stamp "$building" "$(($(date +%s) - started))"
mv "$building.log" "$building/var/log/cloudsync-build.log"
mv "$building" "$root"
echo "build-kodi-root: $suite root ready in $(($(date +%s) - started)) s: $(tr '\n' ' ' <"$root/$stamp_name")"
