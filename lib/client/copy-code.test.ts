import { describe, expect, it } from "vitest";
import { codeOf, COPIED_LABEL, labelAfter } from "./copy-code";

/** The smallest stand-in for the DOM a code block has: closest() and querySelector(). */
function block(code: string | undefined) {
  const codeEl = code === undefined ? null : { textContent: code };
  const blockEl = { querySelector: (selector: string) => (selector === "pre code" ? codeEl : null) };
  return { closest: (selector: string) => (selector === ".code-block" ? blockEl : null) } as unknown as Element;
}

describe("copy-code", () => {
  it("copies the text of the block's code, exactly", () => {
    expect(codeOf(block("- a\n+ b\n"))).toBe("- a\n+ b\n");
  });

  it("copies nothing for a button outside a code block", () => {
    expect(codeOf(block(undefined))).toBeUndefined();
    expect(codeOf({ closest: () => null } as unknown as Element)).toBeUndefined();
  });

  it("says whether it copied", () => {
    expect(labelAfter(true)).toBe(COPIED_LABEL);
    expect(labelAfter(false)).not.toBe(COPIED_LABEL);
  });
});
