#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080, rebuilding on changes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
# --offline: Trunk must never try to download wasm-bindgen or wasm-opt.
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 "$@"
