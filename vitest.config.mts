import { defineConfig } from "vitest/config";

/** Unit tests (`npm run test:unit`); tests that run whole builds are in vitest.integration.config.mts. */
export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
  },
});
