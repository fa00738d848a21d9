#!/usr/bin/env bash
# Lighthouse 12.2.3 on the built page (dist/, after `trunk build --release --offline`), served
# gzipped at the root and under a sub-path; prints the four category scores of each.
# Installs Lighthouse into tools/lighthouse/ the first time (VNUS_LIGHTHOUSE=1 for setup.sh).
# `scripts/lighthouse.sh --compare [RUNS] [DIST]` instead runs the app and bench/bare in turn,
# RUNS times each (3), and prints the median of every figure for both
# (scripts/lighthouse-compare.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
VNUS_LIGHTHOUSE=1 . scripts/setup.sh
if [ "${1:-}" = --compare ]; then
  shift
  exec node scripts/lighthouse-compare.mjs "$@"
fi

out="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$out"' EXIT
for prefix in / /some/path/; do
  node scripts/serve-dist.mjs --prefix "$prefix" dist > "$out/url" &
  pids+=($!)
  until [ -s "$out/url" ]; do sleep 0.1; done
  url="$(cat "$out/url")"; : > "$out/url"
  CHROME_PATH=/usr/bin/chromium tools/lighthouse/node_modules/.bin/lighthouse "$url" \
    --quiet --output=json --output-path="$out/report.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const scores = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
    console.log(`${process.argv[2]}: ${scores}`);
    for (const c of Object.values(r.categories)) for (const ref of c.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1 && c.id !== "performance") console.log(`  ${c.title}: ${a.title} (${a.score})`);
    }' "$out/report.json" "$url"
done
