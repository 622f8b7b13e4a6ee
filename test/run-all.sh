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
rm -f test-artifacts/jest-results*.json
status=0
# Kodi instances need the machine to themselves: suites run one at a time.
npx jest --ci --runInBand --json --outputFile="$results" "$@" || status=$?

# The same add-on on the other Kodi releases people run (docs/kodi-releases.md): install from
# zip, install and update from the repository, favourites, and the settings buttons (Test connection
# crashed Kodi 19.1 once: docs/kodi-releases.md), and how the service hears Kodi's changes (Kodi 19.1
# opens no JSON-RPC TCP server here), each on Kodi 19 and on Kodi 21.
# (The main run above has Kodi 20 for everything, plus the suites that mix 19 and 21 themselves:
# cross-release-sync and cross-release-settings.) Skipped when jest was given its own selection.
if [ $# -eq 0 ]; then
  for release in 19 21; do
    KODI_RELEASE=$release npx jest --ci --runInBand --json --outputFile="test-artifacts/jest-results-kodi$release.json" \
      test/e2e/install-from-zip.test.ts test/e2e/repository-update.test.ts test/e2e/favourites-sync.test.ts test/e2e/settings-actions.test.ts \
      test/e2e/kodi-notification-stream.test.ts || status=$?
  done
fi

# One plain line per jest run, whatever the reporter printed above, then the closing line with the
# totals of all of them (the one CI reads). A suite that failed to load (a syntax error, a throw at
# import) has no failed tests but is counted as failed here.
expected=("$results")
if [ $# -eq 0 ]; then expected+=(test-artifacts/jest-results-kodi19.json test-artifacts/jest-results-kodi21.json); fi
node -e '
  const fs = require("fs");
  let failed = false;
  const total = { passed: 0, failed: 0, skipped: 0, problems: [] };
  for (const file of process.argv.slice(1)) {
    const release = /kodi(\d+)/.exec(file);
    const label = release ? `On Kodi ${release[1]}` : "On Kodi 20 (and no Kodi)";
    if (!fs.existsSync(file)) {
      console.log(`${label}: jest wrote no results (it did not run to the end)`);
      total.problems.push(`${label}: no results`);
      failed = true;
      continue;
    }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const notLoaded = r.testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).map((suite) => suite.name);
    const parts = [`${r.numPassedTests} passed`, `${r.numFailedTests} failed`];
    if (r.numPendingTests) parts.push(`${r.numPendingTests} skipped`);
    if (notLoaded.length) {
      parts.push(`${notLoaded.length} suite(s) failed to load (${notLoaded.map((name) => require("path").relative(process.cwd(), name)).join(", ")})`);
      total.problems.push(`${notLoaded.length} suite(s) failed to load`);
    }
    if (r.snapshot && r.snapshot.unchecked) {
      parts.push(`${r.snapshot.unchecked} obsolete snapshot(s)`);
      total.problems.push(`${r.snapshot.unchecked} obsolete snapshot(s)`);
    }
    console.log(`${label}: ${parts.join(", ")}`);
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests;
    failed = failed || r.numFailedTests > 0 || notLoaded.length > 0 || r.numRuntimeErrorTestSuites > 0 || !r.success;
  }
  const closing = [`${total.passed} passed`, `${total.failed} failed`];
  if (total.skipped) closing.push(`${total.skipped} skipped`);
  if (total.problems.length) console.log(`Also failed: ${total.problems.join("; ")}`);
  console.log(`Tests: ${closing.join(", ")}`);
  process.exit(failed ? 1 : 0);
' "${expected[@]}" || status=1
exit "$status"
