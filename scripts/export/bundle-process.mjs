/**
 * Runs a function of ./bundle.mjs in a child process. rolldown's native memory
 * (its threads and their allocator) is not given back to the system while the
 * process lives: bundling in a process of its own keeps it out of the build's
 * peak, which the pages and the search index need.
 */
import { fork } from "node:child_process";

export function inChildProcess(name, ...args) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./bundle-child.mjs", import.meta.url), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let settled = false;
    child.once("message", ({ ok, result, error }) => {
      settled = true;
      if (ok) resolve(result);
      else reject(Object.assign(new Error(error.message), error));
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (!settled) reject(new Error(`bundling (${name}) ended with exit code ${code} before answering`));
    });
    child.send({ name, args });
  });
}
