import { nearest } from "../config/suggest.js";
import { type FieldShape, SUBJECT_KINDS, subjectShape } from "../model/fields.js";
import type { DocPath, EntityKind } from "../model/types.js";
import { type FieldRead, fieldReads, ITEM } from "./fields-read.js";
import type { Policy } from "./policy.js";

export interface FieldProblem {
  where: DocPath;
  message: string;
}

/**
 * Every field the policy reads exists on its subject (docs/model.md, from schemas/model/): a misspelt field, a
 * field of another subject or a placeholder that names nothing would otherwise leave a policy that never fires.
 */
export function checkPolicyFields(policy: Policy): FieldProblem[] {
  const subject = subjectShape(policy.subject);
  const item = policy.each ? subject.fields?.get(policy.each)?.items : undefined;
  const problems: FieldProblem[] = [];
  for (const read of fieldReads(policy)) {
    const scope = read.fromSubject || !policy.each ? subject : item;
    if (!scope) continue;
    const problem = read.param ? checkParam(policy, read) : checkPath(policy, read, scope);
    if (problem && !problems.some((p) => p.message === problem.message)) problems.push(problem);
  }
  if (/\{\{(?![^{}]*\}\})/.test(policy.message)) {
    problems.push({
      where: ["message"],
      message: `policy ${policy.id}'s message opens a placeholder "{{" it never closes`,
    });
  }
  return problems;
}

function checkParam(policy: Policy, read: FieldRead): FieldProblem | undefined {
  const name = read.path.join(".");
  const names = Object.keys(policy.params ?? {});
  if (names.includes(name)) return undefined;
  const suggestion = nearest(name, names);
  const known = names.length ? `its params are ${names.join(", ")}` : "it has no params";
  return {
    where: read.where,
    message: `policy ${policy.id} reads params.${name}, which it does not define${suggestion ? `; did you mean "params.${suggestion}"?` : ""} (${known})`,
  };
}

/** `root` is the shape of the items a policy with `each` judges, or of its subject. */
function checkPath(policy: Policy, read: FieldRead, root: FieldShape): FieldProblem | undefined {
  const whose =
    policy.each && !read.fromSubject ? `a ${policy.subject}'s ${policy.each}[] item` : `a ${policy.subject}`;
  let shape = root;
  for (let index = 0; index < read.path.length; index++) {
    const segment = read.path[index] as string;
    const walked = display(read.path.slice(0, index));
    if (segment === ITEM) {
      if (shape.items) shape = shape.items;
      else if (shape.type !== undefined && shape.type !== "array") return notAList(policy, read, walked, whose);
      else return undefined;
      continue;
    }
    const next = shape.fields?.get(segment);
    if (next) {
      shape = next;
      continue;
    }
    if (shape.open) return undefined;
    const owner = walked ? `${whose}'s ${walked}` : whose;
    const candidates = [...(shape.fields?.keys() ?? [])];
    const suggestion = nearest(segment, candidates);
    const elsewhere = index === 0 && !suggestion ? otherSubjects(segment, policy.subject) : [];
    const hint = suggestion
      ? `; did you mean "${display([...read.path.slice(0, index), suggestion])}"?`
      : elsewhere.length
        ? `; "${segment}" is a field of ${elsewhere.map((k) => `a ${k}`).join(", ")}, not of a ${policy.subject}`
        : candidates.length
          ? ` (its fields: ${candidates.join(", ")})`
          : ` (${walked || "it"} has no fields)`;
    return {
      where: read.where,
      message: `policy ${policy.id} reads "${display(read.path)}", which ${owner} does not have${hint} (docs/model.md lists every field)`,
    };
  }
  return undefined;
}

function notAList(policy: Policy, read: FieldRead, walked: string, whose: string): FieldProblem {
  return {
    where: read.where,
    message: `policy ${policy.id} reads items of "${walked}", which is not a list on ${whose}`,
  };
}

function otherSubjects(field: string, subject: EntityKind): EntityKind[] {
  return SUBJECT_KINDS.filter((kind) => kind !== subject && subjectShape(kind).fields?.has(field));
}

/** `triggers`, `[]`, `queue` → `triggers[].queue`. */
function display(path: string[]): string {
  return path.join(".").replaceAll(".[]", "[]");
}
