import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { diskImageCache } from "./image-cache";
import { MissingGlyphsError } from "./render";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-share-images-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("share image cache", () => {
  it("returns the same bytes for a key without drawing again, also from a new process's cache", async () => {
    const dir = tempDir();
    const draw = vi.fn(async () => new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
    const first = await diskImageCache(dir).get("ab12", draw);
    const again = await diskImageCache(dir).get("ab12", draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    expect(again).toEqual({ png: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) });
  });

  it("draws a new key", async () => {
    const cache = diskImageCache(tempDir());
    const draw = vi.fn(async () => new Uint8Array([1]));
    await cache.get("aa01", draw);
    await cache.get("aa02", draw);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it("remembers which characters a card lacks, so a rebuild reports them without drawing", async () => {
    const dir = tempDir();
    const draw = vi.fn(async (): Promise<Uint8Array> => {
      throw new MissingGlyphsError(["🚀"]);
    });
    expect(await diskImageCache(dir).get("cd34", draw)).toEqual({ missing: ["🚀"] });
    expect(await diskImageCache(dir).get("cd34", draw)).toEqual({ missing: ["🚀"] });
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it("does not cache other failures", async () => {
    const cache = diskImageCache(tempDir());
    await expect(cache.get("ef56", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(cache.get("ef56", async () => new Uint8Array([7]))).resolves.toEqual({ png: new Uint8Array([7]) });
  });
});
