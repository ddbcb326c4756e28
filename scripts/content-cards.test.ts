/**
 * `npm run content:cards` as editors run it, a real process against a server on
 * 127.0.0.1 (the internal admin page): refused, nothing published, and
 * the cache written only as a regular file inside the content folder.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError } from "../lib/content/issues";
import { writeLinkCards } from "../lib/content/link-cards";

const root = path.resolve(__dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-cards-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function run(contentDir: string) {
  const env = { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: "1" };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/content-cards.mjs"], { cwd: root, env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function contentWith(name: string, body: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "post.md"), `---\ntitle: カードの投稿\ndate: 2025-01-01\n---\n\n${body}\n`);
  return dir;
}

describe("npm run content:cards", () => {
  it("refuses a card URL on 127.0.0.1: the server gets no request and no title is written", async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<title>INTERNAL ADMIN: db_password=hunter2</title>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const dir = contentWith("internal", `http://127.0.0.1:${port}/admin/\n\nhttp://localhost:${port}/admin/`);
      const result = await run(dir);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`http://127.0.0.1:${port}/admin/: 127.0.0.1:${port} is 127.0.0.1, a loopback address: not fetched`);
      expect(result.stderr).toContain(`http://localhost:${port}/admin/`);
      expect(result.stdout).toContain("2 URLs to fetch, 0 titles written");
      expect(requests).toEqual([]);
      expect(fs.existsSync(path.join(dir, "link-cards.json"))).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 180_000);

  it("refuses a link-cards.json that is a link, leaving its target as it was", async () => {
    const dir = contentWith("linked", "本文だけ");
    const outside = path.join(work, "outside.json");
    fs.writeFileSync(outside, "not the cache\n");
    fs.symlinkSync(outside, path.join(dir, "link-cards.json"));
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/link-cards\.json:1:1: link-cards\.json はコンテンツのフォルダーの外のファイルへのリンクです。読みません/);
    expect(result.stderr).not.toContain("not the cache");
    expect(fs.readFileSync(outside, "utf8")).toBe("not the cache\n");
  }, 180_000);
});

describe("writeLinkCards", () => {
  const cache = { version: 1 as const, cards: { "https://b.example/": { title: "B" }, "https://a.example/": { title: "A" } } };

  it("writes a regular file, sorted, and leaves no temporary file", () => {
    const dir = fs.mkdtempSync(path.join(work, "write-"));
    fs.writeFileSync(path.join(dir, "link-cards.json"), "{}");
    writeLinkCards(cache, dir);
    expect(fs.lstatSync(path.join(dir, "link-cards.json")).isFile()).toBe(true);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "link-cards.json"), "utf8")).cards)).toEqual(["https://a.example/", "https://b.example/"]);
    expect(fs.readdirSync(dir)).toEqual(["link-cards.json"]);
  });

  it("never writes through a link, even one pointing inside the folder", () => {
    const dir = fs.mkdtempSync(path.join(work, "write-"));
    fs.writeFileSync(path.join(dir, "other.json"), "keep");
    fs.symlinkSync("other.json", path.join(dir, "link-cards.json"));
    expect(() => writeLinkCards(cache, dir)).toThrow(ContentError);
    expect(fs.readFileSync(path.join(dir, "other.json"), "utf8")).toBe("keep");
    expect(fs.readdirSync(dir).sort()).toEqual(["link-cards.json", "other.json"]);
  });
});
