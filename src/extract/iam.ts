import type { DocPath, IamStatement, SourceRef } from "../model/types.js";
import type { ModelSink } from "./adapter.js";
import type { Intrinsics } from "./cloudformation/intrinsics.js";
import { refAt, refInto } from "./entity.js";
import { asList, type Dict, isDict } from "./values.js";

/** AWS managed policies that grant everything; they count as `Allow * on *`. */
const ADMIN_POLICY = /(^|\/)AdministratorAccess$/;

/**
 * The statements of a policy document's `Statement` (one statement or a list), each with its own reference so
 * a finding lands on the statement's line. Resources that are references become text (`${Table.Arn}`); an
 * action that cannot be resolved (`!If`, `${env:…}`) is left out rather than guessed at.
 */
/** A sink that keeps the statements written into it, in `found`, and drops anything else. */
export function collectingStatements(found: IamStatement[]): ModelSink {
  return { entity: () => {}, evidence: () => {}, statement: (statement) => found.push(statement) };
}

export function documentStatements(
  statements: unknown,
  owner: string,
  ref: SourceRef,
  intrinsics: Intrinsics,
  sink: ModelSink,
): void {
  const list = Array.isArray(statements)
    ? statements.map((s, i) => [s, refInto(ref, i)] as const)
    : [[statements, ref] as const];
  for (const [raw, statementRef] of list) {
    if (!isDict(raw) || typeof raw.Effect !== "string") continue;
    sink.statement({
      owner,
      effect: raw.Effect,
      actions: asList(raw.Action)
        .map((action) => intrinsics.resolve(action))
        .filter((action): action is string => typeof action === "string"),
      resources: asList(raw.Resource).map((resource) => intrinsics.describe(resource)),
      ref: statementRef,
    });
  }
}

/** A managed policy attached by name or ARN: only the ones that grant everything become a statement. */
export function managedPolicyStatement(name: string, owner: string, ref: SourceRef): IamStatement | undefined {
  if (!ADMIN_POLICY.test(name)) return undefined;
  return { owner, effect: "Allow", actions: ["*"], resources: ["*"], ref };
}

/** A policy document written as JSON text (a heredoc, `PolicyDocument: |`), or undefined when it is not one. */
export function parseJsonDocument(text: string): Dict | undefined {
  if (!text.trimStart().startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isDict(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The statements of a policy document that is plain JSON (a Terraform `policy`, a standalone file), each on its
 * own line. Statements with `NotAction`, without an `Effect`, or naming a `Principal` (a trust or resource
 * policy: who may act, not what a role may do) are not judged.
 */
export function plainDocumentStatements(document: unknown, ref: SourceRef, owner: string, sink: ModelSink): void {
  if (!isDict(document)) return;
  const list = document.Statement;
  const items: [unknown, DocPath][] = Array.isArray(list)
    ? list.map((item, index) => [item, ["Statement", index]])
    : [[list, ["Statement"]]];
  for (const [item, path] of items) {
    if (!isDict(item) || typeof item.Effect !== "string") continue;
    if ("NotAction" in item || "Principal" in item || "NotPrincipal" in item) continue;
    sink.statement({
      owner,
      effect: item.Effect,
      actions: strings(item.Action),
      resources: strings(item.Resource),
      ref: refAt(ref, ...path),
    });
  }
}

export function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === "string");
}
