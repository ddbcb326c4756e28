import { describe, expect, it } from "vitest";
import { basePathOfScript, storageKey } from "./storage-keys";

describe("storage keys", () => {
  it("are namespaced by the site's base path", () => {
    expect(storageKey("positions", "")).toBe("yomu:positions");
    expect(storageKey("positions", "/blog")).toBe("yomu:/blog:positions");
    expect(storageKey("read", "/blog")).not.toBe(storageKey("read", "/notes"));
  });

  it("find the base path from the URL a script was served at", () => {
    expect(basePathOfScript("https://example.com/assets/reader.abc.js")).toBe("");
    expect(basePathOfScript("https://example.com/blog/assets/reader.abc.js")).toBe("/blog");
    expect(basePathOfScript("http://127.0.0.1:3000/a/b/assets/prefs.1.js")).toBe("/a/b");
  });

  it("give the same key to the page scripts and to the search page (which knows the base path from the build)", () => {
    expect(storageKey("read", basePathOfScript("https://example.com/blog/assets/read-marks.x.js"))).toBe(storageKey("read", "/blog"));
  });
});
