/**
 * The second thread of ./parse-parallel.ts: takes files from the shared
 * counter, reads (when it must) and parses each, and posts the result back. Plain JavaScript loading the TypeScript
 * parser through jiti, so that it runs under `next dev` as it is.
 */
import { workerData } from "node:worker_threads";

const { counter, done, port } = workerData;
try {
  const { createJiti } = await import("jiti");
  const { parseTask } = await createJiti(import.meta.url).import("./parse-parallel.ts");
  const { files, config, now } = await new Promise((resolve) => port.once("message", resolve));
  const at = new Date(now);
  for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
    port.postMessage({ i, parsed: parseTask(files[i], config, at) });
  }
} catch (error) {
  port.postMessage({ error: String(error?.stack ?? error) });
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
  port.close();
}
