#!/usr/bin/env node
/**
 * Entry point of `npm run content:check`: runs scripts/content-check.ts with
 * jiti (TypeScript and JSX, the automatic React runtime), so the check reuses
 * lib/ as it is, without building anything.
 */
import { createJiti } from "jiti";

const jiti = createJiti(import.meta.url, { jsx: { runtime: "automatic" } });
await jiti.import("./content-check.ts");
