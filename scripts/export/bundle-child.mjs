/** The child process of ./bundle-process.mjs: runs one function of ./bundle.mjs, answers, and ends. */
import * as bundle from "./bundle.mjs";

process.once("message", async ({ name, args }) => {
  try {
    const result = await bundle[name](...args);
    process.send({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    const { name: errorName = "Error", message = String(error), stack } = error instanceof Error ? error : {};
    process.send({ ok: false, error: { name: errorName, message, stack } }, () => process.exit(1));
  }
});
