/** Zenn and Qiita repositories read as they are: which files are posts, and how their front matter maps onto a post. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { formatIssue } from "./issues";
import { detectLayout, layoutSetting } from "./layout";
import { describeContent, findContentFiles } from "./load";
import { parsePost, type SourceInfo } from "./parse";

const now = new Date("2026-01-01T00:00:00Z");
const parse = (file: string, raw: string, info: SourceInfo) => parsePost(file, raw, siteConfig, now, info);
const zenn = (raw: string, info: Partial<SourceInfo> = {}, file = "repo/articles/my-zenn-article.md") =>
  parse(file, raw, { layout: "zenn", added: { missing: "no-repository" }, ...info });
const qiita = (raw: string, info: Partial<SourceInfo> = {}, file = "repo/public/my-qiita-post.md") =>
  parse(file, raw, { layout: "qiita", added: { missing: "no-repository" }, ...info });
const errors = (r: ReturnType<typeof parse>) => r.issues.filter((i) => i.severity === "error").map(formatIssue);

let work: string | undefined;
afterEach(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
  work = undefined;
});
function tree(files: Record<string, string>): string {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-layout-")));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    fs.writeFileSync(path.join(work, name), text);
  }
  return work;
}
const post = "---\ntitle: t\n---\n";

describe("layout detection", () => {
  it("reads a Zenn repository's articles only: not its books' chapters, README, scripts or .github", () => {
    const dir = tree({
      "articles/first-article-x.md": post,
      "articles/sub/nested.md": post,
      "books/my-book/config.yaml": "title: b\n",
      "books/my-book/1.intro.md": post,
      "README.md": "# readme\n",
      "scripts/tool.md": post,
      ".github/PULL_REQUEST_TEMPLATE.md": post,
    });
    const found = findContentFiles(dir, detectLayout(dir));
    expect(found.layout.name).toBe("zenn");
    expect(found.layout.reason).toBe("articles/ and books/ found");
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(["articles/first-article-x.md"]);
  });

  it("describes the folder and its layout for the first line of every build (build:static and next build)", () => {
    const dir = tree({ "public/a.md": post, "qiita.config.json": "{}" });
    expect(describeContent(dir)).toBe(`content: ${path.relative(process.cwd(), dir).startsWith("..") ? dir : path.relative(process.cwd(), dir)} (Qiita CLI repository: public/ and qiita.config.json found)`);
  });

  it("reads a Qiita repository's public/ folder, without .remote/", () => {
    const dir = tree({
      "public/a.md": post,
      "public/sub/b.md": post,
      "public/.remote/0123456789abcdef0123.md": post,
      "qiita.config.json": "{}",
      "README.md": "# readme\n",
    });
    const found = findContentFiles(dir, detectLayout(dir));
    expect(found.layout.name).toBe("qiita");
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(["public/a.md", "public/sub/b.md"]);
  });

  it("keeps yomu's own folder as it is, and obeys a layout that is set", () => {
    const dir = tree({ "a.md": post, "public/b.md": post });
    expect(detectLayout(dir).name).toBe("yomu");
    expect(detectLayout(dir, "qiita", "CONTENT_LAYOUT")).toMatchObject({ name: "qiita", reason: "set by CONTENT_LAYOUT" });
    expect(layoutSetting("Zenn", "auto")).toEqual({ setting: "zenn", name: "CONTENT_LAYOUT" });
    expect(() => layoutSetting("hugo", "auto")).toThrow(/CONTENT_LAYOUT="hugo" is not a content layout — write one of auto, yomu, zenn, qiita/);
  });
});

describe("Zenn front matter", () => {
  const article = (extra: string) => `---\ntitle: "記事"\nemoji: "📘"\ntype: "tech"\ntopics: ["nextjs", "react"]\n${extra}---\n\n本文です。\n`;

  it("maps emoji, type, topics and published_at (Japan time) onto the post; the slug is the file name", () => {
    const { post } = zenn(article("published: true\npublished_at: 2024-05-01 09:00\n"), {}, "repo/articles/2024-05-01-dated-name.md");
    expect(post).toMatchObject({ slug: "2024-05-01-dated-name", emoji: "📘", categories: ["tech"], tags: ["nextjs", "react"], draft: false, date: "2024-05-01T00:00:00.000Z", dateSource: "front-matter" });
  });

  it("takes the date of the commit that added the file when published_at is missing", () => {
    const { post } = zenn(article("published: true\n"), { added: { date: "2023-11-02T12:34:56+09:00" } });
    expect(post).toMatchObject({ date: "2023-11-02T03:34:56.000Z", dateSource: "commit" });
  });

  it("without published_at or a commit, stops with the file and the fix", () => {
    expect(errors(zenn(article("published: true\n")))).toEqual([
      "repo/articles/my-zenn-article.md:1:1: date is missing, and the content folder is not in a git repository whose commits could date it — add a line to the front matter: published_at: 2024-05-01 09:00, or build from a git clone of the repository",
    ]);
    expect(errors(zenn(article("published: true\n"), { added: { missing: "shallow" } }))[0]).toMatch(/shallow clone — clone the whole history \(git fetch --unshallow; on Vercel set the environment variable VERCEL_DEEP_CLONE=true\)/);
  });

  it("dates an uncommitted file by its modification time, with a warning", () => {
    const r = zenn(article("published: true\n"), { added: { missing: "uncommitted" }, mtimeMs: Date.parse("2025-02-03T04:05:06Z") });
    expect(r.post).toMatchObject({ date: "2025-02-03T04:05:06.000Z", dateSource: "modified" });
    expect(r.issues.map((i) => i.severity + " " + i.message)).toEqual(["warning not committed yet: dated by the time the file was last saved until a commit adds it"]);
  });

  it("treats published: false, and a missing published, as a draft", () => {
    expect(zenn(article("published: false\npublished_at: 2024-05-01\n")).post?.draft).toBe(true);
    expect(zenn(article("published_at: 2024-05-01\n")).post?.draft).toBe(true);
  });

  it("names a type other than tech or idea, at its line", () => {
    expect(errors(zenn(article("published: true\npublished_at: 2024-05-01\n").replace('type: "tech"', "type: blog")))).toEqual([
      'repo/articles/my-zenn-article.md:4:7: type: "blog" is neither tech nor idea — write type: tech or type: idea',
    ]);
  });
});

describe("Qiita front matter", () => {
  const qpost = (extra: string, tags = "tags:\n  - TypeScript\n  - name: Rust\n    versions: []\n") =>
    `---\ntitle: 投稿\n${tags}private: false\nid: 0123456789abcdef0123\norganization_url_name: null\nslide: false\n${extra}---\n\n本文です。\n`;

  it("reads tags as names or as mappings with a name, keeps the id, and dates by updated_at when nothing else does", () => {
    const { post } = qiita(qpost("updated_at: '2024-03-02T10:00:00+09:00'\nignorePublish: false\n"));
    expect(post).toMatchObject({ slug: "my-qiita-post", tags: ["TypeScript", "Rust"], qiitaId: "0123456789abcdef0123", date: "2024-03-02T01:00:00.000Z", updated: undefined, draft: false, dateSource: "updated_at" });
  });

  it("takes the commit date, with updated_at as the updated date, when the commit is older", () => {
    const { post } = qiita(qpost("updated_at: '2024-03-02T10:00:00+09:00'\n"), { added: { date: "2024-01-05T08:00:00+09:00" } });
    expect(post).toMatchObject({ date: "2024-01-04T23:00:00.000Z", updated: "2024-03-02T01:00:00.000Z", dateSource: "commit" });
  });

  it("never publishes private or ignored posts, and reads updated_at: '' as no date", () => {
    expect(qiita(qpost("updated_at: '2024-03-02T10:00:00+09:00'\n").replace("private: false", "private: true")).post?.draft).toBe(true);
    expect(qiita(qpost("updated_at: ''\nignorePublish: true\n"), { added: { date: "2024-01-05T08:00:00+09:00" } }).post?.draft).toBe(true);
    expect(errors(qiita(qpost("updated_at: ''\n")))[0]).toMatch(/date is missing.* — add a line to the front matter: updated_at: '2024-05-01T09:00:00\+09:00'/);
  });

  it("names a tag that is neither a name nor a mapping with one", () => {
    expect(errors(qiita(qpost("updated_at: ''\n", "tags:\n  - TypeScript\n  - [nested]\n")))[0]).toMatch(/^repo\/public\/my-qiita-post.md:5:5: tags: expected a list of names/);
  });
});

describe("Zenn emoji", () => {
  it("is one emoji, or an error at its line", () => {
    const raw = (emoji: string) => `---\ntitle: t\nemoji: "${emoji}"\npublished: true\npublished_at: 2024-05-01\n---\n`;
    expect(zenn(raw("👩‍💻")).post?.emoji).toBe("👩‍💻");
    expect(errors(zenn(raw("本")))).toEqual(['repo/articles/my-zenn-article.md:3:8: emoji: "本" is not one emoji — write one emoji in quotes, e.g. emoji: "📘"']);
  });

  it("with a stray zero-width joiner at its end (Zenn accepts it) is that emoji", () => {
    const raw = (emoji: string) => `---\ntitle: t\nemoji: "${emoji}"\npublished: true\npublished_at: 2024-05-01\n---\n`;
    expect(zenn(raw("🐙\u200d")).post?.emoji).toBe("🐙");
    expect(zenn(raw("🧜\u200d♀️\u200d")).post?.emoji).toBe("🧜\u200d♀️");
    expect(errors(zenn(raw("🐙\u200d本")))).toEqual([expect.stringMatching(/is not one emoji/)]);
  });
});
