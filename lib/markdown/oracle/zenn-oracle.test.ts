/**
 * Zenn's own renderer (zenn-markdown-html) as the oracle: articles written for
 * this test (./fixtures/, every notation Zenn documents and the cases yomu once
 * rendered differently) go through both renderers, and their features
 * (./zenn-features.ts) must agree. Each difference is named; the intended ones
 * are in ./allowed.ts with their reason.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toHtml } from "hast-util-to-html";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import zennMarkdownToHtml from "zenn-markdown-html";
import { testMarkdown } from "../testing";
import { ALLOWED_DIFFERENCES } from "./allowed";
import { compareFeatures, featuresOf, type Difference, type Feature } from "./zenn-features";

const FIXTURES = path.join(__dirname, "fixtures");
/** Zenn renders cards and players as iframes of its embed server when given one: the test reads which service and URL. */
const ZENN_OPTIONS = { embedOrigin: "https://embed.zenn.studio" };

let root: string;
beforeAll(async () => {
  // A Zenn repository's layout: articles/ and the repository-root images/.
  root = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-oracle-"));
  fs.mkdirSync(path.join(root, "articles"));
  fs.mkdirSync(path.join(root, "images"));
  fs.writeFileSync(path.join(root, "images", "figure.png"), await sharp({ create: { width: 500, height: 250, channels: 3, background: "#2a6" } }).png().toBuffer());
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function render(name: string) {
  const body = fs.readFileSync(path.join(FIXTURES, name), "utf8");
  const file = path.join(root, "articles", name);
  fs.writeFileSync(file, body);
  const zenn = featuresOf(await zennMarkdownToHtml(body, ZENN_OPTIONS), "zenn");
  const yomu = featuresOf(toHtml(testMarkdown({ contentDir: root }).markdownToHast(body, "", { sourcePath: file, bodyLine: 1 }).tree), "yomu");
  return { zenn, yomu, differences: compareFeatures(zenn, yomu, ALLOWED_DIFFERENCES) };
}

const named = (differences: Difference[]) => differences.map((d) => `${d.kind}: Zenn ${JSON.stringify(d.zenn)} / yomu ${JSON.stringify(d.yomu)}`).join("\n");
const kinds = (features: Feature[]) => new Set(features.map((f) => f.kind));

describe("yomu renders Zenn's notation as Zenn does", () => {
  it.each(fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".md")))("%s", async (name) => {
    const { zenn, differences } = await render(name);
    expect(zenn.length).toBeGreaterThan(10);
    expect(named(differences.filter((d) => !d.allowed))).toBe("");
  }, 60_000);

  it("the notation fixture holds every feature the oracle compares", async () => {
    const { zenn, yomu } = await render("notation.md");
    for (const features of [zenn, yomu]) {
      expect([...kinds(features)].sort()).toEqual(["callout", "caption", "code", "details", "embed", "footnote", "footnote-ref", "heading", "image", "math", "table", "text"]);
    }
    const embeds = zenn.filter((f) => f.kind === "embed").map((f) => f.value.split(":")[0]);
    for (const service of ["card", "tweet", "youtube", "gist", "github", "codepen", "codesandbox", "stackblitz", "jsfiddle", "speakerdeck", "slideshare", "docswell", "figma", "blueprintue"]) {
      expect(embeds, service).toContain(service);
    }
  }, 60_000);
});

describe("the comparison names each difference", () => {
  it("finds a heading, a code title, a card and a formula that differ, and prose that only lost its asterisks is allowed", () => {
    const zenn = featuresOf(
      '<h2>題</h2><div class="code-block-container"><div class="code-block-filename-container"><span class="code-block-filename">a b.sh</span></div><pre><code>x</code></pre></div><section class="zenn-katex"><embed-katex display-mode="1"><eqn>x^2</eqn></embed-katex></section><p>**「強調」**の文</p><span class="embed-block zenn-embedded zenn-embedded-card"><iframe data-content="https%3A%2F%2Fexample.com%2F"></iframe></span>',
      "zenn",
    );
    const yomu = featuresOf(
      '<h2>別の題</h2><div class="code-block"><div class="code-block-title">a</div><pre><code>x</code></pre></div><span class="math math-inline"><annotation>x^2</annotation></span><p><strong>「強調」</strong>の文</p><p><a href="https://example.com/">https://example.com/</a></p>',
      "yomu",
    );
    const differences = compareFeatures(zenn, yomu, ALLOWED_DIFFERENCES);
    expect(differences.filter((d) => !d.allowed).map((d) => d.kind).sort()).toEqual(["code", "embed", "heading", "math", "text"]);
    expect(differences.find((d) => d.kind === "text" && d.allowed)?.allowed).toMatch(/remark-cjk-friendly/);
  });

  it("an embed Zenn refuses (its error message in the page) against yomu's card is an intended difference", () => {
    const zenn = featuresOf("<p>GitHub GistのページURLを指定してください</p>", "zenn");
    const yomu = featuresOf('<div class="link-card"><a href="https://gist.github.com/a/b?file-x"><span class="link-card-service">GitHub Gist</span></a></div>', "yomu");
    expect(compareFeatures(zenn, yomu, ALLOWED_DIFFERENCES).map((d) => [d.kind, d.zenn, d.yomu, !!d.allowed])).toEqual([["embed", "refused", "gist:https://gist.github.com/a/b?file-x", true]]);
  });
});
