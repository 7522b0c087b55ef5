import type { DiscoveredFile } from "../discover/discover.js";
import type { FileSystem } from "../io/file-system.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../parse/parsed-file.js";

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
