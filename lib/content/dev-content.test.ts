import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { createDevContent } from "./dev-content";

/** The folder watcher reports changes asynchronously, as between an editor's save and the next request. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const post = (title: string) => `---\ntitle: ${title}\ndate: 2025-01-02\n---\n\n${title}の本文です。\n`;

describe("the dev server's content index", () => {
  it("re-reads only the files that changed, and shows new, edited and deleted posts at the next request", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-dev-"));
    fs.writeFileSync(path.join(dir, "a.md"), post("最初"));
    fs.writeFileSync(path.join(dir, "b.md"), post("二番目"));
    const dev = createDevContent(siteConfig);
    const first = dev.index(dir);
    expect(first.posts.map((p) => p.title).sort()).toEqual(["二番目", "最初"]);
    // Nothing changed: the same index, nothing parsed again.
    await settle();
    expect(dev.index(dir)).toBe(first);

    const a = path.join(dir, "a.md");
    fs.writeFileSync(a, post("最初（改訂）"));
    fs.utimesSync(a, new Date(), new Date(Date.now() + 5_000));
    fs.writeFileSync(path.join(dir, "c.md"), post("三番目"));
    await settle();
    const edited = dev.index(dir);
    expect(edited.bySlug.get("a")?.title).toBe("最初（改訂）");
    expect(edited.bySlug.get("c")?.title).toBe("三番目");
    // The unchanged file's post is the one parsed before.
    expect(edited.bySlug.get("b")).toBe(first.bySlug.get("b"));

    fs.rmSync(path.join(dir, "b.md"));
    await settle();
    expect(dev.index(dir).bySlug.has("b")).toBe(false);
  });

  it("keeps a broken file's problems and drops them once it is fixed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-dev-"));
    const file = path.join(dir, "broken.md");
    fs.writeFileSync(file, "---\ntitle: [unclosed\n---\n本文\n");
    const dev = createDevContent(siteConfig);
    expect(dev.index(dir).brokenFiles).toHaveLength(1);
    fs.writeFileSync(file, post("直した"));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    await settle();
    const fixed = dev.index(dir);
    expect(fixed.brokenFiles).toEqual([]);
    expect(fixed.bySlug.get("broken")?.title).toBe("直した");
  });

  it("hears every kind of save, again and again: in place, by rename, deleted and made again, in a new folder", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-dev-"));
    const a = path.join(dir, "a.md");
    fs.writeFileSync(a, post("版0"));
    const dev = createDevContent(siteConfig);
    expect(dev.index(dir).bySlug.get("a")?.title).toBe("版0");
    const inPlace = (file: string, title: string) => fs.writeFileSync(file, post(title));
    // What `sed -i` and many editors do: write a temporary file beside it, then rename it over the post.
    const byRename = (file: string, title: string) => {
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
      fs.writeFileSync(temp, post(title));
      fs.renameSync(temp, file);
    };
    const saves: [string, (file: string, title: string) => void][] = [
      ["inPlace", inPlace],
      ["byRename", byRename],
      ["inPlace", inPlace],
      ["inPlace", inPlace],
      ["byRename", byRename],
      ["byRename", byRename],
      ["inPlace", inPlace],
    ];
    let n = 0;
    for (const [kind, save] of saves) {
      const title = `版${++n}`;
      save(a, title);
      await settle();
      expect(dev.index(dir).bySlug.get("a")?.title, `save ${n} (${kind})`).toBe(title);
    }

    fs.rmSync(a);
    await settle();
    expect(dev.index(dir).bySlug.has("a")).toBe(false);
    inPlace(a, "作り直し");
    await settle();
    expect(dev.index(dir).bySlug.get("a")?.title).toBe("作り直し");
    inPlace(a, "作り直して編集");
    await settle();
    expect(dev.index(dir).bySlug.get("a")?.title).toBe("作り直して編集");

    const sub = path.join(dir, "2026");
    fs.mkdirSync(sub);
    const b = path.join(sub, "b.md");
    inPlace(b, "新しいフォルダ");
    await settle();
    expect(dev.index(dir).bySlug.get("b")?.title).toBe("新しいフォルダ");
    for (const [kind, save] of saves) {
      const title = `下の版${++n}`;
      save(b, title);
      await settle();
      expect(dev.index(dir).bySlug.get("b")?.title, `save ${n} (${kind}) in a subfolder`).toBe(title);
    }
  }, 120_000);

  it("lists missing images and notation warnings of every post, and forgets an image once it is there", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-dev-"));
    fs.writeFileSync(path.join(dir, "pictured.md"), `${post("画像つき")}\n![図](./images/figure.png)\n`);
    fs.writeFileSync(path.join(dir, "boxed.md"), `${post("箱")}\n:::message\n閉じていない箱\n`);
    const dev = createDevContent(siteConfig);
    dev.index(dir);
    // Missing images are looked for in the background after the first index.
    let issues = dev.index(dir).issues;
    for (let i = 0; i < 50 && !issues.some((x) => x.rule === "image"); i++) {
      await settle();
      issues = dev.index(dir).issues;
    }
    expect(issues).toContainEqual(expect.objectContaining({ file: expect.stringContaining("pictured.md"), line: 8, severity: "error", rule: "image" }));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining("boxed.md"), line: 8, severity: "warning", rule: "notation", message: expect.stringContaining(":::message is never closed") }),
    );

    fs.mkdirSync(path.join(dir, "images"));
    fs.writeFileSync(path.join(dir, "images", "figure.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    for (let i = 0; i < 50 && issues.some((x) => x.rule === "image"); i++) {
      await settle();
      issues = dev.index(dir).issues;
    }
    expect(issues.filter((x) => x.rule === "image")).toEqual([]);
  }, 120_000);
});

