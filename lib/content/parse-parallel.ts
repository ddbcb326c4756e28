/**
 * Parses many post files on two threads, synchronously (the content API is
 * synchronous): a worker thread takes files from a shared counter as the
 * calling thread does, and its results are read back with
 * receiveMessageOnPort. For `next dev` reading a whole folder in a fresh
 * process without a parse cache; the static exporter has threads of its own.
 * Where no worker can start (no `jiti`), everything is parsed here.
 */
import fs from "node:fs";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { SiteConfig } from "../config/site-config";
import type { SourceFile } from "./load";
import { parsePost, type ParseResult } from "./parse";
import { infoOf, sourceKey } from "./parse-cache";

/** Below this many files a thread costs more to start than it saves. */
export const PARALLEL_FROM = 400;

/** How long the calling thread waits for the worker's next result before parsing the rest itself. */
const STALL_MS = 30_000;

/**
 * A file to parse: its text, or where to read it (by whichever thread parses it,
 * so that reading a cold folder is shared too).
 */
export type ParseTask = { file: string; mtimeMs: number } & Pick<SourceFile, "layout" | "added" | "chapter"> & ({ raw: string } | { path: string });

/** A task's result; `undefined` when its file could not be read (removed meanwhile). `key`: its parse-cache key. */
export type ParsedTask = { result: ParseResult; key: string } | undefined;

/** Reads (when it must) and parses one task; the key is the parse cache's (lib/content/parse-cache.ts). */
export function parseTask(task: ParseTask, config: SiteConfig, now: Date): ParsedTask {
  let raw: string;
  try {
    raw = "raw" in task ? task.raw : fs.readFileSync(task.path, "utf8");
  } catch {
    return undefined;
  }
  return { result: parsePost(task.file, raw, config, now, infoOf(task)), key: sourceKey({ ...task, raw }) };
}

/**
 * Parses the tasks, in order, on this thread and the worker; and how many of them the worker parsed.
 * `leaveToWorker` (for tests, which cannot tell when the worker has started): this thread parses only
 * what the worker did not, and waits for it however long it takes to start.
 */
export function parseCounted(files: ParseTask[], config: SiteConfig, now: Date, { leaveToWorker = false } = {}): { results: ParsedTask[]; byWorker: number } {
  const results: ParsedTask[] = new Array(files.length);
  const answered = new Uint8Array(files.length);
  const parseOne = (i: number) => {
    results[i] = parseTask(files[i], config, now);
    answered[i] = 1;
  };
  const helper = files.length >= PARALLEL_FROM ? startWorker() : undefined;
  if (!helper) {
    for (let i = 0; i < files.length; i++) parseOne(i);
    return { results, byWorker: 0 };
  }
  const { counter, done, port, worker } = helper;
  port.postMessage({ files, config, now: now.getTime() });
  if (!leaveToWorker) for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) parseOne(i);

  // The counter is spent; collect what the worker parsed, and parse anything it could not.
  let failed = false;
  let byWorker = 0;
  let waitedSince = Date.now();
  const drain = () => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const message = m.message as { i: number; parsed: ParsedTask } | { error: string };
      if ("error" in message) failed = true;
      else {
        results[message.i] = message.parsed;
        answered[message.i] = 1;
        byWorker++;
      }
      waitedSince = Date.now();
    }
  };
  for (;;) {
    drain();
    if (Atomics.load(done, 0) === 1) {
      drain();
      break;
    }
    if (!leaveToWorker && Date.now() - waitedSince > STALL_MS) {
      failed = true;
      break;
    }
    Atomics.wait(done, 0, 0, 50);
  }
  void worker.terminate();
  port.close();
  // A file the worker took but did not answer (it failed or stalled) is parsed here.
  for (let i = 0; i < files.length; i++) if (!answered[i]) parseOne(i);
  if (failed) console.warn("yomu: the second parsing thread stopped; its files were parsed on the main thread");
  return { results, byWorker };
}

function startWorker(): { counter: Int32Array; done: Int32Array; port: MessagePort; worker: Worker } | undefined {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    const script = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "content", "parse-worker.mjs");
    if (!fs.existsSync(script)) throw new Error(`${script} is missing`);
    const worker = new Worker(/*turbopackIgnore: true*/ script, { workerData: { counter, done, port: port2 }, transferList: [port2] });
    worker.unref();
    worker.on("error", () => {});
    return { counter, done, port: port1, worker };
  } catch {
    port1.close();
    return undefined;
  }
}
