import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer } from "./serve-static.mjs";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "yomu-serve-"));
const site = path.join(work, "out");
const server = createStaticServer(site, "");
let base = "";

beforeAll(async () => {
  fs.mkdirSync(path.join(site, "posts", "a"), { recursive: true });
  fs.writeFileSync(path.join(site, "posts", "a", "index.html"), "<p>post</p>");
  fs.writeFileSync(path.join(site, "404.html"), "<p>not here</p>");
  fs.mkdirSync(path.join(work, "out-private"));
  fs.writeFileSync(path.join(work, "out-private", "secret.txt"), "secret");
  fs.writeFileSync(path.join(work, "secret.txt"), "secret");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("serve-static", () => {
  it("serves the files of its folder", async () => {
    const res = await fetch(`${base}/posts/a/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("<p>post</p>");
  });

  it("serves nothing from a sibling folder whose name starts with its own", async () => {
    const res = await fetch(`${base}/..%2fout-private/secret.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("secret");
  });

  it("serves nothing from the parent folder", async () => {
    const res = await fetch(`${base}/..%2fsecret.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("secret");
  });
});
