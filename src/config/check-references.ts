import type { LoadedPolicy } from "../evaluate/policy.js";
import { type FieldShape, fieldParam, subjectShape } from "../model/fields.js";
import type { ConfigurationError } from "./configuration-errors.js";
import type { LoadedConfig } from "./load-config.js";
import { describeValue } from "./schema-errors.js";
import { didYouMean } from "./suggest.js";

/** Findings that are not policies but can be waived all the same. */
const WAIVABLE_NON_POLICIES = ["parse-error"];

/**
 * What the schema cannot know: that every policy id the config names exists, that params overrides use the
 * policy's own param names and types, and that no waiver targets a policy marked unwaivable.
 */
export function checkPolicyReferences(
  { config, source }: LoadedConfig,
  policies: LoadedPolicy[],
): ConfigurationError[] {
  const byId = new Map(policies.map((p) => [p.id, p]));
  const ids = [...byId.keys(), ...WAIVABLE_NON_POLICIES];
  const errors: ConfigurationError[] = [];
  const file = source?.file ?? "the config";
  const report = (path: string[], message: string) =>
    errors.push({ file, ...(source?.locate(path) ?? { line: 1, column: 1 }), message });
  const unknownId = (id: string, path: string[], what: string) => {
    if (ids.includes(id)) return false;
    report(path, `${what}: "${id}" is not a policy id${didYouMean(id, ids)} (archlint policies lists them)`);
    return true;
  };

  for (const [id, setting] of Object.entries(config.policies ?? {})) {
    const policy = byId.get(id);
    if (!policy) {
      unknownId(id, ["policies", id], "policies");
      continue;
    }
    if (setting !== "off") checkParams(policy, setting.params ?? {}, ["policies", id, "params"], report);
  }
  (config.unwaivable ?? []).forEach((id, index) => {
    unknownId(id, ["unwaivable", String(index)], "unwaivable");
  });
  (config.waivers ?? []).forEach((waiver, index) => {
    const path = ["waivers", String(index), "policy"];
    if (unknownId(waiver.policy, path, `waiver #${index + 1}`)) return;
    if (config.unwaivable?.includes(waiver.policy)) {
      report(path, `waiver #${index + 1}: "${waiver.policy}" is listed in unwaivable, so it cannot be waived`);
    }
  });
  return errors;
}

function checkParams(
  policy: LoadedPolicy,
  params: Record<string, unknown>,
  path: string[],
  report: (path: string[], message: string) => void,
): void {
  const defaults = policy.params ?? {};
  const names = Object.keys(defaults);
  for (const [name, value] of Object.entries(params)) {
    if (!Object.hasOwn(defaults, name)) {
      const known = names.length ? `its params are ${names.join(", ")}` : "it has no params";
      report([...path, name], `${policy.id} has no param "${name}"${didYouMean(name, names)} (${known})`);
      continue;
    }
    const expected = expectedShape(policy, defaults[name]);
    if (shapeOf(value) !== expected) {
      report(
        [...path, name],
        `${path.slice(0, 2).join(".")}.params.${name}: expected ${expected}, got ${describeValue(value)}`,
      );
    }
  }
}

/** A param that defaults to a field of the subject (`{ $field: platformMaxTimeout }`) takes a value of its type. */
function expectedShape(policy: LoadedPolicy, value: unknown): string {
  const field = fieldParam(value);
  if (field === undefined) return shapeOf(value);
  const type = field
    .split(".")
    .reduce<FieldShape | undefined>((shape, key) => shape?.fields?.get(key), subjectShape(policy.subject))?.type;
  return type === "integer" || type === "number"
    ? "a number"
    : type === "array"
      ? "a list"
      : type === "object"
        ? "a mapping"
        : `a ${type}`;
}

function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a mapping";
  return typeof value === "number" ? "a number" : `a ${typeof value}`;
}
