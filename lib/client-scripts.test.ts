import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { clientScriptByFile, clientScriptFile, clientScriptNames, compileClientScript, sourceFiles } from "./client-scripts";

const root = process.cwd();
const rel = (files: string[]) => files.map((f) => path.relative(root, f));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-client-scripts-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("client script sources", () => {
  it("are the entry and everything it imports, type-only imports included", () => {
    const files = rel(sourceFiles("lib/client/reader.ts"));
    expect(files).toContain("lib/client/reader.ts");
    expect(files).toContain("lib/client/storage.ts");
    expect(files).toContain("lib/reader/position.ts");
    expect(files).toContain("lib/reader/prefs.ts");
    expect(files).not.toContain("lib/client/read-marks.ts");
  });

  it("refuse a package import, naming the file", () => {
    fs.writeFileSync(path.join(tmp, "entry.ts"), 'import { helper } from "./helper";\nhelper();\n');
    fs.writeFileSync(path.join(tmp, "helper.ts"), 'import { z } from "zod";\nexport const helper = () => z;\n');
    expect(() => sourceFiles(path.join(tmp, "entry.ts"))).toThrow(/helper\.ts: a browser script imports "zod"/);
  });

  it("report a missing module", () => {
    fs.writeFileSync(path.join(tmp, "broken.ts"), 'export * from "./nowhere";\n');
    expect(() => sourceFiles(path.join(tmp, "broken.ts"))).toThrow(/broken\.ts: cannot find the module "\.\/nowhere"/);
  });
});

describe("client script files", () => {
  it("have distinct content-hashed names that map back to their script", () => {
    const files = clientScriptNames().map(clientScriptFile);
    expect(new Set(files).size).toBe(files.length);
    for (const name of clientScriptNames()) {
      expect(clientScriptFile(name)).toMatch(new RegExp(`^${name}\\.[\\w-]{12}\\.js$`));
      expect(clientScriptByFile(clientScriptFile(name))).toBe(name);
    }
    expect(clientScriptByFile("reader.js")).toBeUndefined();
  });

  it("bundle into one minified file without imports; the blocking one is a classic script", async () => {
    const reader = await compileClientScript("reader");
    expect(reader).not.toMatch(/^\s*import\b|\bfrom\s*["']/m);
    expect(reader).toContain("続きから読む");
    const prefs = await compileClientScript("prefs");
    expect(prefs).not.toMatch(/\bimport\b|\bexport\b/);
    expect(prefs).toContain("currentScript");
  });

  it("are small: an article page's scripts stay far below its 15 KB budget", async () => {
    const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;
    expect(gzipped(await compileClientScript("prefs")) + gzipped(await compileClientScript("reader"))).toBeLessThan(8 * 1024);
  });
});
