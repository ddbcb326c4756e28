import { describe, expect, it } from "vitest";
import { vercelOutputConfig } from "./vercel-output.mjs";

describe("Vercel Build Output config", () => {
  it("sends the static export's security headers everywhere, caches assets, serves files first and the site's 404 page", () => {
    const config = vercelOutputConfig({ embedHosts: ["www.youtube-nocookie.com"] });
    expect(config.version).toBe(3);
    const [all, assets, filesystem, missing] = config.routes;
    expect(all.headers!["Content-Security-Policy"]).toContain("script-src 'self';");
    expect(all.headers!["Content-Security-Policy"]).toContain("frame-src https://www.youtube-nocookie.com");
    expect(all.continue).toBe(true);
    expect(assets).toMatchObject({ src: "/assets/(.*)", headers: { "Cache-Control": expect.stringContaining("immutable") } });
    expect(filesystem).toEqual({ handle: "filesystem" });
    expect(missing).toEqual({ src: "/(.*)", status: 404, dest: "/404.html" });
  });

  it("keeps the base path in every route", () => {
    const config = vercelOutputConfig({ basePath: "/blog" });
    expect(config.routes[1].src).toBe("/blog/assets/(.*)");
    expect(config.routes[3]).toEqual({ src: "/blog/(.*)", status: 404, dest: "/blog/404.html" });
  });
});
