#!/usr/bin/env node
/**
 * Browser tests need Debian's Chromium (Playwright cannot download its own
 * browser here) and Noto CJK for Japanese glyphs in screenshots. Installs them
 * with apt when missing, so `npm test` passes on a fresh machine.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";

const has = (cmd) => {
  try {
    execSync(cmd, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const missing = [];
if (!has("command -v chromium")) missing.push("chromium");
if (!fs.existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")) missing.push("fonts-noto-cjk");

if (missing.length > 0) {
  console.log(`installing ${missing.join(", ")} with apt-get…`);
  const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`, {
    stdio: "inherit",
  });
}
