import { describe, expect, it } from "vitest";
import {
  alertKind,
  alertMarkerLine,
  cardUrlLine,
  codeInfo,
  containerClose,
  containerOpen,
  embedLine,
  embedTarget,
  findInlineMath,
  isMathFence,
  diagramText,
  isDiagramFence,
  notationText,
  splitRuby,
} from "./notation-text";
import { DOLLAR_CASES } from "./notation/dollar-cases.fixture";

describe("inline math: Pandoc's $ rule", () => {
  it.each(DOLLAR_CASES)("%s", (text, formulas) => {
    expect(findInlineMath(text).map((m) => m.tex)).toEqual(formulas);
  });

  it("gives the offsets of both dollars", () => {
    expect(findInlineMath("a $x$ b")).toEqual([{ start: 2, end: 5, tex: "x" }]);
  });

  it("does not cross a line end", () => {
    expect(findInlineMath("$a\nb$")).toEqual([]);
  });
});

describe("containers", () => {
  it("reads the opening line: colons, name and arguments", () => {
    expect(containerOpen(":::message")).toEqual({ colons: 3, name: "message", args: "" });
    expect(containerOpen(":::message alert")).toEqual({ colons: 3, name: "message", args: "alert" });
    expect(containerOpen("::::details タイトル  ")).toEqual({ colons: 4, name: "details", args: "タイトル" });
    expect(containerOpen(":::")).toBeUndefined();
    expect(containerOpen("::message")).toBeUndefined();
    expect(containerOpen("    :::message")).toBeUndefined();
  });

  it("reads the closing line", () => {
    expect(containerClose(":::")).toBe(3);
    expect(containerClose("::::  ")).toBe(4);
    expect(containerClose(":::message")).toBeUndefined();
  });
});

describe("alerts", () => {
  it("knows the five kinds, in any case, alone on the line", () => {
    expect(alertKind("[!NOTE]")).toBe("note");
    expect(alertKind("[!caution]")).toBe("caution");
    expect(alertKind("[!NOTE] text")).toBeUndefined();
    expect(alertKind("[!INFO]")).toBeUndefined();
    expect(alertMarkerLine("> [!WARNING]")).toEqual({ kind: "warning", label: "警告" });
    expect(alertMarkerLine(">[!TIP]")).toEqual({ kind: "tip", label: "ヒント" });
    expect(alertMarkerLine("[!TIP]")).toBeUndefined();
  });
});

describe("math fences, embed lines, card lines", () => {
  it("recognises each line kind", () => {
    expect(isMathFence("$$")).toBe(true);
    expect(isMathFence("$$ x $$")).toBe(false);
    expect(embedLine("@[youtube](dQw4w9WgXcQ)")).toEqual({ service: "youtube", target: "dQw4w9WgXcQ" });
    expect(embedLine("見て @[youtube](x)")).toBeUndefined();
    expect(cardUrlLine("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(cardUrlLine("<https://example.com/>")).toBe("https://example.com/");
    expect(cardUrlLine("see https://example.com/")).toBeUndefined();
  });

  it("builds the card URL of an embed, or refuses a bad target", () => {
    expect(embedTarget("youtube", "dQw4w9WgXcQ")?.url).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(embedTarget("speakerdeck", "abc123")?.url).toBe("https://speakerdeck.com/player/abc123");
    expect(embedTarget("card", "https://example.com/x")?.url).toBe("https://example.com/x");
    expect(embedTarget("card", "javascript:alert(1)")).toBeUndefined();
    expect(embedTarget("youtube", "a b")).toBeUndefined();
    expect(embedTarget("unknown", "https://example.com/")).toBeUndefined();
    expect(embedTarget("constructor", "x")).toBeUndefined();
  });
});

describe("code info strings (Zenn and Qiita)", () => {
  it.each([
    ["ts", { lang: "ts", diff: false }],
    ["ts:path/to/file.ts", { lang: "ts", filename: "path/to/file.ts", diff: false }],
    [":notes.txt", { lang: "", filename: "notes.txt", diff: false }],
    ["diff", { lang: "diff", diff: false }],
    ["diff ts", { lang: "ts", diff: true }],
    ["diff ts:a.ts", { lang: "ts", filename: "a.ts", diff: true }],
    ["diff_ruby:app.rb", { lang: "ruby", filename: "app.rb", diff: true }],
    ["", { lang: "", diff: false }],
  ])("%s", (info, expected) => {
    expect(codeInfo(info)).toEqual(expected);
  });
});

describe("ruby", () => {
  it("splits text into runs and ruby, with or without the bar", () => {
    expect(splitRuby("｜東京《とうきょう》と漢字《かんじ》です")).toEqual([
      { base: "東京", reading: "とうきょう" },
      "と",
      { base: "漢字", reading: "かんじ" },
      "です",
    ]);
    expect(splitRuby("ひらがな《よみ》")).toEqual(["ひらがな《よみ》"]);
    expect(splitRuby("|Tokyo《とうきょう》")).toEqual([{ base: "Tokyo", reading: "とうきょう" }]);
    expect(splitRuby("《》だけ")).toEqual(["《》だけ"]);
  });
});

describe("notationText: the text a reader sees", () => {
  it("ruby → base, inline math → TeX, embed line → nothing, prices stay", () => {
    expect(notationText("｜東京《とうきょう》の漢字《かんじ》")).toBe("東京の漢字");
    expect(notationText("式 $E=mc^2$ と 1ドル=150円、$5")).toBe("式 E=mc^2 と 1ドル=150円、$5");
    expect(notationText("@[youtube](dQw4w9WgXcQ)")).toBe("");
  });
});

describe("diagrams", () => {
  it("knows a mermaid fence", () => {
    expect(isDiagramFence("```mermaid")).toBe(true);
    expect(isDiagramFence("~~~ mermaid")).toBe(true);
    expect(isDiagramFence("```mermaidx")).toBe(false);
    expect(isDiagramFence("```ts")).toBe(false);
  });

  it("reads a diagram's labels and names, not its syntax", () => {
    expect(diagramText("graph TD\n  A[注文を受ける] -->|在庫あり| B{発送する?}\n  style A fill:#fcc\n  %% メモ")).toBe("A 注文を受ける 在庫あり B 発送する?");
    expect(diagramText("sequenceDiagram\n  participant U as 利用者\n  U->>S: 依頼する\n  Note over U,S: 認証済み")).toBe("U 利用者 U S 依頼する U,S 認証済み");
    expect(diagramText("erDiagram\n  顧客 ||--o{ 注文 : 出す")).toBe("顧客 注文 出す");
  });
});
