import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { entrySource, scanAppDir } from "./app-routes.mjs";

interface Entry {
  segments: string[];
  file: string;
}
interface Routes {
  layouts: Entry[];
  pages: Entry[];
  handlers: Entry[];
  notFound: string | null;
  sitemap: string | null;
  robots: string | null;
  icons: { file: string; name: string }[];
}
const scan = (dir: string): Routes => scanAppDir(dir);

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A throwaway app/ folder with `files` (paths relative to it); every file is a stub. */
function appDir(...files: string[]): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-app-routes-")), "app");
  temps.push(path.dirname(dir));
  for (const file of ["layout.tsx", ...files]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), "export default function X() { return null; }\n");
  }
  return dir;
}

/** The segments of each entry, in scan order, as "a/b" strings ("" for the root). */
const paths = (entries: Entry[]) => entries.map((e) => e.segments.join("/"));

/** Expects scanAppDir to refuse an app/ folder with `files` (default: just `named`), naming `named` in the error. */
function expectRefused(named: string, ...files: string[]) {
  const dir = appDir(...(files.length ? files : [named]));
  expect(() => scan(dir)).toThrow(`${path.join(dir, named)}: the static exporter does not support`);
}

describe("scanAppDir", () => {
  it("finds pages, layouts and route handlers with their URL segments", () => {
    const dir = appDir(
      "page.tsx",
      "posts/[slug]/page.tsx",
      "posts/layout.tsx",
      "tags/[tag]/page/[page]/page.tsx",
      "feed.xml/route.ts",
      "search-index/[file]/route.ts",
    );
    const routes = scan(dir);
    expect(paths(routes.pages).sort()).toEqual(["", "posts/[slug]", "tags/[tag]/page/[page]"]);
    expect(paths(routes.layouts).sort()).toEqual(["", "posts"]);
    expect(paths(routes.handlers).sort()).toEqual(["feed.xml", "search-index/[file]"]);
    const nested = routes.pages.find((p) => p.segments.length === 4)!;
    expect(nested.segments).toEqual(["tags", "[tag]", "page", "[page]"]);
    expect(nested.file).toBe(path.join(dir, "tags/[tag]/page/[page]/page.tsx"));
    expect(routes.layouts.find((l) => l.segments.length === 0)!.file).toBe(path.join(dir, "layout.tsx"));
    expect(routes.notFound).toBeNull();
    expect(routes.sitemap).toBeNull();
    expect(routes.robots).toBeNull();
    expect(routes.icons).toEqual([]);
  });

  it("accepts every code extension and ignores other files next to routes", () => {
    const routes = scan(appDir("a/page.jsx", "b/page.js", "c/route.mjs", "d/page.tsx", "d/styles.css", "d/notes.md", "d/helper.ts"));
    expect(paths(routes.pages).sort()).toEqual(["a", "b", "d"]);
    expect(paths(routes.handlers)).toEqual(["c"]);
  });

  it("skips _private folders", () => {
    const routes = scan(appDir("page.tsx", "_routes/page.tsx", "_lib/x/page.tsx", "posts/_parts/route.ts", "posts/page.tsx"));
    expect(paths(routes.pages).sort()).toEqual(["", "posts"]);
    expect(routes.handlers).toEqual([]);
  });

  it("leaves (group) folders out of the segments", () => {
    const routes = scan(appDir("(marketing)/about/page.tsx", "(blog)/posts/[slug]/page.tsx", "(feeds)/(xml)/feed.xml/route.ts"));
    expect(paths(routes.pages).sort()).toEqual(["about", "posts/[slug]"]);
    expect(paths(routes.handlers)).toEqual(["feed.xml"]);
  });

  it("finds the root not-found page, sitemap, robots and icons", () => {
    const dir = appDir("not-found.tsx", "sitemap.ts", "robots.ts", "icon.svg", "favicon.ico", "icon1.png", "globals.css");
    const routes = scan(dir);
    expect(routes.notFound).toBe(path.join(dir, "not-found.tsx"));
    expect(routes.sitemap).toBe(path.join(dir, "sitemap.ts"));
    expect(routes.robots).toBe(path.join(dir, "robots.ts"));
    expect(routes.icons.map((i) => i.name).sort()).toEqual(["favicon.ico", "icon.svg", "icon1.png"]);
    expect(routes.icons.find((i) => i.name === "icon.svg")!.file).toBe(path.join(dir, "icon.svg"));
    // None of them is a page or a handler.
    expect(routes.pages).toEqual([]);
    expect(routes.handlers).toEqual([]);
  });

  it("refuses parallel route slots (@folder), naming the folder", () => {
    expectRefused("@modal", "@modal/page.tsx");
    expectRefused("posts/@sidebar", "posts/page.tsx", "posts/@sidebar/page.tsx");
  });

  it("refuses intercepting routes ((.), (..), (...)), naming the folder", () => {
    expectRefused("(.)photo", "(.)photo/page.tsx");
    expectRefused("posts/(..)tags", "posts/(..)tags/page.tsx");
    expectRefused("posts/(...)search", "posts/(...)search/page.tsx");
  });

  it("refuses template and default files", () => {
    expectRefused("template.tsx");
    expectRefused("default.tsx");
    expectRefused("posts/template.tsx");
    expectRefused("posts/default.tsx");
  });

  it("refuses image conventions other than root icon.svg/png/ico and favicon.ico", () => {
    expectRefused("opengraph-image.png");
    expectRefused("posts/[slug]/opengraph-image.tsx");
    expectRefused("twitter-image.jpg");
    expectRefused("apple-icon.png");
    expectRefused("icon.tsx");
    expectRefused("icon.jpg");
    expectRefused("posts/icon.svg");
    expectRefused("posts/favicon.ico");
  });

  it("refuses not-found, sitemap and robots below the root", () => {
    expectRefused("posts/not-found.tsx");
    expectRefused("posts/sitemap.ts");
    expectRefused("posts/robots.ts");
  });

  it("refuses static metadata files (sitemap.xml, robots.txt, manifest) it would otherwise drop", () => {
    expectRefused("sitemap.xml");
    expectRefused("robots.txt");
    expectRefused("manifest.webmanifest");
    expectRefused("manifest.json");
    expectRefused("manifest.ts");
  });

  it("refuses a layout, icon or not-found page inside a (group), which would apply outside the group", () => {
    expectRefused("(marketing)/layout.tsx", "(marketing)/layout.tsx", "(marketing)/about/page.tsx", "posts/page.tsx");
    expectRefused("(marketing)/about/layout.tsx", "(marketing)/about/layout.tsx", "(marketing)/about/page.tsx");
    // The same goes for icons and the not-found page; sitemap and robots still serve /sitemap.xml and /robots.txt.
    expectRefused("(marketing)/icon.svg");
    expectRefused("(marketing)/not-found.tsx");
    const dir = appDir("(seo)/sitemap.ts", "(seo)/robots.ts");
    expect(scan(dir).sitemap).toBe(path.join(dir, "(seo)/sitemap.ts"));
    expect(scan(dir).robots).toBe(path.join(dir, "(seo)/robots.ts"));
  });

  it("needs a root layout", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-app-routes-")), "app");
    temps.push(path.dirname(dir));
    fs.mkdirSync(path.join(dir, "posts"), { recursive: true });
    fs.writeFileSync(path.join(dir, "page.tsx"), "");
    fs.writeFileSync(path.join(dir, "posts", "layout.tsx"), "");
    expect(() => scan(dir)).toThrow(/no root layout/);
  });

  it("reads this repository's app/ folder", () => {
    const dir = path.resolve(import.meta.dirname, "../../app");
    const routes = scan(dir);
    expect(paths(routes.layouts)).toEqual([""]);
    expect(paths(routes.pages)).toEqual(expect.arrayContaining(["", "posts/[slug]", "search", "tags/[tag]/page/[page]"]));
    expect(routes.pages.find((p) => p.segments.join("/") === "posts/[slug]")!.segments).toEqual(["posts", "[slug]"]);
    expect(paths(routes.handlers)).toEqual(expect.arrayContaining(["search-index/[file]", "feed.xml", "atom.xml", "feed.json"]));
    expect(routes.handlers.find((h) => h.segments[0] === "search-index")!.segments).toEqual(["search-index", "[file]"]);
    // app/_routes holds shared modules, not routes.
    expect(routes.pages.some((p) => p.file.includes("_routes"))).toBe(false);
    expect(routes.notFound).toBe(path.join(dir, "not-found.tsx"));
    expect(routes.sitemap).toBe(path.join(dir, "sitemap.ts"));
    expect(routes.robots).toBe(path.join(dir, "robots.ts"));
    expect(routes.icons.map((i) => i.name)).toContain("icon.svg");
  });
});

