import type { SetAsideFile } from "../model/types.js";

/** Folders whose manifests are opt-in add-ons or illustrations, not the system the repository deploys. */
const OPTIONAL_FOLDERS = new Set(["extras", "extra", "examples", "example", "samples", "sample"]);

/** Folders that hold tests and their inputs. */
const TEST_FOLDERS = new Set(["test", "tests", "__tests__", "e2e", "fixtures", "testdata", "__snapshots__"]);

/** Compose files whose name says they run tests or CI, not the deployed system (`docker-compose.ci.yml`). */
const TEST_COMPOSE = /^(docker-)?compose[-._].*\b(test|tests|ci|e2e|it)\b.*\.ya?ml$/i;

/** Snapshots a test compares against (`AppStackExpected.json`, `*.snap`): copies of a stack, not one deployed. */
const TEST_SNAPSHOT = /(Expected\.json|\.snap)$/;

/** A folder a Compose file sits in that runs tests (`ci/docker-compose.yml`). */
const CI_FOLDERS = new Set(["ci", ".ci"]);

export interface Role extends Omit<SetAsideFile, "path"> {
  /** What an `include` pattern spells out to name the file: its marking folder (`examples/`) or name. */
  marker: string;
}

/**
 * Whether a file (POSIX, relative to the scanned root: folders above the root never count) is set aside, and why:
 * optional (an add-on or example) or test (a test's input, a snapshot, a test or CI compose file).
 */
export function setAsideRole(path: string): Role | undefined {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  const folders = parts.slice(0, -1);
  const lower = folders.map((folder) => folder.toLowerCase());
  const testAt = lower.findIndex(
    (folder, index) => TEST_FOLDERS.has(folder) || (folder === "src" && lower[index + 1] === "test"),
  );
  if (testAt >= 0) {
    const marker = lower[testAt] === "src" ? "src/test/" : `${folders[testAt]}/`;
    return { role: "test", reason: `below ${marker}`, marker };
  }
  const snapshot = TEST_SNAPSHOT.exec(name);
  if (snapshot) return { role: "test", reason: "a test snapshot", marker: snapshot[1] ?? name };
  const isCompose = /^(docker-)?compose([-._].*)?\.ya?ml$/i.test(name);
  if (isCompose && TEST_COMPOSE.test(name))
    return { role: "test", reason: "a compose file for tests or CI", marker: name };
  const ci = folders.find((folder) => CI_FOLDERS.has(folder.toLowerCase()));
  if (isCompose && ci) return { role: "test", reason: `a compose file below ${ci}/`, marker: `${ci}/` };
  const optional = folders.find((folder) => OPTIONAL_FOLDERS.has(folder.toLowerCase()));
  if (optional) return { role: "optional", reason: `below ${optional}/`, marker: `${optional}/` };
  return undefined;
}

/**
 * Whether the config's `include` names a set-aside file: one of its patterns spells out what set the file aside
 * (`examples/**`, `**\/docker-compose.ci.yml`, `**\/*Expected.json`), so a catch-all such as `**\/*.yml` does not.
 */
export const namedByInclude = (role: Role, include: string[]) =>
  include.some((pattern) => pattern.toLowerCase().includes(role.marker.toLowerCase()));
