import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { skippedReport } from "./skipped.mjs";

describe("skippedReport", () => {
  it("says nothing when every URL has its file", () => {
    expect(skippedReport([])).toBeUndefined();
  });

  it("lists each URL without a file once, in order, after a line saying why", () => {
    expect(skippedReport(["/tags/_none/page/_none/", "/page/_none/", "/page/_none/"])).toBe(
      "build:static: 2 URLs have no file (notFound() or a 404 answer while exporting; the host serves 404.html there):\n" +
        "  /page/_none/\n" +
        "  /tags/_none/page/_none/",
    );
    expect(skippedReport(["/posts/gone/"])).toMatch(/^build:static: 1 URL has no file .*\n {2}\/posts\/gone\/$/);
  });
});
