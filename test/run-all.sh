#!/usr/bin/env bash
# `npm test`: every test, real Kodi and Mosquitto included.
# Installs the Debian packages the real-component tests need when it can (or says how),
# type-checks, builds the add-on zip the e2e tests install, then runs jest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/support/system-packages.sh
npx tsc --noEmit -p tsconfig.json
npx tsc --noEmit -p src/tsconfig.json
npm run build

mkdir -p test-artifacts
results=test-artifacts/jest-results.json
status=0
# Kodi instances need the machine to themselves: suites run one at a time.
npx jest --runInBand --json --outputFile="$results" "$@" || status=$?

# One plain closing line, whatever the reporter printed above.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$results" || true
exit "$status"
