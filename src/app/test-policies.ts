import { posix } from "node:path";
import yaml from "js-yaml";
import type { LoadedConfig } from "../config/load-config.js";
import { preparePolicies } from "../engine/policies.js";
import { scan } from "../engine/scan.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import { awsActionCatalog } from "./aws-actions.js";
import { loadAllPolicies } from "./run-scan.js";

/** Where a repository keeps example manifests for its own policies: `<policy-id>/<case>/` with an `expect.yml`. */
export const FIXTURE_DIRECTORY = ".archlint/fixtures";

interface Expected {
  fires: { file: string; line: number; message?: string }[];
}

export interface CaseResult {
  name: string;
  problems: string[];
}

/**
 * Runs each custom policy against its fixtures, as archlint's own tests do for the built-in ones: a case folder
 * is scanned as a repository with the policy's default params, and its findings must land exactly where
 * `expect.yml` says.
 */
export function testPolicies(fs: FileSystem, root: string, loaded: LoadedConfig, now: Date): CaseResult[] {
  const custom = loadAllPolicies(fs, root, loaded).filter((p) => !p.origin.builtin);
  return custom.flatMap((policy) => {
    const folder = `${root}/${FIXTURE_DIRECTORY}/${policy.id}`;
    const cases = fs.stat(folder)?.type === "directory" ? subfolders(fs, folder) : [];
    const results = cases.map((name) => runCase(fs, policy, `${folder}/${name}`, `${policy.id}/${name}`, now));
    const expectations = results.map((r) => r.fires);
    const coverage: string[] = [];
    if (!expectations.some((fires) => fires > 0)) coverage.push("no case where it fires");
    if (!expectations.some((fires) => fires === 0)) coverage.push("no case where it stays silent");
    const summary = coverage.length
      ? [{ name: `${policy.id} (${posix.join(FIXTURE_DIRECTORY, policy.id)}/)`, problems: coverage }]
      : [];
    return [...results.map(({ name, problems }) => ({ name, problems })), ...summary];
  });
}

function subfolders(fs: FileSystem, folder: string): string[] {
  return fs
    .readDirectory(folder)
    .filter((e) => e.type === "directory")
    .map((e) => e.name)
    .sort();
}

function runCase(fs: FileSystem, policy: LoadedPolicy, folder: string, name: string, now: Date) {
  let expected: Expected;
  try {
    expected = yaml.load(Buffer.from(fs.readFile(`${folder}/expect.yml`)).toString("utf8")) as Expected;
    if (!Array.isArray(expected?.fires)) throw new Error("expect.yml needs a `fires:` list");
  } catch (error) {
    return { name, fires: -1, problems: [`expect.yml: ${(error as Error).message}`] };
  }
  const { findings } = scan({
    root: folder,
    fs,
    policies: preparePolicies([policy]),
    now,
    exclude: ["expect.yml"],
    repository: { awsActions: awsActionCatalog },
  });
  const actual = findings.filter((f) => f.policy === policy.id).map((f) => f.location ?? { file: "?", line: 0 });
  const problems: string[] = [];
  const places = (list: { file: string; line: number }[]) =>
    list.map((p) => `${p.file}:${p.line}`).join(", ") || "none";
  if (places(actual) !== places(expected.fires)) {
    problems.push(`expected findings at ${places(expected.fires)}, got ${places(actual)}`);
  }
  expected.fires.forEach((want, index) => {
    const message = findings.filter((f) => f.policy === policy.id)[index]?.message;
    if (want.message && !message?.includes(want.message)) {
      problems.push(`finding ${index + 1}: expected a message containing "${want.message}", got "${message ?? ""}"`);
    }
  });
  return { name, fires: expected.fires.length, problems };
}
