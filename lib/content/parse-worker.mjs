/**
 * The second thread of ./parse-parallel.ts: takes files from the shared
 * counter and posts each result back. Plain JavaScript loading the TypeScript
 * parser through jiti, so that it runs under `next dev` as it is.
 */
import { workerData } from "node:worker_threads";

const { counter, done, port } = workerData;
try {
  const { createJiti } = await import("jiti");
  const { parsePost } = await createJiti(import.meta.url).import("./parse.ts");
  const { files, config, now } = await new Promise((resolve) => port.once("message", resolve));
  const at = new Date(now);
  for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
    const f = files[i];
    port.postMessage({ i, result: parsePost(f.file, f.raw, config, at, { mtimeMs: f.mtimeMs }) });
  }
} catch (error) {
  port.postMessage({ error: String(error?.stack ?? error) });
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
  port.close();
}
