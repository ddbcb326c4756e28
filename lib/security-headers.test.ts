import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, netlifyHeadersFile, securityHeaders, vercelJson } from "./security-headers.mjs";

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

  it("allow no inline script in the static export, and inline script only where Next.js needs it", () => {
    expect(directives(contentSecurityPolicy({ staticExport: true })).get("script-src")).toEqual(["'self'"]);
    // next start: Next's inline RSC payload scripts.
    expect(directives(contentSecurityPolicy()).get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allow the service worker and the web app manifest from this site only, in both renderers", () => {
    for (const staticExport of [false, true]) {
      const csp = directives(contentSecurityPolicy({ staticExport }));
      expect(csp.get("worker-src")).toEqual(["'self'"]);
      expect(csp.get("manifest-src")).toEqual(["'self'"]);
    }
  });

  it("allow eval only in development", () => {
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });

  it("frame only the configured embed hosts, nothing when there are none", () => {
    expect(directives(contentSecurityPolicy()).get("frame-src")).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy({ embedHosts: ["www.youtube-nocookie.com", "Player.Vimeo.com"] })).get("frame-src")).toEqual([
      "https://www.youtube-nocookie.com",
      "https://player.vimeo.com",
    ]);
    expect(() => contentSecurityPolicy({ embedHosts: ["https://evil.example/ 'unsafe-inline'"] })).toThrow(/embedHosts/);
  });

  it("leave out of the <meta> policy what browsers ignore there", () => {
    const meta = directives(contentSecurityPolicy({ staticExport: true, meta: true }));
    expect(meta.has("frame-ancestors")).toBe(false);
    expect(meta.get("script-src")).toEqual(["'self'"]);
  });

  it("include nosniff, a referrer policy and frame protection", () => {
    const byName = new Map(securityHeaders().map((h) => [h.key, h.value]));
    expect(byName.get("X-Content-Type-Options")).toBe("nosniff");
    expect(byName.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(byName.get("X-Frame-Options")).toBe("DENY");
  });

  it("give every static-export header to every path in _headers and vercel.json", () => {
    const embedHosts = ["www.youtube-nocookie.com"];
    const file = netlifyHeadersFile({ embedHosts });
    const all = file.split("\n\n").find((block) => block.includes("/*\n"))!;
    for (const h of securityHeaders({ staticExport: true, embedHosts })) expect(all).toContain(`  ${h.key}: ${h.value}`);
    expect(all).not.toContain("unsafe-inline'; style");
    const vercel = vercelJson({ embedHosts });
    expect(vercel.headers[0].headers).toEqual(securityHeaders({ staticExport: true, embedHosts }));
  });
});
