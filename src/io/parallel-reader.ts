import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discover.js";
import { type FileReader, type ReadFile, readAndParse } from "../engine/read-file.js";
import { WORKER_FORMATS, withLocator } from "../parse/parse-file.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { nodeFileSystem } from "./file-system.js";
import { MAIN_CLAIM, type ParseWork, WORKER_CLAIM, type WorkerResult } from "./parse-work.js";

/** How far past the file it waits for the main thread parses on its own, so its buffer stays small. */
const LOOKAHEAD = 32;
/** Built beside the bundles (scripts/build.mjs); absent when running from the sources, which then read alone. */
const WORKER_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "parse-worker.js");

export interface ParallelOptions {
  script?: string;
  env?: NodeJS.ProcessEnv;
  /** A worker that posts nothing for this long is presumed dead: the main thread reads the file itself. */
  stallMs?: number;
  /** Told, once every file is read, how many each thread parsed, and how many the worker claimed but dropped. */
  onFinish?: (parsedBy: ParsedBy) => void;
}

export interface ParsedBy {
  main: number;
  worker: number;
  /** Claimed by a worker that then went quiet, so read by the main thread (and counted in `main`). */
  recovered: number;
}

/**
 * Reads and parses with a worker thread beside the main one, when the program has the worker script and the
 * machine a second core; `ARCHLINT_WORKERS=0` turns it off. Both threads take files in discovery order, each
 * claiming a file with a compare-and-swap, so neither waits for the other while a file is left: the main thread
 * extracts what the worker parsed and parses what the worker has not reached. Files come out in discovery order.
 */
export function parallelReader(options: ParallelOptions = {}): FileReader | undefined {
  const { script = WORKER_SCRIPT, env = process.env } = options;
  if (env.ARCHLINT_WORKERS === "0" || availableParallelism() < 2 || !existsSync(script)) return undefined;
  return (root, files) => readInParallel(root, files, { ...options, script });
}

function* readInParallel(
  root: string,
  files: DiscoveredFile[],
  { script, stallMs = 5000, onFinish }: ParallelOptions & { script: string },
): Generator<ReadFile> {
  const claimed = new Int32Array(new SharedArrayBuffer(Math.max(1, files.length) * 4));
  files.forEach((file, index) => {
    if (!WORKER_FORMATS.has(file.format)) claimed[index] = MAIN_CLAIM;
  });
  const work: ParseWork = {
    root,
    files,
    claims: claimed.buffer as SharedArrayBuffer,
    progress: new SharedArrayBuffer(4),
  };
  const channel = new MessageChannel();
  const worker = new Worker(script, { workerData: { ...work, port: channel.port2 }, transferList: [channel.port2] });
  worker.unref();
  const results = new WorkerResults(channel.port1, new Int32Array(work.progress), stallMs);
  const parsedBy: ParsedBy = { main: 0, worker: 0, recovered: 0 };
  // Files the main thread parsed while the worker was busy with the one it needed, until their turn comes.
  const ahead = new Map<number, ParsedFile>();
  const readAhead = (after: number): boolean => {
    for (let next = after + 1; next < Math.min(files.length, after + 1 + LOOKAHEAD); next++) {
      const file = files[next] as DiscoveredFile;
      if (ahead.has(next)) continue;
      if (WORKER_FORMATS.has(file.format) && Atomics.compareExchange(claimed, next, 0, MAIN_CLAIM) !== 0) continue;
      ahead.set(next, readAndParse(nodeFileSystem, root, file));
      return true;
    }
    return false;
  };
  try {
    for (const [index, file] of files.entries()) {
      const early = ahead.get(index);
      ahead.delete(index);
      const mine = early !== undefined || Atomics.compareExchange(claimed, index, 0, MAIN_CLAIM) !== WORKER_CLAIM;
      const result = mine ? undefined : results.take(index, () => readAhead(index));
      const parsed = result?.parsed;
      parsedBy[parsed ? "worker" : "main"]++;
      if (!mine && !parsed) parsedBy.recovered++;
      yield parsed
        ? { file: withLocator(parsed), extracted: result?.extracted }
        : { file: early ?? readAndParse(nodeFileSystem, root, file) };
    }
    onFinish?.(parsedBy);
  } finally {
    channel.port1.close();
    void worker.terminate();
  }
}

/** The worker's posts, received synchronously: the scan stays one synchronous pass. */
class WorkerResults {
  private readonly waiting = new Map<number, WorkerResult>();

  constructor(
    private readonly port: MessagePort,
    private readonly posted: Int32Array,
    private readonly stallMs: number,
  ) {}

  /**
   * The worker's result for a file it claimed; undefined when the worker has gone quiet for `stallMs`. While it
   * is not there, `meanwhile` is called to do other work; the thread sleeps only when that has none left.
   */
  take(index: number, meanwhile: () => boolean): WorkerResult | undefined {
    let seen = Atomics.load(this.posted, 0);
    let quietSince = Date.now();
    for (;;) {
      for (let message = receiveMessageOnPort(this.port); message; message = receiveMessageOnPort(this.port)) {
        const result = message.message as WorkerResult;
        this.waiting.set(result.index, result);
      }
      const result = this.waiting.get(index);
      if (result) {
        this.waiting.delete(index);
        return result;
      }
      const now = Atomics.load(this.posted, 0);
      if (now !== seen || meanwhile()) {
        seen = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince > this.stallMs) {
        return undefined;
      } else {
        Atomics.wait(this.posted, 0, seen, 100);
      }
    }
  }
}
