#!/usr/bin/env bash
# Installs what building and testing the app needs, and only what is missing, so it is
# cheap to run every time. Source it (`. scripts/setup.sh`) to also get the PATH it
# exports; running it directly just installs.
#
# Needs, and does not install: rustup/cargo, and Node >= 20 with npm (Debian 12's
# nodejs is 18, too old for playwright-core).

vnus_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

  # Tools first on PATH: npm's wasm-opt must win over an older Debian binaryen,
  # because Trunk only uses a wasm-opt whose version matches Trunk.toml.
  export PATH="$root/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

  # A machine without Node gets Debian's (playwright-core wants Node 20; Debian 12 ships 18,
  # which the image of this project's machines already replaces with 20).
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "setup: installing nodejs and npm (apt)"
    local sudo_node=""
    [ "$(id -u)" -eq 0 ] || sudo_node="sudo"
    $sudo_node apt-get update && $sudo_node apt-get install -y nodejs npm || return 1
  fi

  local cmd
  for cmd in cargo rustup node npm; do
    command -v "$cmd" >/dev/null || { echo "setup: '$cmd' not found; install Rust (rustup) and Node >= 20 first" >&2; return 1; }
  done

  # grep without -q reads all its input, so rustup never dies of SIGPIPE (pipefail).
  if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
    echo "setup: installing Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi

  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "setup: installing chromium and chromium-driver (apt)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update && $sudo apt-get install -y chromium chromium-driver || return 1
  fi

  if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
    echo "setup: installing trunk 0.21.14 (cargo install, takes minutes)"
    cargo install trunk --version 0.21.14 --locked || return 1
  fi

  # The wasm-bindgen CLI must match the wasm-bindgen crate exactly. Not --locked: the
  # CLI's own lock file does not build with current Rust.
  local wb
  wb="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock" 2>/dev/null || true)"
  [ -n "$wb" ] || wb="$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' "$root/Cargo.toml" 2>/dev/null | head -n 1 || true)"
  [ -n "$wb" ] || wb="0.2.130"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    echo "setup: installing wasm-bindgen-cli $wb (cargo install, takes minutes)"
    cargo install wasm-bindgen-cli --version "$wb" || return 1
  fi

  # Lighthouse (scripts/lighthouse.sh) only when asked: it is not part of scripts/test.sh.
  if [ "${VNUS_LIGHTHOUSE:-}" = 1 ] && { [ ! -f "$root/tools/lighthouse/node_modules/.package-lock.json" ] \
     || [ "$root/tools/lighthouse/package-lock.json" -nt "$root/tools/lighthouse/node_modules/.package-lock.json" ]; }; then
    echo "setup: installing lighthouse 12.2.3 in tools/lighthouse/"
    (cd "$root/tools/lighthouse" && npm ci --no-audit --no-fund) || return 1
    touch "$root/tools/lighthouse/node_modules/.package-lock.json"
  fi

  # npm writes node_modules/.package-lock.json last, so it dates the install.
  if [ ! -f "$root/tools/node_modules/.package-lock.json" ] \
     || [ "$root/tools/package-lock.json" -nt "$root/tools/node_modules/.package-lock.json" ]; then
    echo "setup: installing npm tools (binaryen wasm-opt, playwright-core) in tools/"
    (cd "$root/tools" && npm ci --no-audit --no-fund) || return 1
    touch "$root/tools/node_modules/.package-lock.json"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  vnus_setup
else
  vnus_setup || return 1
fi
