import { say } from "../../messages";
import fs from "node:fs";
import path from "node:path";
import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { asciiFlowchartIds } from "./mermaid-ids";
import { drawDiagram, placeDrawing, readDiagram, RENDERER_VERSION, type DiagramProblem, type DiagramSource } from "./mermaid";

/** The problem in English words (lib/messages). */
const problem = (source: string) => {
  const found = readDiagram(source) as DiagramProblem;
  return { ...found, message: say(found.message, "en"), fix: say(found.fix, "en") };
};
const read = (source: string) => readDiagram(source) as DiagramSource;

function drawn(source: string): Element {
  const result = drawDiagram(source);
  if (!("drawing" in result)) throw new Error(`not drawn: ${result.problem.message}`);
  return placeDrawing(result.drawing, "user-content-diagram-1-");
}

describe("readDiagram", () => {
  it("knows the five types yomu draws, with Mermaid's header forms", () => {
    expect(read("graph TD\n  A --> B").kind).toBe("flowchart");
    expect(read("flowchart LR\n  A --> B").kind).toBe("flowchart");
    expect(read("%% コメント\n\nsequenceDiagram\n  A->>B: やあ").kind).toBe("sequence");
    expect(read("classDiagram\n  A <|-- B").kind).toBe("class");
    expect(read("stateDiagram-v2\n  [*] --> 待機").kind).toBe("state");
    expect(read("erDiagram\n  顧客 ||--o{ 注文 : する").kind).toBe("er");
  });

  it("reads a title from the front matter or accTitle, a description from accDescr, and gives the renderer neither", () => {
    const fm = read('---\ntitle: "注文の流れ"\n---\nflowchart LR\n  A --> B');
    expect(fm.title).toBe("注文の流れ");
    expect(fm.text).toBe("flowchart LR\n  A --> B");
    const acc = read("graph TD\n  accTitle: 承認\n  accDescr: 申請から承認まで\n  A --> B");
    expect([acc.title, acc.description]).toEqual(["承認", "申請から承認まで"]);
    expect(acc.text).not.toMatch(/acc/);
    expect(read("graph TD\n  accDescr {\n    複数行の\n    説明\n  }\n  A --> B").description).toBe("複数行の 説明");
  });

  it("splits Mermaid's `;` statements and drops click lines", () => {
    expect(read("graph TD; A-->B; B-->C").text).toBe("graph TD\nA-->B\nB-->C");
    expect(read('graph TD\n  A --> B; subgraph S\n  B\n  end\n  click A "https://example.com/"').text).toBe("graph TD\n  A --> B\n subgraph S\n  B\n  end\n");
  });

  it("accepts what Mermaid accepts: <br> in labels, quoted brackets, flag shapes, ER cardinalities", () => {
    expect(read("graph TD\n  A[一行目<br>二行目] --> B").kind).toBe("flowchart");
    expect(read('graph TD\n  A["f(x) = [1]"] --> B>旗]').kind).toBe("flowchart");
    expect(read("erDiagram\n  A ||--o{ B : has\n  B }|..|{ C : x\n  A {\n    int id PK\n  }").kind).toBe("er");
  });

  it("names the line of a syntax error, counted in the diagram's source", () => {
    expect(problem("graph TD\n  A --> B\n  B --> C[閉じない")).toMatchObject({ kind: "syntax", line: 2, message: expect.stringMatching(/bracket left open/) });
    expect(problem("graph TD\n  A --> B\n  end")).toMatchObject({ kind: "syntax", line: 2, message: "this end closes no subgraph" });
    expect(problem("graph TD\n  subgraph S\n  A --> B")).toMatchObject({ kind: "syntax", line: 1, message: "subgraph is never closed" });
    expect(problem("sequenceDiagram\n  A->>B: やあ\n  B->>A")).toMatchObject({ kind: "syntax", line: 2, message: "a message without its text" });
    expect(problem("sequenceDiagram\n  loop 毎秒\n  A->>B: ping")).toMatchObject({ kind: "syntax", line: 1 });
    expect(problem("classDiagram\n  class A {\n    +int x")).toMatchObject({ kind: "syntax", line: 1, message: "this { is never closed" });
    expect(problem("---\ntitle: x\n\ngraph TD")).toMatchObject({ kind: "syntax", line: 0 });
    expect(problem("grahp TD\n  A --> B")).toMatchObject({ kind: "syntax", line: 0, message: 'unknown diagram type "grahp"' });
    expect(problem("")).toMatchObject({ kind: "syntax", message: "the diagram is empty" });
  });

  it("tells a type yomu does not draw from a mistake", () => {
    expect(problem("gitGraph\n  commit")).toMatchObject({ kind: "unsupported", line: 0, message: expect.stringMatching(/gitGraph/) });
    expect(problem('\npie title 比率\n  "a": 1')).toMatchObject({ kind: "unsupported", line: 1 });
  });
});

