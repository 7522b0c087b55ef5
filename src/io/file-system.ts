import * as fs from "node:fs";

export type EntryType = "file" | "directory" | "symlink" | "other";

/** The engine reads files only through this, so tests can hand it any tree and the engine stays pure. */
export interface FileSystem {
  readDirectory(path: string): { name: string; type: EntryType }[];
  /** Follows symlinks; undefined when the target does not exist or cannot be read. */
  stat(path: string): { size: number; type: EntryType } | undefined;
  realPath(path: string): string | undefined;
  readFile(path: string): Uint8Array;
}

function entryType(entry: fs.Dirent | fs.Stats): EntryType {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isDirectory()) return "directory";
  return entry.isFile() ? "file" : "other";
}

export const nodeFileSystem: FileSystem = {
  readDirectory: (path) =>
    fs.readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, type: entryType(e) })),
  stat(path) {
    try {
      const stats = fs.statSync(path);
      return { size: stats.size, type: entryType(stats) };
    } catch {
      return undefined;
    }
  },
  realPath(path) {
    try {
      return fs.realpathSync(path);
    } catch {
      return undefined;
    }
  },
  readFile: (path) => fs.readFileSync(path),
};
