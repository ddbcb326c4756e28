/**
 * One static-export render worker: loads the renderer bundle and renders its
 * shard of the site (lib/export/render-site.tsx), then reports the result.
 */
import { parentPort, workerData } from "node:worker_threads";

const { renderer, options } = workerData;
try {
  const { exportSite, routes } = await import(renderer);
  parentPort.postMessage({ ok: true, result: await exportSite(routes, options) });
} catch (error) {
  const { name = "Error", message = String(error), stack } = error instanceof Error ? error : {};
  parentPort.postMessage({ ok: false, error: { name, message, stack } });
}
