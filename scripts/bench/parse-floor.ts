// The parse-only floor of `npm run bench`: a process that reads and parses the files a scan reads, with the
// scan's own reader and parsers, and does nothing else. Bundled by scripts/bench.mjs.
//   parse-floor list <root> <list.json>   writes the files discovery finds (untimed preparation)
//   parse-floor parse <root> <list.json>  reads and parses them
import { readFileSync, writeFileSync } from "node:fs";
import { discover } from "../../src/discover/discover.js";
import { readAndParse } from "../../src/engine/read-file.js";
// Imported for its side effects too: parsers that other formats register (HCL) are registered by the engine.
import "../../src/engine/scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

const [mode, root = ".", list = "files.json"] = process.argv.slice(2);
if (mode === "list") {
  writeFileSync(list, JSON.stringify(discover(nodeFileSystem, { root }).files));
} else {
  const files = JSON.parse(readFileSync(list, "utf8"));
  let documents = 0;
  for (const file of files) documents += readAndParse(nodeFileSystem, root, file).documents.length;
  process.stdout.write(`${JSON.stringify({ files: files.length, documents })}\n`);
}
