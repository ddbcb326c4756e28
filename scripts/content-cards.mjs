#!/usr/bin/env node
/**
 * Entry point of `npm run content:cards`: runs scripts/content-cards.ts with jiti,
 * so it reuses lib/ as it is.
 */
import { createJiti } from "jiti";

const jiti = createJiti(import.meta.url, { jsx: { runtime: "automatic" } });
await jiti.import("./content-cards.ts");
