import { describe, expect, it } from "vitest";
import { keepWordsTogether, shareImageCard, titleFontSize, type CardElement } from "./card";

const WJ = "\u2060";

function texts(element: CardElement): string[] {
  const { children } = element.props;
  if (typeof children === "string") return [children];
  if (!children) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe("share image card", () => {
  it("lets a Japanese title break between words, never inside one", () => {
    const glued = keepWordsTogether("決算を読み解く");
    expect(glued.replaceAll(WJ, "")).toBe("決算を読み解く");
    // 決算 stays whole; a line may break before を.
    expect(glued.startsWith(`決${WJ}算を`)).toBe(true);
    expect(keepWordsTogether("NVIDIA決算")).toContain(`N${WJ}V${WJ}I${WJ}D${WJ}I${WJ}A`);
  });

  it("shows the title, the site's name and the date", () => {
    const card = shareImageCard({ title: "投資の話", siteName: "yomu", date: "2025年12月11日" });
    expect(texts(card).map((t) => t.replaceAll(WJ, ""))).toEqual(["投資の話", "読", "yomu", "2025年12月11日"]);
    expect(texts(shareImageCard({ title: "説明", siteName: "yomu" }))).not.toContain("2025年12月11日");
  });

  it("draws short titles larger than long ones", () => {
    const short = titleFontSize("短い題");
    const long = titleFontSize("とても長いタイトル".repeat(8));
    expect(short).toBeGreaterThan(long);
    expect(titleFontSize("Why Large Language Models Need Better Benchmarks")).toBeGreaterThanOrEqual(titleFontSize("大規模言語モデルにより良いベンチマークが必要な理由を考える"));
  });

  it("leaves out characters that draw nothing", () => {
    expect(texts(shareImageCard({ title: "ゼロ\u200B幅", siteName: "y\u200Bomu" })).map((t) => t.replaceAll(WJ, ""))).toEqual(["ゼロ幅", "読", "yomu"]);
  });
});