describe("entrySource", () => {
  const routes: Routes = {
    layouts: [{ segments: [], file: "/app/layout.tsx" }],
    pages: [
      { segments: [], file: "/app/page.tsx" },
      { segments: ["posts", "[slug]"], file: "/app/posts/[slug]/page.tsx" },
    ],
    handlers: [{ segments: ["feed.xml"], file: "/app/feed.xml/route.ts" }],
    notFound: "/app/not-found.tsx",
    sitemap: "/app/sitemap.ts",
    robots: null,
    icons: [{ file: "/app/icon.svg", name: "icon.svg" }],
  };
  const source: string = entrySource(routes, "/lib/export/render-site.tsx", "/lib/content/index.ts");

  it("imports every route module once", () => {
    const imports = [...source.matchAll(/^import \* as (\w+) from (".*?");$/gm)].map(([, name, file]) => [name, JSON.parse(file)]);
    expect(imports.map(([, file]) => file).sort()).toEqual(
      ["/app/layout.tsx", "/app/page.tsx", "/app/posts/[slug]/page.tsx", "/app/feed.xml/route.ts", "/app/not-found.tsx", "/app/sitemap.ts"].sort(),
    );
    expect(new Set(imports.map(([name]) => name)).size).toBe(imports.length);
    // Icons are copied, not imported.
    expect(source).not.toContain("icon.svg");
  });

  it("exports exportSite, loadContent and routes", () => {
    expect(source).toContain('export { exportSite } from "/lib/export/render-site.tsx";');
    expect(source).toContain('export { getContent as loadContent } from "/lib/content/index.ts";');
    expect(source).toMatch(/^export const routes = \{/m);
  });

  it("describes the routes with their segments and modules", async () => {
    // Evaluate the routes object with stand-in modules for the imports.
    const body = source
      .replace(/^import \* as (\w+) from (".*?");$/gm, "const $1 = { file: $2 };")
      .replace(/^export \{.*$/gm, "")
      .replace("export const routes =", "return");
    const evaluated = new Function(body)();
    expect(evaluated).toEqual({
      layouts: [{ segments: [], module: { file: "/app/layout.tsx" } }],
      pages: [
        { segments: [], module: { file: "/app/page.tsx" } },
        { segments: ["posts", "[slug]"], module: { file: "/app/posts/[slug]/page.tsx" } },
      ],
      handlers: [{ segments: ["feed.xml"], module: { file: "/app/feed.xml/route.ts" } }],
      notFound: { file: "/app/not-found.tsx" },
      sitemap: { file: "/app/sitemap.ts" },
      robots: undefined,
    });
  });

  it("quotes file paths safely", () => {
    const odd = entrySource(
      { ...routes, pages: [{ segments: ["a"], file: '/app/we"ird\\path/page.tsx' }] },
      "/r.tsx",
      "/c.ts",
    );
    expect(odd).toContain(`from ${JSON.stringify('/app/we"ird\\path/page.tsx')};`);
  });
});
