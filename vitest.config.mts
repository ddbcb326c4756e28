import { defineConfig } from "vitest/config";

/** Unit tests (`npm run test:unit`); tests that run whole builds are in vitest.integration.config.mts. */
export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
    exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
    // A shared or busy machine is slow: a test fails on what it asserts, not on a tight default
    // timeout. Tests that guard against super-linear work still end far beyond this bound if it returns.
    testTimeout: 30_000,
  },
});
