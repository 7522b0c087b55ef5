import type { DocPath, Location } from "../model/types.js";

export type FileFormat = "yaml" | "json" | "hcl" | "text" | "script" | "helm-template";

export interface ParseError {
  message: string;
  line: number;
  column: number;
}

/** Finds where a value sits in the source; resolves lazily, so files without findings are never re-read. */
export interface Locator {
  /**
   * The range of the deepest node on `path` that exists (a key's line for a mapping entry). A rendered Helm
   * template's locator may answer in another file: the values file that set the value.
   */
  locate(doc: number, path: DocPath, embedded?: DocPath): Omit<Location, "file"> & { file?: string };
}

export interface ParsedFile {
  /** POSIX path relative to the scanned root. */
  path: string;
  format: FileFormat;
  text: string;
  documents: unknown[];
  error?: ParseError;
  locator: Locator;
}
