#!/usr/bin/env bash
# Installs, from Debian's packages, everything Gantry needs to build, run and test.
# Idempotent: installs only what is missing.
set -euo pipefail

PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-translations-l10n qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  qtkeychain-qt6-dev libcurl4-openssl-dev libvterm-dev libsimdjson-dev libyaml-cpp-dev
  docker.io busybox-static docker-registry apache2-utils curl iproute2
  dbus gnome-keyring libsecret-tools dunst openssh-server openssh-client
  xvfb xauth fonts-dejavu-core hyperfine time clang-format python3 clang lld libclang-rt-14-dev
  desktop-file-utils appstream
  libarchive-dev
  openssl docker-compose
  lintian dpkg-dev fakeroot file
  podman conmon runc netavark aardvark-dns catatonit
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d keeps docker.io's postinst from starting a system daemon we do not want.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
