/**
 * Rebuilds skip pages whose element tree did not change (lib/export/fingerprint.ts).
 * That holds only if components show nothing but their props: none may read
 * the content, the search index or feeds by itself.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const DATA_MODULES = /from "\.\.\/lib\/(content(\/index)?|search\/site-index|feed(\/index)?|build-cache)"/;

describe("components are presentational", () => {
  for (const file of fs.readdirSync(path.join(root, "components")).filter((f) => /\.tsx?$/.test(f))) {
    it(`${file} reads no site data except through props`, () => {
      const source = fs.readFileSync(path.join(root, "components", file), "utf8");
      const valueImports = source.split("\n").filter((l) => l.startsWith("import ") && !l.startsWith("import type "));
      expect(valueImports.filter((l) => DATA_MODULES.test(l))).toEqual([]);
    });
  }
});
