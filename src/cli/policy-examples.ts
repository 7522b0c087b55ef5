import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { PolicyExample, PolicyExamples } from "./explain.js";

interface PolicyCase extends PolicyExample {
  size: number;
}

/**
 * A built-in policy's examples for `archlint explain`, from its own test cases
 * (`__tests__/fixtures/policies/<id>/<case>/`): the smallest firing case with the smallest silent case,
 * preferring two of one format (the case name's first word: serverless-…, k8s-…), so they read side by side, and
 * a silent case named compliant (the fix, rather than a case the policy cannot judge). Undefined when the policy
 * has no such folder or not both kinds of case.
 */
export function readPolicyExamples(folder: string): PolicyExamples | undefined {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const cases = readdirSync(folder)
    .sort()
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .map((name) => caseOf(folder, name));
  return pickExamples(cases);
}

/** The smallest firing + silent pair of one format (a compliant silent case first), else the smallest of each. */
export function pickExamples(cases: PolicyCase[]): PolicyExamples | undefined {
  const firing = cases.filter((c) => c.fires.length > 0);
  const silent = cases.filter((c) => c.fires.length === 0);
  const format = (c: PolicyCase) => c.name.split("-")[0];
  const pairs = firing.flatMap((fires) => silent.map((quiet) => ({ fires, silent: quiet })));
  const byCost = (a: (typeof pairs)[number], b: (typeof pairs)[number]) =>
    Number(format(a.fires) !== format(a.silent)) - Number(format(b.fires) !== format(b.silent)) ||
    Number(!a.silent.name.includes("compliant")) - Number(!b.silent.name.includes("compliant")) ||
    a.fires.size + a.silent.size - (b.fires.size + b.silent.size) ||
    a.fires.name.localeCompare(b.fires.name) ||
    a.silent.name.localeCompare(b.silent.name);
  const [best] = pairs.sort(byCost);
  if (!best) return undefined;
  const strip = ({ name, files, fires }: PolicyCase): PolicyExample => ({ name, files, fires });
  return { fires: strip(best.fires), silent: strip(best.silent) };
}

function caseOf(folder: string, name: string): PolicyCase {
  const expected = yaml.load(readFileSync(join(folder, name, "expect.yml"), "utf8")) as {
    fires?: { file: string; line: number }[];
  };
  const files = filesOf(join(folder, name));
  const size = files.reduce((sum, file) => sum + file.text.length, 0);
  const fires = (expected.fires ?? []).map(({ file, line }) => ({ file, line }));
  return { name, files, fires, size };
}

function filesOf(folder: string): PolicyExample["files"] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name !== "expect.yml" && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ path: name.split("\\").join("/"), text: readFileSync(join(folder, name), "utf8") }));
}
