/**
 * Loads the renderer bundle (scripts/export/bundle.mjs: one CommonJS file) with
 * V8's code cache, which Node 20 offers only through node:vm: compiling the
 * bundle is a good part of a rebuild's fixed cost, on every thread that renders.
 * The cache sits beside the bundle (and goes when the bundle does); it is made
 * after a build has run, so that it holds the functions rendering compiled too.
 * V8 rejects a cache of another V8 or of other source, and the bundle then
 * compiles as it would without one.
 */
import { isAscii } from "node:buffer";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/** The bundle's exports, and `saveCodeCache()` for when the build has run (once; only when there was no usable cache). */
export function loadRenderer(file) {
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    /* none yet */
  }
  // The bundle is written ASCII-only (./bundle.mjs): read as Latin-1 it becomes V8's one-byte string
  // without UTF-8 decoding, which halves what the source holds and speeds up its scanning.
  const bytes = fs.readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  let save = cachedData === undefined || script.cachedDataRejected;
  return {
    exports: module.exports,
    saveCodeCache() {
      if (!save) return;
      save = false;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        /* a read-only cache folder only loses the speed-up */
      }
    },
  };
}
