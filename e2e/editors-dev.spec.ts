/**
 * What editors see while writing: `next dev` on a scratch content folder (errors
 * in the browser, badges, posts added/changed/deleted without a restart), and a
 * production build that stops on broken posts, naming every one of them.
 * The dev server is started here, not by the webServer of playwright.config.ts.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { workDir } from "./sites.mjs";

test.describe.configure({ mode: "serial" });

const root = path.resolve(__dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = Number(process.env.E2E_PORT_BASE ?? 4321) + 40;
const base = `http://127.0.0.1:${port}`;

let server: ChildProcess | undefined;
let content = "";
let log = "";

const write = (name: string, text: string) => fs.writeFileSync(path.join(content, name), text);
const post = (title: string, date = "2025-12-20 10:00:00 +0900") =>
  `---\ntitle: "${title}"\ndate: ${date}\nexcerpt: "再起動なしで現れる投稿です。"\n---\n\n${title}の本文です。\n`;

// The dev server runs only for these tests, and is stopped before the production build below.
test.describe("npm run dev", () => {
  test.setTimeout(120_000);

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    content = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-dev-"));
    fs.cpSync(path.join(root, "e2e/fixtures/broken"), content, { recursive: true });
    for (const f of ["draft-flag.md", "scheduled.md"]) fs.copyFileSync(path.join(root, "e2e/fixtures/editors", f), path.join(content, f));
    server = spawn(process.execPath, [nextBin, "dev", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: "development",
        CONTENT_DIR: content,
        NEXT_DIST_DIR: path.relative(root, path.join(root, workDir, "next-dev")),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    server.stdout?.on("data", (d) => (log += d));
    server.stderr?.on("data", (d) => (log += d));
    const deadline = Date.now() + 200_000;
    for (;;) {
      const ok = await fetch(base + "/").then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`next dev did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  });

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    if (content) fs.rmSync(content, { recursive: true, force: true });
  });

  test("every broken post is listed in the browser with path:line:column, the rest of the site works", async ({ page }) => {
    await page.goto(base + "/");
    const panel = page.locator("[data-content-errors]").first();
    await expect(panel).toBeVisible();
    for (const where of ["broken-yaml.md:3:8", "missing-title.md:1:1", "impossible-date.md:3:7", "wrong-tags.md:6:5", "duplicate-two.md:4:7"]) {
      await expect(panel).toContainText(where);
    }
    await expect(panel).toContainText("duplicate-one.md:4:7");
    await expect(page.locator("main article h2", { hasText: "壊れていない投稿" })).toBeVisible();

    // Drafts and scheduled posts are visible in development, marked.
    await expect(page.locator("main article", { hasText: "下書きの投稿" }).getByText("下書き", { exact: true })).toBeVisible();
    await expect(page.locator("main article", { hasText: "予約された投稿" }).getByText("予約", { exact: true })).toBeVisible();

    // The broken post's own URL explains what is wrong with it.
    await panel.locator("li", { hasText: "broken-yaml.md:3:8" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/posts\/broken-yaml\/$/);
    await expect(page.locator("h1")).toHaveText("この記事は表示できません");
    await expect(page.locator("main")).toContainText('" で始めた値が閉じられていません');

    await page.goto(base + "/posts/healthy/");
    await expect(page.locator("h1")).toHaveText("壊れていない投稿");
  });

  test("the banner: a missing image and notation warnings on every page; a broken post's page lists its problems once, linking elsewhere only", async ({ page }) => {
    write("no-image.md", `${post("画像が見つからない投稿")}\n![図](./images/nowhere.png)\n`);
    write("open-box.md", `${post("閉じていない箱の投稿")}\n:::message\n箱の中身\n`);
    for (const url of ["/", "/archive/"]) {
      await expect(async () => {
        await page.goto(base + url);
        const banner = page.locator("[data-site-banner]");
        await expect(banner.locator('li[data-issue="error"]', { hasText: "no-image.md:9:1" })).toHaveCount(1, { timeout: 1_000 });
        await expect(banner.locator('li[data-issue="warning"]', { hasText: "open-box.md:9:1" })).toContainText(":::message が閉じられていません", { timeout: 1_000 });
      }).toPass({ timeout: 60_000 });
    }

    await page.goto(base + "/posts/broken-yaml/");
    await expect(page.locator("h1")).toHaveText("この記事は表示できません");
    const shown = page.locator("li:visible", { hasText: "broken-yaml.md:3:8" });
    await expect(shown).toHaveCount(1);
    // The other problems are listed too, and no link leads to the page the reader is on.
    await expect(page.locator("li:visible", { hasText: "no-image.md:9:1" })).toHaveCount(1);
    await expect(page.locator('main a:visible[href$="/posts/broken-yaml/"]')).toHaveCount(0);
    await expect(page.locator('main a:visible[href$="/posts/missing-title/"]')).toHaveCount(1);

    fs.rmSync(path.join(content, "no-image.md"));
    fs.rmSync(path.join(content, "open-box.md"));
  });

  test("the banner speaks the site's language (Japanese): every message and its fix, each once", async ({ page }) => {
    write("no-image.md", `${post("画像が見つからない投稿")}\n![図](./images/nowhere.png)\n`);
    write("open-box.md", `${post("閉じていない箱の投稿")}\n:::message\n箱の中身\n`);
    const banner = page.locator("[data-site-banner]");
    await expect(async () => {
      await page.goto(base + "/");
      await expect(banner.locator('li[data-issue="warning"]', { hasText: "open-box.md:9:1" })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(banner.locator("p").first()).toHaveText(/^コンテンツのエラー：エラー\d+件、警告1件$/);
    const said = {
      "broken-yaml.md:3:8": '" で始めた値が閉じられていません — 同じ行のうちに " で値を閉じてください',
      "missing-title.md:1:1": "タイトル（title）がありません — フロントマターに title の行を加えてください",
      "impossible-date.md:3:7": "date: 「2025-02-30 10:00:00 +0900」は暦にない日付か時刻です — 日付を YYYY-MM-DD HH:MM:SS +0900",
      "wrong-tags.md:6:5": "tags: 名前のリストか空白区切りの文字列を書くところにマッピング（2番目の項目）があります — リストで書いてください",
      "no-image.md:9:1": "画像 ./images/nowhere.png が見つかりません — 記事の隣のそのパスにファイルを置くか、パスを直してください",
      "open-box.md:9:1": ":::message が閉じられていません。この後、記事の最後までがすべてその中に入ります — message の終わるところに ::: の行を加えてください",
    };
    await banner.locator("summary").click();
    for (const [where, words] of Object.entries(said)) {
      const item = banner.locator("li", { hasText: where });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(words);
      // Said once: the message does not come back in the fix.
      const [message, fix] = (await item.innerText()).split(" — ");
      expect(fix).not.toContain(message.split(": ").slice(1).join(": "));
    }
    await expect(banner).not.toContainText(/ is never closed| is missing| not found| expected /);
    fs.rmSync(path.join(content, "no-image.md"));
    fs.rmSync(path.join(content, "open-box.md"));
  });

  test("new, changed and deleted posts show up without restarting the server", async ({ page }) => {
    write("fresh-post.md", post("新しく追加した投稿"));
    await page.goto(base + "/posts/fresh-post/");
    await expect(page.locator("h1")).toHaveText("新しく追加した投稿", { timeout: 30_000 });
    await page.goto(base + "/");
    await expect(page.locator("main article h2", { hasText: "新しく追加した投稿" })).toBeVisible();

    write("fresh-post.md", post("書き換えたタイトル"));
    await page.goto(base + "/posts/fresh-post/");
    await expect(page.locator("h1")).toHaveText("書き換えたタイトル");

    fs.rmSync(path.join(content, "fresh-post.md"));
    await page.goto(base + "/posts/fresh-post/");
    await expect(page.locator("h1")).toHaveText("ページが見つかりません");
    await page.goto(base + "/");
    await expect(page.locator("main article h2", { hasText: "書き換えたタイトル" })).toHaveCount(0);

    // Fixing a broken file removes its error and brings the post.
    const broken = path.join(content, "broken-yaml.md");
    fs.writeFileSync(broken, fs.readFileSync(broken, "utf8").replace("閉じていない引用符\n", '閉じていない引用符"\n'));
    await page.goto(base + "/");
    await expect(page.locator("[data-content-errors]").first()).not.toContainText("broken-yaml.md");
    await page.goto(base + "/posts/broken-yaml/");
    await expect(page.locator("h1")).toHaveText("Llama 4: 閉じていない引用符");
  });

  test("every save shows at the next request: in place, by rename (sed -i), again and again, deleted and made again", async ({ page }) => {
    const file = path.join(content, "saved-often.md");
    const byRename = (title: string) => {
      const temp = path.join(content, ".saved-often.md.tmp");
      fs.writeFileSync(temp, post(title));
      fs.renameSync(temp, file);
    };
    const inPlace = (title: string) => fs.writeFileSync(file, post(title));
    const seen = async (title: string) => {
      await expect(async () => {
        await page.goto(base + "/posts/saved-often/");
        await expect(page.locator("h1")).toHaveText(title, { timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
    };
    inPlace("保存0");
    await seen("保存0");
    const saves = [byRename, inPlace, inPlace, byRename, byRename, inPlace];
    for (const [i, save] of saves.entries()) {
      save(`保存${i + 1}`);
      // The next request shows it: no waiting for a watcher, no other file touched.
      await page.goto(base + "/posts/saved-often/");
      await expect(page.locator("h1")).toHaveText(`保存${i + 1}`);
    }
    fs.rmSync(file);
    await page.goto(base + "/posts/saved-often/");
    await expect(page.locator("h1")).toHaveText("ページが見つかりません");
    inPlace("作り直した投稿");
    await seen("作り直した投稿");
    inPlace("作り直して書き換えた投稿");
    await page.goto(base + "/posts/saved-often/");
    await expect(page.locator("h1")).toHaveText("作り直して書き換えた投稿");
  });

  /** Writes a post, opens it on a phone once React has hydrated it, and returns the hydration errors the console showed. */
  async function hydrationErrors(page: Page, file: string, source: string, title: string): Promise<string[]> {
    await page.setViewportSize({ width: 390, height: 844 });
    const errors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    write(file, source);
    await expect(async () => {
      await page.goto(`${base}/posts/${file.replace(/\.mdx?$/, "")}/`);
      await expect(page.locator("h1")).toHaveText(title, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    // The reading script made the scrolling block focusable, and React has hydrated the page since.
    await expect(page.locator("article pre").first()).toHaveAttribute("tabindex", "0");
    await page.waitForFunction(() => Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__reactFiber")), undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    fs.rmSync(path.join(content, file));
    return errors.filter((e) => /hydrat|did(?:n't| not) match/i.test(e));
  }

  test("a post with a code block wider than a phone hydrates without a mismatch", async ({ page }) => {
    const source = `${post("幅の広いコード")}\n\n\`\`\`ts\nconst wide = "${"横に長い行".repeat(30)}";\n\`\`\`\n`;
    expect(await hydrationErrors(page, "wide-code.md", source, "幅の広いコード")).toEqual([]);
  });

  test("an .mdx post with a code block wider than a phone hydrates without a mismatch", async ({ page }) => {
    const table = `| ${"列".repeat(3)} | ${"横に長いセル".repeat(12)} |\n| --- | --- |\n| a | ${"とても長い値".repeat(12)} |`;
    const source = `${post("幅の広いMDX")}\n\n\`\`\`ts\nconst wide = "${"横に長い行".repeat(30)}";\n\`\`\`\n\n${table}\n`;
    expect(await hydrationErrors(page, "wide-code-mdx.mdx", source, "幅の広いMDX")).toEqual([]);
  });

  test("an .mdx post that does not compile shows where, the others still render", async ({ page }) => {
    write("bad-component.mdx", '---\ntitle: "壊れたMDX"\ndate: 2025-12-01\n---\n\n段落です。\n\n<Chart data="x" />\n');
    await page.goto(base + "/posts/bad-component/");
    await expect(page.locator("h1")).toHaveText("この記事は表示できません", { timeout: 30_000 });
    await expect(page.locator("main")).toContainText("bad-component.mdx:8:1");
    await expect(page.locator("main")).toContainText("<Chart> は記事で使えるコンポーネントではありません");
    await page.goto(base + "/posts/healthy/");
    await expect(page.locator("h1")).toHaveText("壊れていない投稿");
  });
});

test.describe("the production builds", () => {
  const builds = {
    "next build": [nextBin, "build"],
    "npm run build:static": ["scripts/build-static.mjs", "--out", path.join(workDir, "static-broken-build")],
  };
  for (const [name, argv] of Object.entries(builds)) {
    test(`${name} stops on broken posts and names every one with path:line:column — fix`, () => {
      test.setTimeout(600_000);
      const r = spawnSync(process.execPath, argv, {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          NODE_ENV: "production",
          SITE_URL: "https://broken.example.jp",
          CONTENT_DIR: path.join(root, "e2e/fixtures/broken"),
          NEXT_DIST_DIR: path.relative(root, path.join(root, workDir, "next-broken-build")),
          NEXT_TELEMETRY_DISABLED: "1",
        },
      });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status, output).not.toBe(0);
      for (const line of [
        'e2e/fixtures/broken/broken-yaml.md:3:8: " で始めた値が閉じられていません — ',
        "e2e/fixtures/broken/missing-title.md:1:1: タイトル（title）がありません — ",
        "e2e/fixtures/broken/impossible-date.md:3:7: date: 「2025-02-30 10:00:00 +0900」は暦にない日付か時刻です — ",
        "e2e/fixtures/broken/wrong-tags.md:6:5: tags: 名前のリストか空白区切りの文字列を書くところにマッピング（2番目の項目）があります — ",
        "e2e/fixtures/broken/duplicate-two.md:4:7: スラッグ「same-slug」は e2e/fixtures/broken/duplicate-one.md:4:7 でも使われています",
      ]) {
        expect(output).toContain(line);
      }
      expect(output).toContain("コンテンツのエラー5件（5ファイル）");
    });
  }

  test("next build prints the content's notation warnings once, in the site's language, and builds", () => {
    test.setTimeout(600_000);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-next-warn-"));
    fs.writeFileSync(path.join(folder, "fine.md"), post("壊れていない記事"));
    fs.writeFileSync(path.join(folder, "open-box.md"), `${post("閉じていない箱")}\n:::message\n箱の中身\n`);
    try {
      const r = spawnSync(process.execPath, [nextBin, "build"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          NODE_ENV: "production",
          SITE_URL: "https://warnings.example.jp",
          CONTENT_DIR: folder,
          YOMU_CACHE_DIR: path.join(folder, ".cache"),
          NEXT_DIST_DIR: path.relative(root, path.join(root, workDir, "next-warnings-build")),
          NEXT_TELEMETRY_DISABLED: "1",
        },
      });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status, output).toBe(0);
      const warning = `warning: ${path.join(folder, "open-box.md")}:9:1: :::message が閉じられていません。この後、記事の最後までがすべてその中に入ります — message の終わるところに ::: の行を加えてください`;
      expect(output.split("\n").filter((line) => line.includes(warning))).toHaveLength(1);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
