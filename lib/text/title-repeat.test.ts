import { describe, expect, it } from "vitest";
import { isTitleRepeat } from "./title-repeat";

describe("isTitleRepeat", () => {
  it("ignores width, case, spaces and the punctuation around the text", () => {
    expect(isTitleRepeat("「Ｌｌａｍａ　4の挑戦」！", "Llama 4の挑戦")).toBe(true);
    expect(isTitleRepeat("Llama 4の挑戦は続く", "Llama 4の挑戦")).toBe(false);
    expect(isTitleRepeat("。。。", "。")).toBe(false);
  });

  it("takes time linear in the text, even with a long run of punctuation inside it", () => {
    expect(isTitleRepeat("x" + "。".repeat(50_000) + "x", "x")).toBe(false);
  });
});
