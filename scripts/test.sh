#!/usr/bin/env bash
# Runs every test, unit to browser, and ends with one closing line "N passed, N failed".
# Stages: type check, unit tests (library, importer, engine), OCR of scanned documents, fuzzing, the importer on the
# labelled real documents, citation accuracy,
# site build, browser tests against the built site in Debian's Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/test
rm -f .cache/test/*.json

failed_stages=()
stage() {
  local name="$1"; shift
  echo
  echo "=== $name: $*"
  if ! "$@"; then
    failed_stages+=("$name")
    return 1
  fi
}

stage typecheck npm run --silent typecheck
# Before the unit and OCR tests: some need Tesseract, and an install inside a test's hook races its timeout.
stage tesseract bash scripts/ensure-tesseract.sh
stage unit npx vitest run --config tests/vitest.unit.config.ts \
  --reporter=default --reporter=json --outputFile.json=.cache/test/unit.json
stage ocr npx vitest run --config tests/vitest.ocr.config.ts \
  --reporter=default --reporter=json --outputFile.json=.cache/test/ocr.json
stage fuzz npx vitest run --config tests/vitest.fuzz.config.ts \
  --reporter=default --reporter=json --outputFile.json=.cache/test/fuzz.json
stage real npx vitest run --config tests/vitest.real.config.ts \
  --reporter=default --reporter=json --outputFile.json=.cache/test/real.json
stage eval npm run --silent eval:citations
stage eval-relations npm run --silent eval:relations
if stage chromium bash scripts/ensure-chromium.sh && stage build npm run --silent build; then
  stage browser npx vitest run --config tests/vitest.browser.config.ts \
    --reporter=default --reporter=json --outputFile.json=.cache/test/browser.json
else
  failed_stages+=("browser (not run: no build or no Chromium)")
fi

# The plain closing line sums the vitest counts; a failed non-vitest stage counts as one failure.
npx node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of [".cache/test/unit.json", ".cache/test/ocr.json", ".cache/test/fuzz.json", ".cache/test/real.json", ".cache/test/browser.json"]) {
  if (!fs.existsSync(f)) continue;
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + (r.numTotalTests - r.numPassedTests - r.numFailedTests - (r.numPendingTests||0) - (r.numTodoTests||0));
}
const other = Number(process.argv[1]);
failed += other;
console.log("");
console.log(`tests: ${passed} passed, ${failed} failed`);
' "$(for s in "${failed_stages[@]+"${failed_stages[@]}"}"; do case "$s" in unit|ocr|fuzz|real|browser) ;; *) echo x;; esac; done | wc -l)"

if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}" >&2
  exit 1
fi
