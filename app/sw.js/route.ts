/**
 * The service worker (lib/client/sw.ts) at <base>/sw.js, so its scope is the
 * whole site, with the build's WorkerConfig in front. None under `next dev`:
 * a worker there would keep serving pages an editor is changing.
 */
import { compileClientScript } from "../../lib/client-scripts";
import { workerConfig } from "../../lib/offline/worker-config";

export const dynamic = "force-static";

export async function GET() {
  if (process.env.NODE_ENV === "development") return new Response("no service worker under next dev", { status: 404 });
  const code = `self.__yomuWorker=${JSON.stringify(await workerConfig())};\n${await compileClientScript("sw")}`;
  return new Response(code, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" },
  });
}
