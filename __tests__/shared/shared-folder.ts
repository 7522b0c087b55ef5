import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PROJECT } from "../helpers/bundle.js";

/** The shared folder (corpus, peer suites): ARCHLINT_SHARED, else `../shared` beside the project. */
export function sharedFolder(): string {
  const folder = resolve(process.env.ARCHLINT_SHARED || join(PROJECT, "..", "shared"));
  if (!existsSync(folder)) throw new Error(`the shared folder ${folder} is not there: set ARCHLINT_SHARED`);
  return folder;
}
