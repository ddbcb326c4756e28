import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { siteConfig } from "../../site.config";
import { checkImages } from "../markdown/image-check";
import { createDevContent } from "./dev-content";

vi.mock("../markdown/image-check", async (original) => {
  const real = await original<typeof import("../markdown/image-check")>();
  return { ...real, checkImages: vi.fn(real.checkImages) };
});

const pictured = (title: string) => `---\ntitle: ${title}\ndate: 2025-01-02\n---\n\n${title}\n\n![図](./images/missing.png)\n`;

/** Real time for the folder watcher while the background pass's timers stand still. */
const settle = async () => {
  const until = performance.now() + 300;
  while (performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
};

afterEach(() => {
  vi.useRealTimers();
});

describe("the dev server's image check after a save", () => {
  it("looks at the saved post at once and leaves the others to the background pass", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-dev-images-"));
    for (const name of ["a", "b", "c"]) fs.writeFileSync(path.join(dir, `${name}.md`), pictured(name));
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const check = vi.mocked(checkImages);
    check.mockClear();
    const dev = createDevContent(siteConfig);
    dev.index(dir);
    expect(check).not.toHaveBeenCalled();

    // Saved before the background pass has run: only this post is read again for its images.
    fs.writeFileSync(path.join(dir, "a.md"), pictured("a2"));
    await settle();
    const saved = dev.index(dir);
    expect(saved.bySlug.get("a")?.title).toBe("a2");
    expect(check).toHaveBeenCalledTimes(1);
    expect(saved.issues.filter((i) => i.rule === "image").map((i) => path.basename(i.file))).toEqual(["a.md"]);

    // The background pass finds the others; the saved post keeps what its save found.
    vi.runAllTimers();
    await settle();
    const all = dev.index(dir);
    expect(all.issues.filter((i) => i.rule === "image").map((i) => path.basename(i.file)).sort()).toEqual(["a.md", "b.md", "c.md"]);
  }, 60_000);
});
