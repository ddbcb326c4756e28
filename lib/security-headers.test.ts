import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, netlifyHeadersFile, securityHeaders, vercelJson } from "./security-headers.mjs";

const root = path.resolve(import.meta.dirname, "..");

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe("security headers", () => {
  it("allow scripts from this site only, and no framing", () => {
    const csp = directives(contentSecurityPolicy());
    for (const name of ["script-src", "default-src", "connect-src"]) {
      for (const source of csp.get(name)!) expect(source).toMatch(/^'(self|unsafe-inline)'$/);
    }
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
  });

  it("allow eval only in development", () => {
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });

  it("include nosniff, a referrer policy and frame protection", () => {
    const byName = new Map(securityHeaders().map((h) => [h.key, h.value]));
    expect(byName.get("X-Content-Type-Options")).toBe("nosniff");
    expect(byName.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(byName.get("X-Frame-Options")).toBe("DENY");
  });

  it("are what the static-host files in public/ say (run scripts/write-host-headers.mjs after a change)", () => {
    expect(fs.readFileSync(path.join(root, "public/_headers"), "utf8")).toBe(netlifyHeadersFile());
    expect(JSON.parse(fs.readFileSync(path.join(root, "public/vercel.json"), "utf8"))).toEqual(vercelJson());
  });

  it("give every header to every path in _headers", () => {
    const file = netlifyHeadersFile();
    const all = file.split("\n\n").find((block) => block.includes("/*\n"))!;
    for (const h of securityHeaders()) expect(all).toContain(`  ${h.key}: ${h.value}`);
  });
});
