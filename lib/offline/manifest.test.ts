import { describe, expect, it } from "vitest";
import { webAppManifest } from "./manifest";

const site = { title: "T", description: "D", language: "ja", withBasePath: (p: string) => `/blog${p}` };

describe("webAppManifest", () => {
  it("opens the site standalone at its home page, under the base path", () => {
    const manifest = webAppManifest(site);
    expect(manifest).toMatchObject({ name: "T", start_url: "/blog/", scope: "/blog/", display: "standalone", lang: "ja" });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("has PNG icons of 192 and 512 pixels", () => {
    expect(webAppManifest(site).icons.map(({ src, sizes, type }) => [src, sizes, type])).toEqual([
      ["/blog/app-icons/192.png", "192x192", "image/png"],
      ["/blog/app-icons/512.png", "512x512", "image/png"],
    ]);
  });
});
