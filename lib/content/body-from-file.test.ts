/**
 * A build's content index holds its posts without their bodies: each post's
 * body is read from its file when asked for, and is the text the post was
 * parsed from (a file changed since is an error, not a page of two versions).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let work: string;
const saved = { ...process.env };

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-body-"));
  fs.mkdirSync(path.join(work, "content"), { recursive: true });
  fs.writeFileSync(path.join(work, "content/a.md"), "---\ntitle: 一つ目\ndate: 2024-01-02\n---\n\n本文の一行目。\r\n\r\n二行目。\n");
  Object.assign(process.env, { NODE_ENV: "test", CONTENT_DIR: path.join(work, "content") });
  vi.resetModules();
});
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("a post's body in a build", () => {
  it("is read from its file when asked for, not held by the index, and not read for the summaries", async () => {
    const { getContent } = await import("./index");
    const [post] = getContent().posts;
    expect(Object.getOwnPropertyDescriptor(post, "body")?.get).toBeTypeOf("function");
    expect(post.body).toBe("\n本文の一行目。\n\n二行目。\n");
    expect(Object.isFrozen(post)).toBe(true);
    expect(getContent().summaries[0]).not.toHaveProperty("body");
  });

  it("is an error naming the file when the file changed after it was read", async () => {
    const { getContent } = await import("./index");
    const [post] = getContent().posts;
    fs.writeFileSync(path.join(work, "content/a.md"), "---\ntitle: 一つ目\ndate: 2024-01-02\n---\n\n書き換えた本文。\n");
    expect(() => post.body).toThrow(/a\.md changed while the site was being built: build again/);
  });
});
