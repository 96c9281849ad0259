#!/usr/bin/env bash
# One entry point for a fresh Debian 12 / Ubuntu machine:
#   scripts/dev.sh run    install what is missing, build, launch the Coro app
#   scripts/dev.sh test   install what is missing, build, run the whole test suite headless
#   scripts/dev.sh build  install what is missing and build only
set -euo pipefail

cd "$(dirname "$0")/.."
PRESET=${CORO_PRESET:-default}
BUILD_DIR=build/$PRESET

# Debian's names (TOOLCHAIN.md). libsecret-1-0 is loaded by QtKeychain at run time.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-websockets-dev
  qt6-httpserver-dev qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qt-labs-qmlmodels
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
  libmd4c-dev libmd4c-html0-dev libdtl-dev libjs-highlight.js libsimdjson-dev
  xvfb xauth bubblewrap python3 valgrind libqt6svg6
  qt6-multimedia-dev qt6-speech-dev
)

install_missing() {
  local missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake --preset "$PRESET" >/dev/null
  cmake --build --preset "$PRESET" --parallel "$(nproc)"
}

run_tests() {
  # Headless recipe: a private D-Bus session with an unlocked gnome-keyring, and Xvfb.
  XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"; export XDG_RUNTIME_DIR
  HOME=$(mktemp -d); export HOME
  export CORO_REQUIRE_KEYCHAIN=1 # The keychain test must not skip here.
  dbus-run-session -- sh -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
    && xvfb-run -a ctest --test-dir "$0" --output-on-failure --parallel 2 --timeout 300' "$BUILD_DIR"
}

case "${1:-}" in
  run)   install_missing; build; exec "$BUILD_DIR/app/desktop/coro" ;;
  test)  install_missing; build; run_tests ;;
  build) install_missing; build ;;
  *) echo "usage: scripts/dev.sh run|test|build" >&2; exit 1 ;;
esac
