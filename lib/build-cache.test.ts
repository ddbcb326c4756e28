/**
 * The build cache is off under NODE_ENV=test (every unit test computes afresh);
 * these tests load it as a build does.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let dir: string;
const saved = { ...process.env };

async function buildCache(env: Record<string, string | undefined>) {
  Object.assign(process.env, { NODE_ENV: "production", YOMU_CACHE_DIR: dir, YOMU_CACHE: undefined }, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  vi.resetModules();
  return import("./build-cache");
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-cache-"));
});
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("outputs cached by their latest version", () => {
  it("give the saved value back for the same key, and make it again for another, keeping one slot per name", async () => {
    const { cachedLatest } = await buildCache({});
    const make = vi.fn((v: string) => v);
    expect(cachedLatest("feed a", "k1", () => make("first"))).toBe("first");
    expect(cachedLatest("feed a", "k1", () => make("not made"))).toBe("first");
    expect(cachedLatest("feed a", "k2", () => make("second"))).toBe("second");
    expect(cachedLatest("feed b", "k2", () => make("other feed"))).toBe("other feed");
    expect(make).toHaveBeenCalledTimes(3);
    expect(fs.readdirSync(path.join(dir, "latest"))).toHaveLength(2);
  });

  it("are made afresh when the slot is unreadable, and never cached with YOMU_CACHE=0", async () => {
    const { cachedLatest } = await buildCache({});
    cachedLatest("feed a", "k1", () => "first");
    const [slot] = fs.readdirSync(path.join(dir, "latest"));
    fs.writeFileSync(path.join(dir, "latest", slot), "{not json");
    expect(cachedLatest("feed a", "k1", () => "again")).toBe("again");
    const off = await buildCache({ YOMU_CACHE: "0" });
    expect(off.cachedLatest("feed a", "k1", () => "uncached")).toBe("uncached");
  });

  it("are only cached when the build names its code", async () => {
    expect((await buildCache({ YOMU_CODE_KEY: undefined })).buildCodeKey()).toBeUndefined();
    expect((await buildCache({ YOMU_CODE_KEY: "abc v20" })).buildCodeKey()).toBe("abc v20");
    expect((await buildCache({ YOMU_CODE_KEY: "abc v20", YOMU_CACHE: "0" })).buildCodeKey()).toBeUndefined();
  });
});
