/**
 * Jest runs the suites in three projects, by folder, so that each can be run alone:
 * - unit: no Kodi, no broker, no browser (test/unit, test/compiler, test/addon): `npm run test:unit`;
 * - integration: a real Mosquitto (test/integration);
 * - e2e: real Kodi instances, Mosquitto and Chromium (test/e2e, test/harness).
 * test/unit/test-layout.test.ts checks that every test file is in exactly one project, and that
 * the unit folders start none of those programs.
 */
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};

module.exports = {
  projects: [
    { ...common, displayName: "unit", roots: ["<rootDir>/test/unit", "<rootDir>/test/compiler", "<rootDir>/test/addon"] },
    { ...common, displayName: "integration", roots: ["<rootDir>/test/integration"] },
    // The global set-up builds (or finds cached) the Debian roots that Kodi 19 and 21 run from.
    { ...common, displayName: "e2e", roots: ["<rootDir>/test/e2e", "<rootDir>/test/harness"], globalSetup: "<rootDir>/test/support/kodi-roots-setup.ts" },
  ],
};
