import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { areaOf, summarize } from "./summarize.mjs";

const root = "/repo";

/** A .cpuprofile of nodes given as [id, parent, url, line, function]; samples as [node, µs]. */
function profileOf(nodes: [number, number | null, string, number, string][], samples: [number, number][]) {
  return {
    nodes: nodes.map(([id, , url, lineNumber, functionName]) => ({
      id,
      callFrame: { url, lineNumber, functionName },
      children: nodes.filter((n) => n[1] === id).map((n) => n[0]),
    })),
    samples: samples.map(([id]) => id),
    timeDeltas: samples.map(([, us]) => us),
  };
}

describe("a thread's profile summarized", () => {
  it("counts self time by area and gives library time to the yomu function that called it", () => {
    const profile = profileOf(
      [
        [1, null, "", -1, "(root)"],
        [2, 1, `file://${root}/lib/markdown/render-md.ts`, 10, "toHast"],
        [3, 2, `file://${root}/node_modules/micromark/lib/parse.js`, 5, "parse"],
        [4, 1, "", -1, "(garbage collector)"],
        [5, 1, `file://${root}/lib/search/build.ts`, 3, "indexChunk"],
        [6, 5, "node:zlib", 1, "gzipSync"],
      ],
      [
        [3, 4000],
        [3, 2000],
        [2, 1000],
        [4, 2000],
        [6, 1000],
      ],
    );
    const summary = summarize(profile, { root });
    expect(summary.totalMs).toBe(10);
    expect(summary.areas).toEqual([
      { name: "Markdown parse (micromark)", ms: 6 },
      { name: "garbage collection", ms: 2 },
      { name: "Markdown → HTML transforms", ms: 1 },
      { name: "gzip", ms: 1 },
    ]);
    expect(summary.owners).toEqual([
      { name: "lib/markdown/render-md.ts: toHast", ms: 7 },
      { name: "(no yomu function: garbage collection)", ms: 2 },
      { name: "lib/search/build.ts: indexChunk", ms: 1 },
    ]);
  });

  it("reads which package a function of the renderer bundle came from by its region comment", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summarize-"));
    try {
      const bundle = path.join(dir, "renderer-abc.cjs");
      fs.writeFileSync(bundle, ["// node_modules/katex/dist/katex.mjs", "function a() {}", "// lib/feed/index.ts", "function b() {}", ""].join("\n"));
      const profile = profileOf(
        [
          [1, null, "", -1, "(root)"],
          [2, 1, `file://${bundle}`, 3, "b"],
          [3, 2, `file://${bundle}`, 1, "a"],
        ],
        [
          [3, 3000],
          [2, 1000],
        ],
      );
      const summary = summarize(profile, { root });
      expect(summary.areas).toEqual([
        { name: "KaTeX", ms: 3 },
        { name: "feeds", ms: 1 },
      ]);
      expect(summary.owners).toEqual([{ name: "lib/feed/index.ts: b", ms: 4 }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names areas by package, file or native function", () => {
    expect(areaOf("mdast-util-from-markdown/lib/index.js")).toBe("Markdown parse (micromark)");
    expect(areaOf("lib/search/bytes.ts")).toBe("search index");
    expect(areaOf("mkdir")).toBe("files (read, write, mkdir)");
    expect(areaOf("(idle)")).toBe("idle (waiting)");
    expect(areaOf("something-else/index.js")).toBe("other");
  });
});
