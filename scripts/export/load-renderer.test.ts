import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRenderer } from "./load-renderer.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function bundle(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-renderer-"));
  dirs.push(dir);
  const file = path.join(dir, "renderer-test.cjs");
  fs.writeFileSync(file, source);
  return file;
}

const SOURCE = `const path = require("node:path");
exports.name = path.basename(__filename);
exports.twice = (n) => n * 2;
exports.later = () => Promise.resolve().then(() => require("node:os").EOL);`;

describe("loading the renderer bundle", () => {
  it("runs it as CommonJS and keeps a code cache beside it once the build has run", async () => {
    const file = bundle(SOURCE);
    const first = loadRenderer(file);
    expect(first.exports.name).toBe("renderer-test.cjs");
    expect((first.exports.twice as (n: number) => number)(21)).toBe(42);
    expect(fs.existsSync(`${file}.v8cache`)).toBe(false);
    first.saveCodeCache();
    expect(fs.statSync(`${file}.v8cache`).size).toBeGreaterThan(0);

    // The next build loads from the cache, and has nothing to save.
    const before = fs.statSync(`${file}.v8cache`).mtimeMs;
    const second = loadRenderer(file);
    expect(await (second.exports.later as () => Promise<string>)()).toBe(os.EOL);
    second.saveCodeCache();
    expect(fs.statSync(`${file}.v8cache`).mtimeMs).toBe(before);
  });

  it("compiles without a cache V8 rejects, and replaces it", () => {
    const file = bundle(SOURCE);
    fs.writeFileSync(`${file}.v8cache`, "not a code cache");
    const loaded = loadRenderer(file);
    expect((loaded.exports.twice as (n: number) => number)(2)).toBe(4);
    loaded.saveCodeCache();
    expect(fs.readFileSync(`${file}.v8cache`, "utf8")).not.toBe("not a code cache");
  });

  it("reports an error in the bundle with the bundle's file name", () => {
    const file = bundle(`exports.x = 1;\nthrow new Error("broken bundle");`);
    expect(() => loadRenderer(file)).toThrow("broken bundle");
    try {
      loadRenderer(file);
    } catch (error) {
      expect((error as Error).stack).toContain(file);
    }
  });
});
