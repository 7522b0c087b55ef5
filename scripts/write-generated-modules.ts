// Writes the generated modules (scripts/generated-modules.ts) over the modules they replace in a copy of src/.
//   write-generated-modules <project> <copy of src>
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatedModules } from "./generated-modules.js";

const [project = ".", source = ".build/src"] = process.argv.slice(2);
for (const [path, text] of Object.entries(generatedModules(project))) {
  writeFileSync(join(source, path), text);
  process.stdout.write(`generated ${join(source, path)} (${Math.round(text.length / 1024)} KiB)\n`);
}
