import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { PageScript } from "../../components/PageScript";
import { useSearchParams } from "./navigation";
import { exportSite, type SiteRoutes } from "./render-site";

function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

function Boom(): React.ReactNode {
  throw new Error("boom inside Suspense");
}

function NeedsBrowser() {
  return <p>{useSearchParams().get("q")}</p>;
}

const options = (outDir: string) => ({ outDir, siteUrl: "https://example.jp", stylesheets: ["/assets/site.css"], icons: [], clientScripts: { search: "/assets/search.js" }, buildKey: "test", contentSecurityPolicy: "script-src 'self'" });

function site(page: () => React.ReactNode, extra: Partial<SiteRoutes> = {}): SiteRoutes {
  return {
    layouts: [{ segments: [], module: { default: Layout, metadata: { title: { default: "サイト", template: "%s | サイト" } } } }],
    pages: [
      { segments: [], module: { default: page } },
      {
        segments: ["posts", "[slug]"],
        module: {
          default: async ({ params }) => <h1>{decodeURIComponent((await params).slug)}</h1>,
          generateStaticParams: () => [{ slug: "最初" }, { slug: "a b" }],
          generateMetadata: async ({ params }) => ({ title: decodeURIComponent((await params).slug) }),
        },
      },
    ],
    handlers: [{ segments: ["feed.xml"], module: { GET: () => new Response("<rss/>") } }],
    ...extra,
  };
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "yomu-export-"));

describe("exportSite", () => {
  it("writes each page with its head, UTF-8 folders, handlers, and a manifest of fingerprints", async () => {
    const out = tmp();
    const result = await exportSite(site(() => <p>home</p>), options(out));
    const post = fs.readFileSync(path.join(out, "posts/最初/index.html"), "utf8");
    expect(post).toMatch(/^<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="script-src &#x27;self&#x27;"\/>/);
    expect(post).toContain("<title>最初 | サイト</title>");
    expect(post).toContain('<link rel="stylesheet" href="/assets/site.css" data-precedence="next"/>');
    expect(post).toContain("<h1>最初</h1>");
    expect(fs.existsSync(path.join(out, "posts/a b/index.html"))).toBe(true);
    expect(fs.readFileSync(path.join(out, "feed.xml"), "utf8")).toBe("<rss/>");
    expect(Object.keys(result.manifest).sort()).toEqual(["feed.xml", "index.html", "posts/a b/index.html", "posts/最初/index.html"]);
  });

  it("renders nothing again when nothing changed, and only what changed otherwise", async () => {
    const out = tmp();
    const first = await exportSite(site(() => <p>home</p>), options(out));
    const again = await exportSite(site(() => <p>home</p>), { ...options(tmp()), previous: { dir: out, files: first.manifest } });
    expect(again.reused).toBe(4);
    const changed = await exportSite(site(() => <p>home 2</p>), { ...options(tmp()), previous: { dir: out, files: first.manifest } });
    expect(changed.reused).toBe(3);
  });

  it("adds the client script a page asks for, and lets useSearchParams bail out to the browser", async () => {
    const out = tmp();
    await exportSite(
      site(() => (
        <div>
          <PageScript name="search" />
          <Suspense fallback={<p>form</p>}>
            <NeedsBrowser />
          </Suspense>
        </div>
      )),
      options(out),
    );
    const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
    expect(html).toContain('<script type="module" src="/assets/search.js"></script></head>');
    // The fallback, marked for rendering in the browser (React's development build adds the message).
    expect(html).toMatch(/<!--\$!--><template[^>]*><\/template><p>form<\/p><!--\/\$-->/);
  });

  it("adds no script for markup-looking text in a page, only for what the page's components declare", async () => {
    const out = tmp();
    const post = '<p>data-needs-js="search"</p><div data-needs-js="search"></div>';
    await exportSite(site(() => <article dangerouslySetInnerHTML={{ __html: post }} />), options(out));
    const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
    expect(html).toContain('data-needs-js="search"');
    expect(html).not.toContain("<script");
    // A page that asked for a script does not pass it on to the next page rendered.
    const again = tmp();
    await exportSite(site(() => <PageScript name="search" />), options(again));
    expect(fs.readFileSync(path.join(again, "posts/最初/index.html"), "utf8")).not.toContain("<script");
  });

  it("stops on an error inside a Suspense boundary instead of shipping its fallback", async () => {
    const page = () => (
      <Suspense fallback={<p>fallback</p>}>
        <Boom />
      </Suspense>
    );
    await expect(exportSite(site(page), options(tmp()))).rejects.toThrow(/boom inside Suspense/);
  });

  it("skips a page whose component calls notFound()", async () => {
    const { notFound } = await import("./navigation");
    const result = await exportSite(site(() => notFound()), options(tmp()));
    expect(result.skipped).toEqual(["/"]);
  });
});
