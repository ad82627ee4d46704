#!/usr/bin/env bash
# Builds a tiny local image from Debian's busybox-static and imports it into the
# engine at $DOCKER_HOST. Nothing is downloaded. Skips if the image already exists.
# Usage: DOCKER_HOST=unix:///path/docker.sock scripts/seed-image.sh [IMAGE_NAME]
set -euo pipefail

NAME=${1:-gantry-seed/busybox:latest}
BUSYBOX=/bin/busybox
DOCKER=${DOCKER:-docker}

say() { echo "seed-image: $*"; }
die() { echo "seed-image: error: $*" >&2; exit 1; }

[ -n "${DOCKER_HOST:-}" ] || die "DOCKER_HOST is not set"
[ -x "$BUSYBOX" ] || die "$BUSYBOX missing (apt-get install busybox-static)"
# The static build only: a dynamic busybox would need libc inside the image.
if ldd "$BUSYBOX" >/dev/null 2>&1; then die "$BUSYBOX is not statically linked (install busybox-static)"; fi

if "$DOCKER" image inspect "$NAME" >/dev/null 2>&1; then
  say "$NAME already present"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"/{bin,etc,root,home,var/www,proc,sys,dev}
install -d -m 1777 "$root/tmp"
install -m 0755 "$BUSYBOX" "$root/bin/busybox"
for applet in $("$BUSYBOX" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
done
cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/home:/bin/false
EOF
cat >"$root/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
EOF
echo '<html><body>gantry seed</body></html>' >"$root/var/www/index.html"

say "importing $NAME"
tar -C "$root" --numeric-owner --owner=0 --group=0 -cf - . |
  "$DOCKER" import -c 'CMD ["/bin/sh"]' -m "gantry seed image (busybox-static)" - "$NAME" >/dev/null
say "imported $NAME"
