/**
 * A static-export render worker: imports the renderer bundle as soon as it
 * starts (while the main thread reads the content), then renders the part of
 * the site the main thread sends it (lib/export/render-site.tsx) and reports.
 */
import { parentPort, workerData } from "node:worker_threads";

const failed = (error) => {
  const { name = "Error", message = String(error), stack } = error instanceof Error ? error : {};
  parentPort.postMessage({ ok: false, error: { name, message, stack } });
};

try {
  const { exportSite, routes } = await import(workerData.renderer);
  parentPort.once("message", (options) => exportSite(routes, options).then((result) => parentPort.postMessage({ ok: true, result }), failed));
} catch (error) {
  failed(error);
}
