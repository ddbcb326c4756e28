/**
 * The static exporter: renders every route of app/ to files the way
 * `output: "export"` would, with the same page components, metadata and route
 * handlers, but without Next's per-page pipeline (no RSC payload, no runtime
 * scripts, no build workers). A page that needs JavaScript in the browser
 * renders `<PageScript name=… />` (lib/page-scripts.ts); the exporter adds that
 * client script. Every page carries the site's Content-Security-Policy as a
 * `<meta>` tag, for hosts that send no headers.
 */
import fs from "node:fs";
import path from "node:path";
import type { Metadata, MetadataRoute, Viewport } from "next";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import { fingerprint } from "./fingerprint";
import { ClientOnlyError, clientOnlyBailouts } from "./navigation";
import { escapeHtml, headHtml, mergeMetadata } from "./head";
import { robotsTxt, sitemapXml } from "./route-data";
import { takeRequestedScripts, type PageScriptName } from "../page-scripts";
import { PLACEHOLDER_PARAM } from "../static-params";

type Params = Record<string, string>;
type PageProps = { params: Promise<Params>; searchParams: Promise<Record<string, string>> };

interface PageModule {
  default: (props: PageProps) => ReactNode | Promise<ReactNode>;
  metadata?: Metadata;
  generateMetadata?: (props: PageProps) => Metadata | Promise<Metadata>;
  generateStaticParams?: () => Params[] | Promise<Params[]>;
  viewport?: Viewport;
}

interface LayoutModule {
  default: (props: { children: ReactNode; params: Promise<Params> }) => ReactNode;
  metadata?: Metadata;
  viewport?: Viewport;
}

interface HandlerModule {
  GET?: (request: Request, context: { params: Promise<Params> }) => Response | Promise<Response>;
  generateStaticParams?: () => Params[] | Promise<Params[]>;
}

interface Route<M> {
  segments: string[];
  module: M;
}

export interface SiteRoutes {
  layouts: Route<LayoutModule>[];
  pages: Route<PageModule>[];
  handlers: Route<HandlerModule>[];
  notFound?: PageModule;
  sitemap?: { default: () => MetadataRoute.Sitemap | Promise<MetadataRoute.Sitemap> };
  robots?: { default: () => MetadataRoute.Robots | Promise<MetadataRoute.Robots> };
}

export interface ExportOptions {
  outDir: string;
  /** Site origin + base path, for the Request a route handler receives. */
  siteUrl: string;
  stylesheets: string[];
  icons: { href: string; type?: string; sizes?: string }[];
  /** Script name (lib/page-scripts.ts) → URL of the module script a page that asks for it loads. */
  clientScripts: Partial<Record<PageScriptName, string>>;
  /** The policy every page carries as `<meta http-equiv="Content-Security-Policy">`. */
  contentSecurityPolicy: string;
  /**
   * When several threads render one site: a shared counter (one Int32) from
   * which each takes the next task (a route handler, the not-found page with
   * sitemap and robots, or one page) until none is left, so the work spreads
   * evenly whatever each task costs. Every thread lists the tasks in the same order.
   */
  queue?: SharedArrayBuffer;
  /** Hash of the code and settings every page depends on (bundle, assets, environment). */
  buildKey: string;
  /**
   * The site already in place and what each of its files was made from: a file
   * whose fingerprint is unchanged is neither rendered nor written again.
   */
  previous?: { dir: string; files: Record<string, string> };
}

export interface ExportResult {
  pages: number;
  skipped: string[];
  /** Milliseconds spent per route file, where the time goes. */
  timings: Record<string, number>;
  /** Every file of the site this thread wrote or found unchanged → its fingerprint. */
  manifest: Record<string, string>;
  /** Files left as they were (unchanged since the previous build). */
  reused: number;
}

const WRITES_IN_FLIGHT = 64;

/** The error a Suspense boundary's content threw, which renderToString does not report. */
async function suspenseError(tree: ReactNode): Promise<string> {
  let found: unknown;
  const { prelude } = await prerenderToNodeStream(tree, {
    onError: (error) => void (error instanceof ClientOnlyError || (found ??= error)),
  });
  prelude.resume();
  return found instanceof Error ? (found.stack ?? found.message) : `a component inside <Suspense> threw ${String(found)}`;
}

const dynamicName = (segment: string) => /^\[(\w+)\]$/.exec(segment)?.[1];

