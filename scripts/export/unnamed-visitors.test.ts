import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dropVisitorNames } from "./unnamed-visitors.mjs";

const file = path.resolve(import.meta.dirname, "../../node_modules/unist-util-visit-parents/lib/index.js");

describe("the renderer's unist-util-visit-parents", () => {
  it("loses the naming of each visitor and nothing else", () => {
    const source = fs.readFileSync(file, "utf8");
    expect(source).toMatch(/Object\.defineProperty\(visit, ['"]name['"]/);
    const changed = dropVisitorNames(source, file);
    expect(changed).not.toMatch(/defineProperty/);
    expect(changed).toContain("function visit()");
    expect(source.split("\n").length - changed.split("\n").length).toBeLessThan(20);
  });

  it("refuses a version whose code it does not recognise, rather than keep the cost silently", () => {
    expect(() => dropVisitorNames("export function visitParents() {}", "x.js")).toThrow(/no longer names its visitors/);
  });
});
