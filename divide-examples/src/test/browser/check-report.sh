#!/usr/bin/env bash
# Renders divide reports in headless Chromium, checks that every chart and the map rendered and
# keeps a screenshot of each under divide-examples/target/browser/ (build artifacts, never committed).
# Skips cleanly (exit 0) when Chromium is not installed; CI does not depend on it.
#   divide-examples/src/test/browser/check-report.sh              the embedded report and two user reports
#   divide-examples/src/test/browser/check-report.sh report.html  one report already written
# The user reports: COINr's ASEM iMeta/iData (divide-testdata) by GDP group, and a small spec over
# World Bank WDI files (divide-examples' test resources, org/divide/examples/report/).
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
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")
fail=0

# check NAME FILE MIN_SVG MIN_COUNTRIES: renders FILE, counts charts and map shapes in the rendered DOM
check() {
  local name="$1" report="$2" min_svg="$3" min_countries="$4"
  "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$report" >"$out/$name.dom.html" \
      2>"$out/$name.console.log" || true
  "$browser" "${flags[@]}" --window-size=1100,3000 --screenshot="$out/$name.png" "file://$report" >/dev/null 2>&1 || true
  local svgs paths countries errors
  svgs=$(grep -o '<svg' "$out/$name.dom.html" | wc -l)
  paths=$(grep -o '<path' "$out/$name.dom.html" | wc -l)
  countries=$(grep -o 'class="country"' "$out/$name.dom.html" | wc -l)
  errors=$(grep -ci 'Uncaught\|SyntaxError\|TypeError' "$out/$name.console.log" || true)
  echo "check-report: $name: $svgs svg, $paths path, $countries country shapes, $errors script errors;" \
       "screenshot $out/$name.png"
  [ "$svgs" -ge "$min_svg" ] || { echo "check-report: $name: expected at least $min_svg charts"; fail=1; }
  [ "$countries" -ge "$min_countries" ] || { echo "check-report: $name: expected at least $min_countries map shapes"; fail=1; }
  [ "$errors" -eq 0 ] || { echo "check-report: $name: script errors, see $out/$name.console.log"; fail=1; }
  [ -s "$out/$name.png" ] || { echo "check-report: $name: no screenshot"; fail=1; }
}

if [ $# -gt 0 ]; then
  check report "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" 3 0
  exit $fail
fi
"$root/divide" report --out "$out/divide-report.html" >/dev/null
check divide-report "$out/divide-report.html" 10 170
asem="$root/divide-testdata/src/main/resources/org/divide/testdata/asem"
"$root/divide" report --meta "$asem/ASEM_iMeta.csv" --data "$asem/ASEM_iData.csv" --group GDP_group \
    --out "$out/asem-report.html" >/dev/null 2>&1
check asem-report "$out/asem-report.html" 4 170
wdi="$here/src/test/resources/org/divide/examples/report"
"$root/divide" report --spec "$wdi/digital-access.json" --data "$wdi/wdi_digital_2015_2024.csv" \
    --weight SP.POP.TOTL --year 2022 --out "$out/wdi-report.html" >/dev/null 2>&1
check wdi-report "$out/wdi-report.html" 6 170
exit $fail