/** A placeholder (an empty list: no categories, one page of posts) is a 404 by design, not worth a note. */
const isPlaceholder = (params: Params) => Object.values(params).includes(PLACEHOLDER_PARAM);

function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}

/** Every params object a route is built for; a route without dynamic segments has one, `{}`. */
async function paramsOf(route: Route<PageModule | HandlerModule>, file: string): Promise<Params[]> {
  const names = route.segments.map(dynamicName).filter((n): n is string => n !== undefined);
  if (names.length === 0) return [{}];
  if (!route.module.generateStaticParams) throw new Error(`${file}: a dynamic route needs generateStaticParams for the static export`);
  const list = await route.module.generateStaticParams();
  for (const params of list) {
    for (const name of names) {
      const value = params[name];
      if (typeof value !== "string" || value === "" || value === "." || value === ".." || /[/\\\0]/.test(value)) {
        throw new Error(`${file}: generateStaticParams gave ${JSON.stringify(params)}; "${name}" must be a non-empty string without "/"`);
      }
    }
  }
  return list;
}

/** URL path and file-system path of a route for one params object. */
function locate(segments: string[], params: Params): { url: string; dir: string[] } {
  const dir = segments.map((s) => {
    const name = dynamicName(s);
    return name ? params[name] : s;
  });
  return { url: "/" + dir.map(encodeURIComponent).map((s) => s + "/").join(""), dir };
}

/** Params as a Next page receives them: each value percent-encoded. */
const encoded = (params: Params): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)]));

const within = (route: Route<unknown>, layout: Route<unknown>) =>
  layout.segments.length <= route.segments.length && layout.segments.every((s, i) => route.segments[i] === s);

