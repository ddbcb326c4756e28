import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { entrySource, scanAppDir } from "./app-routes.mjs";
// @ts-expect-error plain ESM script without types
import { checkRouteModules } from "./route-config.mjs";

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

  it("refuses loading UI, error boundaries and 401/403 pages, which a static page without runtime cannot show", () => {
    for (const base of ["loading", "error", "global-error", "global-not-found", "forbidden", "unauthorized"]) {
      expectRefused(`${base}.tsx`);
      expectRefused(`posts/${base}.tsx`, "posts/page.tsx", `posts/${base}.tsx`);
    }
  });

  it("refuses a middleware or proxy file next to app/ or in src/, which a static host never runs", () => {
    for (const file of ["middleware.ts", "proxy.ts", "src/proxy.js"]) {
      const dir = appDir("page.tsx");
      const project = path.dirname(dir);
      fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      fs.writeFileSync(path.join(project, file), "export function proxy() {}\n");
      expect(() => scan(dir)).toThrow(`${path.join(project, file)}: the static exporter does not support middleware or proxy`);
    }
    // Other files next to app/ are none of its business.
    const dir = appDir("page.tsx");
    fs.writeFileSync(path.join(path.dirname(dir), "next.config.mjs"), "export default {};\n");
    expect(scan(dir).pages).toHaveLength(1);
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

/** Runs an entry module's code with `modules` (file → module) for its imports and `check` for checkRouteModules; returns its routes. */
function evaluateEntry(source: string, modules: Record<string, object>, check: (entries: unknown[]) => void) {
  const body = source
    .replace(/^import \{ checkRouteModules \} from .*$/m, "")
    .replace(/^import \* as (\w+) from (".*?");$/gm, "const $1 = modules[$2];")
    .replace(/^export \{.*$/gm, "")
    .replace("export const routes =", "return");
  return new Function("modules", "checkRouteModules", body)(modules, check);
}

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
  const files = ["/app/layout.tsx", "/app/page.tsx", "/app/posts/[slug]/page.tsx", "/app/feed.xml/route.ts", "/app/not-found.tsx", "/app/sitemap.ts"];
  const standIns = Object.fromEntries(files.map((file) => [file, { file }]));

  it("imports every route module once", () => {
    const imports = [...source.matchAll(/^import \* as (\w+) from (".*?");$/gm)].map(([, name, file]) => [name, JSON.parse(file)]);
    expect(imports.map(([, file]) => file).sort()).toEqual([...files].sort());
    expect(new Set(imports.map(([name]) => name)).size).toBe(imports.length);
    // Icons are copied, not imported.
    expect(source).not.toContain("icon.svg");
  });

  it("exports exportSite, loadContent (with the content hand-over to workers) and routes", () => {
    expect(source).toContain('export { exportSite } from "/lib/export/render-site.tsx";');
    expect(source).toContain('export { getContent as loadContent, readBuildContent, useReadContent, parseCacheEmpty, parseShare, usePreparsed, brokenLinkIssues, siteSections, allBodyErrors, ContentError, formatIssueForSite } from "/lib/content/index.ts";');
    expect(source).toMatch(/^export const routes = \{/m);
  });

  it("describes the routes with their segments and modules", async () => {
    expect(evaluateEntry(source, standIns, () => {})).toEqual({
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

  it("checks every route module, with its kind, file and segments, as it loads", () => {
    const checked: unknown[][] = [];
    evaluateEntry(source, standIns, (entries) => checked.push(entries));
    expect(checked).toHaveLength(1);
    expect(checked[0]).toEqual([
      { kind: "layout", file: "/app/layout.tsx", segments: [], module: { file: "/app/layout.tsx" } },
      { kind: "page", file: "/app/page.tsx", segments: [], module: { file: "/app/page.tsx" } },
      { kind: "page", file: "/app/posts/[slug]/page.tsx", segments: ["posts", "[slug]"], module: { file: "/app/posts/[slug]/page.tsx" } },
      { kind: "handler", file: "/app/feed.xml/route.ts", segments: ["feed.xml"], module: { file: "/app/feed.xml/route.ts" } },
      { kind: "notFound", file: "/app/not-found.tsx", segments: [], module: { file: "/app/not-found.tsx" } },
      { kind: "sitemap", file: "/app/sitemap.ts", segments: [], module: { file: "/app/sitemap.ts" } },
    ]);
    // With the real check, a module the exporter cannot reproduce stops the load, named.
    const modules = {
      ...standIns,
      "/app/posts/[slug]/page.tsx": { dynamicParams: false },
      "/app/feed.xml/route.ts": { GET() {}, dynamic: "force-static" },
    };
    expect(() => evaluateEntry(source, modules, checkRouteModules)).not.toThrow();
    expect(() => evaluateEntry(source, { ...modules, "/app/page.tsx": { revalidate: 60 } }, checkRouteModules)).toThrow(
      /^\/app\/page\.tsx: the static exporter does not support export const revalidate = 60/,
    );
  });

  it("quotes file paths safely", () => {
    const odd = entrySource(
      { ...routes, pages: [{ segments: ["a"], file: '/app/we"ird\\path/page.tsx' }] },
      "/r.tsx",
      "/c.ts",
    );
    expect(odd).toContain(`from ${JSON.stringify('/app/we"ird\\path/page.tsx')};`);
    expect(odd).toContain(`file: ${JSON.stringify('/app/we"ird\\path/page.tsx')},`);
  });
});

describe("checkRouteModules", () => {
  type Kind = "layout" | "page" | "handler" | "notFound" | "sitemap" | "robots";
  const entry = (kind: Kind, file: string, segments: string[], module: object) => ({ kind, file, segments, module });
  const Component = () => null;
  const rootLayout = entry("layout", "/app/layout.tsx", [], { default: Component, metadata: { title: "t" }, viewport: { themeColor: "#fff" } });
  const GET = () => new Response("");

  /** The error message checkRouteModules gives for these entries (with the root layout), or undefined. */
  function refusal(...entries: ReturnType<typeof entry>[]): string | undefined {
    try {
      checkRouteModules([rootLayout, ...entries]);
      return undefined;
    } catch (error) {
      expect((error as Error).name).toBe("UnsupportedRouteError");
      return (error as Error).message;
    }
  }

  it("accepts what the exporter reproduces: static metadata and viewport, page generateMetadata, static handlers, dynamicParams = false", () => {
    expect(
      refusal(
        entry("page", "/app/page.tsx", [], { default: Component, metadata: {}, viewport: {}, dynamic: "force-static", revalidate: false }),
        entry("page", "/app/posts/[slug]/page.tsx", ["posts", "[slug]"], {
          default: Component,
          dynamicParams: false,
          generateStaticParams: () => [],
          generateMetadata: () => ({}),
        }),
        entry("handler", "/app/feed.xml/route.ts", ["feed.xml"], { GET, dynamic: "force-static" }),
        entry("handler", "/app/tags/[tag]/feed.xml/route.ts", ["tags", "[tag]", "feed.xml"], { GET, dynamicParams: false, generateStaticParams: () => [] }),
        entry("notFound", "/app/not-found.tsx", [], { default: Component, metadata: {}, generateMetadata: () => ({}) }),
        entry("sitemap", "/app/sitemap.ts", [], { default: () => [], dynamic: "force-static" }),
        entry("robots", "/app/robots.ts", [], { default: () => ({}) }),
      ),
    ).toBeUndefined();
  });

  it("refuses generateViewport in any page, layout or not-found page, naming the file", () => {
    const generateViewport = () => ({});
    expect(refusal(entry("page", "/app/a/page.tsx", ["a"], { default: Component, generateViewport }))).toBe(
      "/app/a/page.tsx: the static exporter does not support generateViewport — export a static `viewport` object instead",
    );
    expect(refusal(entry("layout", "/app/a/layout.tsx", ["a"], { default: Component, generateViewport }))).toMatch(/^\/app\/a\/layout\.tsx: .*generateViewport/);
    expect(refusal(entry("notFound", "/app/not-found.tsx", [], { default: Component, generateViewport }))).toMatch(/^\/app\/not-found\.tsx: .*generateViewport/);
  });

  it("refuses generateMetadata, generateStaticParams and dynamicParams = true in a layout", () => {
    expect(refusal(entry("layout", "/app/posts/layout.tsx", ["posts"], { default: Component, generateMetadata: () => ({}) }))).toMatch(
      /^\/app\/posts\/layout\.tsx: the static exporter does not support generateMetadata in a layout/,
    );
    expect(refusal(entry("layout", "/app/posts/[slug]/layout.tsx", ["posts", "[slug]"], { default: Component, generateStaticParams: () => [] }))).toMatch(
      /layout\.tsx: the static exporter does not support generateStaticParams in a layout/,
    );
    expect(refusal(entry("layout", "/app/posts/layout.tsx", ["posts"], { default: Component, dynamicParams: true }))).toMatch(/dynamicParams = true/);
  });

  it('refuses dynamic = "force-dynamic" and a revalidate time anywhere, but not revalidate = false', () => {
    for (const kind of ["layout", "page", "handler", "sitemap", "robots"] as const) {
      expect(refusal(entry(kind, `/app/${kind}.ts`, [], { default: Component, GET, dynamic: "force-dynamic" }))).toMatch(
        new RegExp(`^/app/${kind}\\.ts: the static exporter does not support export const dynamic = "force-dynamic"`),
      );
      expect(refusal(entry(kind, `/app/${kind}.ts`, [], { default: Component, GET, revalidate: 3600 }))).toMatch(/export const revalidate = 3600/);
      expect(refusal(entry(kind, `/app/${kind}.ts`, [], { default: Component, GET, revalidate: 0 }))).toMatch(/export const revalidate = 0/);
    }
  });

  it("refuses a dynamic page that does not say what happens to params it was not given, and a dynamic handler without dynamicParams = false", () => {
    const page = (module: object) => entry("page", "/app/posts/[slug]/page.tsx", ["posts", "[slug]"], { default: Component, ...module });
    expect(refusal(page({}))).toMatch(/^\/app\/posts\/\[slug\]\/page\.tsx: .*a dynamic page without export const dynamicParams/);
    // true: next start renders unlisted params, which the page answers with notFound() (the parity test requests some).
    expect(refusal(page({ dynamicParams: true }))).toBeUndefined();
    expect(refusal(page({ dynamicParams: false }))).toBeUndefined();
    const handler = (module: object) => entry("handler", "/app/[f]/route.ts", ["[f]"], { GET, dynamic: "force-static", ...module });
    expect(refusal(handler({}))).toMatch(/a dynamic route handler without export const dynamicParams = false/);
    expect(refusal(handler({ dynamicParams: true }))).toMatch(/dynamicParams = false/);
    expect(refusal(handler({ dynamicParams: false }))).toBeUndefined();
    // Inherited from the nearest layout that sets it, as in Next.
    const postsLayout = (dynamicParams: boolean) => entry("layout", "/app/posts/layout.tsx", ["posts"], { default: Component, dynamicParams });
    expect(refusal(postsLayout(false), page({}))).toBeUndefined();
    expect(refusal(entry("layout", "/app/tags/layout.tsx", ["tags"], { default: Component, dynamicParams: false }), page({}))).toMatch(/dynamicParams/);
    const feed = entry("handler", "/app/posts/[slug]/feed.xml/route.ts", ["posts", "[slug]", "feed.xml"], { GET, dynamic: "force-static" });
    expect(refusal(postsLayout(false), feed)).toBeUndefined();
    // A route without dynamic segments has no params to add.
    expect(refusal(entry("page", "/app/about/page.tsx", ["about"], { default: Component }))).toBeUndefined();
  });

  it("refuses route handlers for methods other than GET, and a GET next start would run on every request", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) {
      expect(refusal(entry("handler", "/app/api/route.ts", ["api"], { GET, dynamic: "force-static", [method]: GET }))).toBe(
        `/app/api/route.ts: the static exporter does not support a ${method} handler (a static site answers GET only) — remove it`,
      );
    }
    expect(refusal(entry("handler", "/app/feed.xml/route.ts", ["feed.xml"], { GET }))).toMatch(/add export const dynamic = "force-static"/);
    for (const config of [{ dynamic: "error" }, { revalidate: false }, { generateStaticParams: () => [{}] }]) {
      expect(refusal(entry("handler", "/app/feed.xml/route.ts", ["feed.xml"], { GET, ...config }))).toBeUndefined();
    }
  });

  it("refuses generateSitemaps, which splits the sitemap into files the export does not write", () => {
    expect(refusal(entry("sitemap", "/app/sitemap.ts", [], { default: () => [], generateSitemaps: () => [{ id: 0 }] }))).toMatch(
      /^\/app\/sitemap\.ts: the static exporter does not support generateSitemaps/,
    );
  });

  it("lists every problem of a file at once", () => {
    const message = refusal(entry("layout", "/app/x/layout.tsx", ["x"], { default: Component, generateMetadata: () => ({}), generateViewport: () => ({}) }));
    expect(message).toMatch(/generateViewport .*; generateMetadata in a layout/);
  });
});
