import type { DiscoveredFile } from "../discover/discover.js";
import type { Extracted } from "../extract/extract.js";
import type { FileSystem } from "../io/file-system.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../parse/parsed-file.js";

/** A file read and parsed, with what evidence adapters found in it when a parse worker ran them already. */
export interface ReadFile {
  file: ParsedFile;
  extracted?: Extracted;
}

/** Reads and parses the discovered files, in their order: one by one, or with help (see io/parallel-reader). */
export type FileReader = (root: string, files: DiscoveredFile[]) => Iterable<ReadFile>;

const utf8 = new TextDecoder("utf-8", { fatal: true });

const unreadable = (file: DiscoveredFile, message: string): ParsedFile => ({
  path: file.path,
  format: file.format,
  text: "",
  documents: [],
  error: { message, line: 1, column: 1 },
  locator: { locate: () => ({ line: 1, column: 1 }) },
});

/** Reads and parses one discovered file; binary or non-UTF-8 content is an error for the file, not the scan. */
export function readAndParse(fs: FileSystem, root: string, file: DiscoveredFile): ParsedFile {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFile(`${root}/${file.path}`);
  } catch (error) {
    return unreadable(file, `cannot read the file: ${(error as Error).message}`);
  }
  if (bytes.includes(0)) return unreadable(file, "binary content under a manifest's name");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return unreadable(file, "not valid UTF-8 text");
  }
  return parseFile(file.path, text, file.format);
}

/** The plain reader: each file read and parsed when the scan asks for it, so one file's documents live at a time. */
export const readOneByOne = (fs: FileSystem): FileReader =>
  function* (root, files) {
    for (const file of files) yield { file: readAndParse(fs, root, file) };
  };