export async function exportSite(routes: SiteRoutes, options: ExportOptions): Promise<ExportResult> {
  const result: ExportResult = { pages: 0, skipped: [], timings: {}, manifest: {}, reused: 0 };
  const timed = async (label: string, work: () => Promise<void>) => {
    const start = performance.now();
    await work();
    result.timings[label] = Math.round((result.timings[label] ?? 0) + performance.now() - start);
  };
  // Writes run on libuv's threads while the next page renders;
  // at most WRITES_IN_FLIGHT at once bounds the memory they hold.
  // Folders are made here, synchronously: under load, dispatching an asynchronous mkdir cost this
  // thread several times what the system call itself does (measured in profiles of a 1,000-post build).
  const dirs = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let writeError: unknown;
  /** True when the file is in place from the previous build with this fingerprint. */
  const unchanged = (relative: string, key: string) => {
    result.manifest[relative] = key;
    const same = options.previous?.files[relative] === key && fs.existsSync(path.join(options.previous.dir, relative));
    if (same) result.reused++;
    return same;
  };
  const writeIfChanged = async (relative: string, data: string | Uint8Array) => {
    if (!unchanged(relative, fingerprint(data))) await write(relative, data);
  };
  const write = async (relative: string, data: string | Uint8Array) => {
    const file = path.join(options.outDir, relative);
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    const done: Promise<void> = fs.promises
      .writeFile(file, data)
      .catch((error: unknown) => void (writeError ??= error))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    if (writeError) throw writeError;
  };

  /** A page's element tree and metadata: cheap, and all its HTML is made from. */
  const preparePage = async (route: Route<PageModule>, params: Params, url: string) => {
    const page = route.module;
    const layouts = routes.layouts.filter((l) => within(route, l));
    const props: PageProps = { params: Promise.resolve(encoded(params)), searchParams: Promise.resolve({}) };
    const pageMetadata = page.generateMetadata ? await page.generateMetadata(props) : page.metadata;
    const metadata = mergeMetadata([...layouts.map((l) => l.module.metadata ?? {}), pageMetadata ?? {}]);
    const viewport = Object.assign({}, ...layouts.map((l) => l.module.viewport ?? {}), page.viewport ?? {}) as Viewport;
    let tree = await page.default(props);
    for (const layout of layouts.toReversed()) {
      const Layout = layout.module.default;
      tree = <Layout params={props.params}>{tree}</Layout>;
    }
    return { tree, metadata, viewport, key: fingerprint(options.buildKey, url, metadata, viewport, tree) };
  };

  const renderDocument = async (
    { tree, metadata, viewport }: Awaited<ReturnType<typeof preparePage>>,
    label: string,
    notFound = false,
  ) => {
    // A Suspense boundary left to the browser (useSearchParams, lib/export/navigation.ts) carries an
    // empty digest, as in Next's HTML: it tells React in the browser that the bailout was intended.
    // renderToString writes the template without one, and hydration then reports error #419.
    const bailouts = clientOnlyBailouts.count;
    takeRequestedScripts();
    const rendered = renderToString(tree);
    const requested = takeRequestedScripts();
    // renderToString renders the fallback of a Suspense boundary whose content threw, silently.
    // Only the intended bailouts may do that; anything else is an error that must stop the build.
    if (rendered.split("<!--$!-->").length - 1 > clientOnlyBailouts.count - bailouts) throw new Error(`${label}: ${await suspenseError(tree)}`);
    const body = rendered.replaceAll("<!--$!--><template></template>", '<!--$!--><template data-dgst=""></template>');
    const scripts = requested.map((name) => {
      const src = options.clientScripts[name];
      if (!src) throw new Error(`${label}: the page needs the client script "${name}", which the exporter does not build`);
      return `<script type="module" src="${escapeHtml(src)}"></script>`;
    });
    const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.contentSecurityPolicy)}"/>`;
    // The policy applies to what follows it: right after the charset, before any stylesheet or script.
    const head = headHtml(metadata, viewport, { stylesheets: options.stylesheets, icons: options.icons }, { notFound }).replace(/^(<meta charSet="utf-8"\/>)?/, (charset) => charset + csp) + scripts.join("");
    const html = body.replace(/^(<html\b[^>]*>)(?:<head>(.*?)<\/head>)?/s, (_, open: string, inner = "") => `${open}<head>${head}${inner}</head>`);
    if (html === body) throw new Error(`${label}: the root layout must render <html>`);
    return `<!DOCTYPE html>${html}`;
  };

  /** Renders and writes a page unless the previous build left it in place unchanged. */
  const exportPage = async (route: Route<PageModule>, params: Params, url: string, relative: string, label: string, notFound = false) => {
    const prepared = await preparePage(route, params, url);
    if (!unchanged(relative, prepared.key)) await write(relative, await renderDocument(prepared, label, notFound));
    result.pages++;
  };

  const tasks: { label: string; run: () => Promise<void> }[] = [];

  // Route handlers first: one of them may build a whole search index.
  for (const route of routes.handlers) {
    const label = `app/${[...route.segments, "route"].join("/")}`;
    const GET = route.module.GET;
    if (!GET) throw new Error(`${label}: the static export needs a GET handler`);
    tasks.push({
      label,
      run: async () => {
        for (const params of await paramsOf(route, label)) {
          const { url, dir } = locate(route.segments, params);
          const response = await GET(new Request(options.siteUrl + url.slice(0, -1)), { params: Promise.resolve(encoded(params)) });
          if (response.status === 404) {
            if (!isPlaceholder(params)) result.skipped.push(url);
            continue;
          }
          if (!response.ok) throw new Error(`${label} (${url}): GET answered ${response.status}`);
          await writeIfChanged(path.join(...dir), new Uint8Array(await response.arrayBuffer()));
        }
      },
    });
  }

  tasks.push({
    label: "app/not-found, sitemap, robots",
    run: async () => {
      const { notFound, sitemap, robots } = routes;
      if (notFound) await exportPage({ segments: [], module: notFound }, {}, "/404.html", "404.html", "app/not-found", true);
      if (sitemap) await writeIfChanged("sitemap.xml", sitemapXml(await sitemap.default()));
      if (robots) await writeIfChanged("robots.txt", robotsTxt(await robots.default()));
    },
  });

  for (const route of routes.pages) {
    const label = `app/${[...route.segments, "page"].join("/")}`;
    for (const params of await paramsOf(route, label)) {
      const { url, dir } = locate(route.segments, params);
      tasks.push({
        label,
        run: async () => {
          try {
            await exportPage(route, params, url, path.join(...dir, "index.html"), label);
          } catch (error) {
            if (!isNotFound(error)) throw new Error(`${label} (${url}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            if (!isPlaceholder(params)) result.skipped.push(url);
          }
        },
      });
    }
  }

  const next = new Int32Array(options.queue ?? new SharedArrayBuffer(4));
  for (let i = Atomics.add(next, 0, 1); i < tasks.length; i = Atomics.add(next, 0, 1)) {
    await timed(tasks[i].label, tasks[i].run);
  }
  await Promise.all(inFlight);
  if (writeError) throw writeError;
  return result;
}
