import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tateChuYokoRuns } from "./tate-chu-yoko";

const upright = (text: string) => tateChuYokoRuns(text).filter((r) => r.upright).map((r) => r.text);

describe("縦中横 runs", () => {
  it("stand numbers of one or two digits upright", () => {
    expect(upright("2025年12月10日、第3章")).toEqual(["12", "10", "3"]);
    expect(upright("約20分で読めます")).toEqual(["20"]);
    expect(upright("1つ目と2つ目")).toEqual(["1", "2"]);
  });

  it("leave longer numbers, decimals, times and Latin words on their side", () => {
    expect(upright("2025年")).toEqual([]);
    expect(upright("3.5倍、1,000件、10:30に")).toEqual([]);
    expect(upright("Llama 4の性能")).toEqual([]);
    expect(upright("GPT-4oと4Kと4 Scout")).toEqual([]);
    expect(upright("100%")).toEqual([]);
  });

  it("keep every character, in order", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789年月 .,:-Aa日本語") }), (text) => {
        const runs = tateChuYokoRuns(text);
        expect(runs.map((r) => r.text).join("")).toBe(text);
        for (const run of runs) expect(run.text.length).toBeGreaterThan(0);
        for (const run of runs.filter((r) => r.upright)) expect(run.text).toMatch(/^[0-9]{1,2}$/);
      }),
    );
  });
});
