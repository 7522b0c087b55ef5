import { type MessagePort, workerData } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discover.js";
import { readAndParse } from "../engine/read-file.js";
import { EVIDENCE_ADAPTERS } from "../extract/adapters.js";
import { extractAlone } from "../extract/extract.js";
import { nodeFileSystem } from "./file-system.js";
import { type ParseWork, WORKER_CLAIM, type WorkerResult } from "./parse-work.js";

/**
 * The parse worker (bundled as dist/parse-worker.js): reads and parses, in order, every file the main thread
 * has not claimed first, runs the evidence adapters on it, and posts both back without the locator (the main
 * thread makes one from the text).
 */
const { root, files, claims, progress, port } = workerData as ParseWork & { port: MessagePort };
const claimed = new Int32Array(claims);
const posted = new Int32Array(progress);

(files as DiscoveredFile[]).forEach((file, index) => {
  if (Atomics.compareExchange(claimed, index, 0, WORKER_CLAIM) !== 0) return;
  let result: WorkerResult;
  try {
    const { locator, ...parsed } = readAndParse(nodeFileSystem, root, file);
    const extracted = parsed.error ? undefined : extractAlone({ ...parsed, locator }, EVIDENCE_ADAPTERS);
    result = { index, parsed, extracted };
  } catch {
    result = { index };
  }
  port.postMessage(result);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
});
port.close();
