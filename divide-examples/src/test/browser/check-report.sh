#!/usr/bin/env bash
# Renders the divide report in headless Chromium, checks that every chart rendered and keeps a
# screenshot under divide-examples/target/browser/ (a build artifact, never committed).
# Skips cleanly (exit 0) when Chromium is not installed; CI does not depend on it.
#   divide-examples/src/test/browser/check-report.sh [report.html]
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"            # divide-examples
root="$(cd "$here/.." && pwd)"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "check-report: chromium not installed; skipped"
  exit 0
fi
out="$here/target/browser"
mkdir -p "$out"
report="${1:-$out/divide-report.html}"
if [ $# -eq 0 ]; then
  "$root/divide" report --out "$report" >/dev/null
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")
"$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$report" >"$out/dom.html" 2>"$out/console.log" || true
"$browser" "${flags[@]}" --window-size=1100,3000 --screenshot="$out/report.png" "file://$report" >/dev/null 2>&1 || true
svgs=$(grep -o '<svg' "$out/dom.html" | wc -l)
paths=$(grep -o '<path' "$out/dom.html" | wc -l)
countries=$(grep -o 'class="country"' "$out/dom.html" | wc -l)
errors=$(grep -ci 'Uncaught\|SyntaxError\|TypeError' "$out/console.log" || true)
echo "check-report: $svgs svg, $paths path, $countries country shapes, $errors script errors; screenshot $out/report.png"
fail=0
[ "$svgs" -ge 8 ] || { echo "check-report: expected at least 8 charts"; fail=1; }
[ "$countries" -ge 170 ] || { echo "check-report: expected at least 170 map shapes"; fail=1; }
[ "$errors" -eq 0 ] || { echo "check-report: script errors, see $out/console.log"; fail=1; }
[ -s "$out/report.png" ] || { echo "check-report: no screenshot"; fail=1; }
exit $fail
