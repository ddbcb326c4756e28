import { describe, expect, it } from "vitest";
// The reference: what Next writes for app/sitemap.ts and app/robots.ts under `next start`.
import { resolveRouteData } from "next/dist/build/webpack/loaders/metadata/resolve-route-data.js";
import { robotsTxt, sitemapXml } from "./route-data";

describe("sitemap.xml and robots.txt as Next serialises them", () => {
  it("write a sitemap byte for byte like Next", () => {
    const data = [
      { url: "https://site.example/", lastModified: new Date("2025-12-10T20:44:31Z"), changeFrequency: "daily" as const, priority: 1 },
      { url: "https://site.example/tags/%E6%8A%95%E8%B3%87/", lastModified: "2025-12-11" },
      { url: "https://site.example/en/", alternates: { languages: { ja: "https://site.example/" } } },
    ];
    expect(sitemapXml(data)).toBe(resolveRouteData(data, "sitemap"));
    expect(sitemapXml(data.slice(0, 2))).toBe(resolveRouteData(data.slice(0, 2), "sitemap"));
  });

  it("write robots.txt byte for byte like Next", () => {
    const one = { rules: { userAgent: "*", allow: "/" }, sitemap: "https://site.example/sitemap.xml" };
    const many = {
      rules: [
        { userAgent: ["a", "b"], disallow: ["/x", "/y"], crawlDelay: 5 },
        { userAgent: "*", allow: "/" },
      ],
      host: "https://site.example",
      sitemap: ["https://site.example/a.xml", "https://site.example/b.xml"],
    };
    expect(robotsTxt(one)).toBe(resolveRouteData(one, "robots"));
    expect(robotsTxt(many)).toBe(resolveRouteData(many, "robots"));
  });

  it("refuse sitemap fields the exporter does not write, naming them", () => {
    expect(() => sitemapXml([{ url: "https://site.example/", images: ["https://site.example/a.png"] }])).toThrow(/"images"/);
  });
});
