#!/usr/bin/env bash
# `npm test`: every test, real Kodi and Mosquitto included.
# Installs the Debian packages the real-component tests need when it can (or says how), checks
# the Pythons the add-on's code is run with (or says how to get them), type-checks, lints (ESLint
# and Prettier's check), builds the
# add-on zip the e2e tests install, then runs jest with --ci (a missing snapshot fails).
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/support/system-packages.sh
npx tsx test/support/check-pythons.ts
npx tsc --noEmit -p tsconfig.json
npx tsc --noEmit -p src/tsconfig.json
npm run lint
npm run build

mkdir -p test-artifacts
results=test-artifacts/jest-results.json
rm -f "$results"
status=0
# Kodi instances need the machine to themselves: suites run one at a time.
npx jest --ci --runInBand --json --outputFile="$results" "$@" || status=$?

# One plain closing line, whatever the reporter printed above. A suite that failed to load (a
# syntax error, a throw at import) has no failed tests but is counted as failed here.
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  if (!fs.existsSync(file)) {
    console.log("Tests: jest wrote no results (it did not run to the end): failed");
    process.exit(1);
  }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const notLoaded = r.testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).map((suite) => suite.name);
  const parts = [`${r.numPassedTests} passed`, `${r.numFailedTests} failed`];
  if (r.numPendingTests) parts.push(`${r.numPendingTests} skipped`);
  if (notLoaded.length) parts.push(`${notLoaded.length} suite(s) failed to load (${notLoaded.map((name) => require("path").relative(process.cwd(), name)).join(", ")})`);
  if (r.snapshot && r.snapshot.unchecked) parts.push(`${r.snapshot.unchecked} obsolete snapshot(s)`);
  console.log(`Tests: ${parts.join(", ")}`);
  process.exit(r.numFailedTests > 0 || notLoaded.length > 0 || r.numRuntimeErrorTestSuites > 0 || !r.success ? 1 : 0);
' "$results" || status=1
exit "$status"
