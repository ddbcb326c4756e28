import { defineConfig } from "vitest/config";

/** Tests that run several complete builds (`npm run test:integration`, part of `npm test`). */
export default defineConfig({
  test: {
    include: ["lib/**/*.integration.test.ts", "scripts/**/*.integration.test.ts"],
    environment: "node",
    // Each test already spreads one build over every core.
    fileParallelism: false,
  },
});
