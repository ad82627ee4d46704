# `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr makes a Debian
# package of what `cmake --install` lays out. The libraries it needs are found by
# dpkg-shlibdeps from the binary itself; what it runs or talks to is recommended.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gantry)
set(CPACK_PACKAGE_VENDOR "The Gantry developers")
set(CPACK_PACKAGE_CONTACT "Gantry developers <gantry-dev@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "native desktop application for Docker")
set(CPACK_PACKAGE_DESCRIPTION
    "Gantry manages the containers, images, volumes, networks and ports of a Docker
engine through the Docker Engine API, live from the engine's events, with a
cleanup centre that shows what a prune will free before it deletes anything.
Every action shows the docker command line that does the same.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/gantry-app/gantry")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so invisible to dpkg-shlibdeps: the SVG icon engine and image format
# (every icon of the window is an SVG).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# The engine may be on another machine (tcp://, ssh://), so docker itself is only recommended;
# the keyring keeps registry passwords, the compose tool runs compose projects.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io | docker-ce, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker-compose, openssh-client, qt6-translations-l10n, qt6-wayland")
include(CPack)