/** The first drawing loads the layout engine: room for a loaded machine. */
describe("drawDiagram", { timeout: 120_000 }, () => {
  it("is cached under the installed renderer's version", () => {
    const installed = JSON.parse(fs.readFileSync(path.resolve("node_modules/beautiful-mermaid/package.json"), "utf8")) as { version: string };
    expect(RENDERER_VERSION).toBe(`beautiful-mermaid@${installed.version}`);
  });

  it.each([
    ["flowchart", "graph TD\n  A[開始] --> B{判定}\n  B -->|はい| C[処理]", ["開始", "判定", "はい", "処理"]],
    ["sequence", "sequenceDiagram\n  participant U as 利用者\n  U->>S: 依頼\n  S-->>U: 返答", ["利用者", "依頼", "返答"]],
    ["class", "classDiagram\n  class 動物 {\n    +String 名前\n    +鳴く() void\n  }\n  動物 <|-- 犬", ["動物", "犬"]],
    ["state", "stateDiagram-v2\n  [*] --> 待機\n  待機 --> 実行 : 開始", ["待機", "実行", "開始"]],
    ["er", "erDiagram\n  顧客 ||--o{ 注文 : 出す", ["顧客", "注文", "出す"]],
  ])("draws a %s diagram as an svg with role img, named by its type and labels", (_kind, source, labels) => {
    const svg = drawn(source);
    expect(svg.tagName).toBe("svg");
    expect(svg.properties.role).toBe("img");
    for (const label of labels) expect(svg.properties.ariaLabel).toContain(label);
    const html = toHtml(svg);
    expect(html).not.toMatch(/<style|data-|@import|font-family|<script/);
  });

  it("draws an ER relationship that starts with }o (zero or more)", () => {
    expect(drawn("erDiagram\n  記事 }o--o{ タグ : 付く\n  著者 }o..|| 記事 : 書く").properties.ariaLabel).toBe("ER 図: 記事、タグ、著者、付く、書く");
  });

  it("uses the diagram's own title as its name", () => {
    expect(drawn("graph TD\n  accTitle: 承認の流れ\n  A --> B").properties.ariaLabel).toBe("承認の流れ");
  });

  it("gives marker ids the page prefix, and the lines point at them", () => {
    const svg = drawn("graph LR\n  A --> B");
    const ids: string[] = [];
    const refs: string[] = [];
    visit(svg, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.push(node.properties.id);
      if (typeof node.properties.markerEnd === "string") refs.push(node.properties.markerEnd);
    });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^user-content-diagram-1-/);
    for (const ref of refs) expect(ids).toContain(ref.slice("url(#".length, -1));
  });

  it("keeps a post's plain colours and drops one that would load something", () => {
    const html = toHtml(drawn("graph TD\n  A --> B\n  style A fill:url(https://example.com/x),stroke:#f00\n  style B fill:#fcc"));
    expect(html).not.toContain("example.com");
    expect(html).toContain('stroke="#f00"');
    expect(html).toContain('fill="#fcc"');
  });

  it("a label with markup is text", () => {
    const svg = drawn('graph TD\n  A["<img src=x onerror=alert(1)>"] --> B["<script>alert(1)</script>"]');
    const tags = new Set<string>();
    visit(svg, "element", (node: Element) => void tags.add(node.tagName));
    expect([...tags].filter((t) => t === "img" || t === "script")).toEqual([]);
    expect(toHtml(svg)).toContain(">&#x3C;script>alert(1)&#x3C;/script></text>");
  });

  it("reports a type yomu does not draw instead of drawing it", () => {
    expect(drawDiagram("mindmap\n  root")).toMatchObject({ problem: { kind: "unsupported" } });
  });
});

describe("asciiFlowchartIds", () => {
  it("gives ids in any script an ASCII alias, labelled with the id where the post gives no label", () => {
    expect(
      asciiFlowchartIds(["入力 --> 処理 --> 出力", "処理[処理する] -- はい --> 完了((終わり))", "style 入力 fill:#fcc", "subgraph 外側の層", "A -->|日本語| 出力", "end", 'X["括弧(あり)"] --> 出力']),
    ).toEqual(['u1["入力"] --> u2 --> u3["出力"]', "u2[処理する] -- はい --> u4((終わり))", "style u1 fill:#fcc", "subgraph u5 [外側の層]", "A -->|日本語| u3", "end", 'X["括弧(あり)"] --> u3']);
  });

  it("so a flowchart of Japanese ids is drawn with its names", { timeout: 120_000 }, () => {
    expect(drawn("graph LR\n  入力 --> 処理 --> 出力").properties.ariaLabel).toBe("フローチャート: 入力、処理、出力");
  });
});
