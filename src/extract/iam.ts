import type { IamStatement, SourceRef } from "../model/types.js";
import type { ModelSink } from "./adapter.js";
import { refAt } from "./entity.js";
import { asList, isDict } from "./values.js";

/** AWS managed policies that grant everything; they count as `Allow * on *`. */
const ADMIN_POLICY = /(^|\/)AdministratorAccess$/;

/**
 * The statements of a policy document's `Statement` (one statement or a list), each with its own reference so
 * a finding lands on the statement's line. `describe` turns references in actions and resources into text.
 */
export function documentStatements(
  statements: unknown,
  owner: string,
  ref: SourceRef,
  describe: (value: unknown) => string,
  sink: ModelSink,
): void {
  const list = Array.isArray(statements)
    ? statements.map((s, i) => [s, refAt(ref, i)] as const)
    : [[statements, ref] as const];
  for (const [raw, statementRef] of list) {
    if (!isDict(raw) || typeof raw.Effect !== "string") continue;
    sink.statement({
      owner,
      effect: raw.Effect,
      actions: asList(raw.Action).map(describe),
      resources: asList(raw.Resource).map(describe),
      ref: statementRef,
    });
  }
}

/** A managed policy attached by name or ARN: only the ones that grant everything become a statement. */
export function managedPolicyStatement(name: string, owner: string, ref: SourceRef): IamStatement | undefined {
  if (!ADMIN_POLICY.test(name)) return undefined;
  return { owner, effect: "Allow", actions: ["*"], resources: ["*"], ref };
}
