import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ActionCatalog, catalogOfCompactServices, compactServiceActions } from "../model/aws-actions.js";

/** The compact catalog the build writes beside the bundles (scripts/build.mjs). */
export const BUNDLED_CATALOG = "aws-actions.json";
const PACKAGE_ACTIONS = ["node_modules", "@cloud-copilot", "iam-data", "data", "actions"];

export interface BundledCatalog {
  source: string;
  services: Record<string, string>;
}

/**
 * The AWS action catalog for one scan, read only when a statement asks: from the file beside the bundle, or in
 * a checkout (tests, `npm run` scripts) from the data set's package, one service file at a time, through the
 * same reduction.
 */
export function awsActionCatalog(): ActionCatalog {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, BUNDLED_CATALOG);
  if (statSync(bundled, { throwIfNoEntry: false })?.isFile()) {
    let services: Record<string, string> | undefined;
    return catalogOfCompactServices((prefix) => {
      services ??= (JSON.parse(readFileSync(bundled, "utf8")) as BundledCatalog).services;
      return Object.hasOwn(services, prefix) ? services[prefix] : undefined;
    });
  }
  const directory = packageActionsDirectory(here);
  return catalogOfCompactServices((prefix) => {
    if (!directory || !/^[a-z0-9-]+$/.test(prefix)) return undefined;
    const file = join(directory, `${prefix}.json`);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
    return compactServiceActions(JSON.parse(readFileSync(file, "utf8")));
  });
}

/** The data set's `data/actions/` in the nearest `node_modules` above this module. */
export function packageActionsDirectory(from: string): string | undefined {
  for (let directory = from; ; directory = dirname(directory)) {
    const candidate = join(directory, ...PACKAGE_ACTIONS);
    if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory()) return candidate;
    if (dirname(directory) === directory) return undefined;
  }
}
