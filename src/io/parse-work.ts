import type { DiscoveredFile } from "../discover/discover.js";
import type { Extracted } from "../extract/extract.js";
import type { ParsedFile } from "../parse/parsed-file.js";

/** What the main thread hands the parse worker: the files, and the shared memory both sides coordinate in. */
export interface ParseWork {
  root: string;
  files: DiscoveredFile[];
  /** One Int32 per file: 0 unclaimed, else who reads it (a compare-and-swap decides). */
  claims: SharedArrayBuffer;
  /** One Int32 the worker increments after each file it posts, so the main thread can sleep until then. */
  progress: SharedArrayBuffer;
}

export const MAIN_CLAIM = 1;
export const WORKER_CLAIM = 2;

/**
 * One file parsed by the worker, with the evidence adapters' output when it parsed cleanly; no `parsed` when
 * the worker failed unexpectedly (the main thread then reads the file).
 */
export interface WorkerResult {
  index: number;
  parsed?: Omit<ParsedFile, "locator">;
  extracted?: Extracted;
}
