/**
 * A static-export worker thread. It starts loading the renderer bundle at once
 * (while the main thread reads the content), then runs what the main thread
 * asks: `css` (the stylesheet, off the main thread; on a worker of its own), `parse`
 * (its share of a first build's posts) and `render` (its share of the site's pages and
 * files, lib/export/render-site.tsx).
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadRenderer } from "./load-renderer.mjs";

// A worker started without a renderer only builds the stylesheet, and ends: its memory goes with it.
const renderer = workerData.renderer
  ? Promise.resolve().then(() => loadRenderer(workerData.renderer).exports)
  : Promise.reject(new Error("this worker has no renderer"));
renderer.catch(() => {}); // reported by the task that needs it

const tasks = {
  async css({ sources, dir }) {
    const started = performance.now();
    const { buildCss } = await import("./css.mjs");
    return { file: await buildCss(sources, dir), ms: Math.round(performance.now() - started) };
  },
  /** Its share of parsing a first build's posts (lib/content/index.ts parseShare). */
  async parse({ files, counter, now }) {
    const { parseShare } = await renderer;
    return parseShare(files, new Int32Array(counter), now);
  },
  async render(options) {
    const { exportSite, routes, useReadContent } = await renderer;
    // The texts are indexed once, then let go: the message must not hold them while pages render.
    if (options.content) useReadContent(options.content);
    delete options.content;
    return exportSite(routes, options);
  },
};

parentPort.on("message", async ({ id, task, args }) => {
  try {
    parentPort.postMessage({ id, ok: true, result: await tasks[task](args) });
  } catch (error) {
    const { name = "Error", message = String(error), stack } = error instanceof Error ? error : {};
    parentPort.postMessage({ id, ok: false, error: { name, message, stack } });
  }
});
