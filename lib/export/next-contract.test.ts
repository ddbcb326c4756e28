import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copiedBehaviours, NEXT_CONTRACT_VERSION } from "./next-contract";

const root = path.resolve(import.meta.dirname, "../..");
const LIST = "lib/export/next-contract.ts";
const nextDir = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
const installed: string = JSON.parse(fs.readFileSync(path.join(nextDir, "package.json"), "utf8")).version;

describe("the exporter's contract with Next.js", () => {
  it("was checked against the installed Next version", () => {
    expect(
      installed,
      `next ${installed} is installed, but the behaviours the static exporter copies from Next were checked against ` +
        `${NEXT_CONTRACT_VERSION}. Re-check every entry of ${LIST} (head tags and their order, metadata resolution, ` +
        `file conventions, route segment config, notFound() and useSearchParams bailouts, sitemap/robots, trailing ` +
        `slash, base path, icons, the not-found page) against the files it names in node_modules/next, update the ` +
        `exporter where Next changed, run e2e/export-parity.spec.ts, then set NEXT_CONTRACT_VERSION to ${installed}.`,
    ).toBe(NEXT_CONTRACT_VERSION);
  });

  it("is the version package.json pins, exactly", () => {
    const pinned = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).dependencies.next;
    expect(pinned, `package.json must pin next to exactly ${NEXT_CONTRACT_VERSION} (${LIST}), without a range`).toBe(NEXT_CONTRACT_VERSION);
  });

  it("names Next files that exist in the installed version", () => {
    const missing = copiedBehaviours.flatMap((b) => b.next.filter((f) => !fs.existsSync(path.join(nextDir, f))).map((f) => `${f} (${b.behaviour.slice(0, 60)}…)`));
    expect(missing, `${LIST} names files the installed next does not have: find where Next now does it and update the entry`).toEqual([]);
  });

  it("names yomu files that exist", () => {
    const missing = copiedBehaviours.flatMap((b) => b.yomu.filter((f) => !fs.existsSync(path.join(root, f))));
    expect(missing, `${LIST} names files that are gone: update the entries to where yomu now copies the behaviour`).toEqual([]);
  });

  it("says for every entry what is copied and where, and lists every exporter file that reaches into Next's internals", () => {
    for (const b of copiedBehaviours) {
      expect(b.behaviour.length, "an entry without a description").toBeGreaterThan(20);
      expect(b.next.length, b.behaviour).toBeGreaterThan(0);
      expect(b.yomu.length, b.behaviour).toBeGreaterThan(0);
    }
    const listed = new Set(copiedBehaviours.flatMap((b) => b.yomu));
    const exporterFiles = ["lib/export", "scripts/export"].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir)).filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\./.test(f)).map((f) => `${dir}/${f}`),
    );
    const reaching = exporterFiles.filter((f) => fs.readFileSync(path.join(root, f), "utf8").includes("next/dist/"));
    expect(reaching.filter((f) => !listed.has(f)), `these files use next/dist/ internals: list what they copy in ${LIST}`).toEqual([]);
  });
});
