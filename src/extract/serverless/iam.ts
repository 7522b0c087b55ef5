import type { DocPath, SourceRef } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
import type { Intrinsics } from "../cloudformation/intrinsics.js";
import { documentStatements, managedPolicyStatement } from "../iam.js";
import { type Dict, valueAt } from "../values.js";

/** Where a stack declares the statements of the role its functions share, and their managed policies. */
const SHARED_STATEMENTS: DocPath[] = [
  ["provider", "iam", "role", "statements"],
  ["provider", "iamRoleStatements"],
];
const SHARED_MANAGED_POLICIES: DocPath[] = [
  ["provider", "iam", "role", "managedPolicies"],
  ["provider", "iamManagedPolicies"],
];

/** IAM statements of the role a stack's functions share (`provider.iam.role.statements`, `iamRoleStatements`). */
export function providerStatements(
  doc: Dict,
  service: string,
  at: (...path: DocPath) => SourceRef,
  intrinsics: Intrinsics,
  sink: ModelSink,
): void {
  for (const path of SHARED_STATEMENTS) {
    const statements = valueAt(doc, path);
    if (Array.isArray(statements))
      documentStatements(statements, `${service} (provider role)`, at(...path), intrinsics, sink);
  }
  for (const path of SHARED_MANAGED_POLICIES) {
    const policies = valueAt(doc, path);
    if (!Array.isArray(policies)) continue;
    policies.forEach((policy, index) => {
      const name = intrinsics.nameKey(policy);
      const statement =
        name === undefined ? undefined : managedPolicyStatement(name, `${service} (provider role)`, at(...path, index));
      if (statement) sink.statement(statement);
    });
  }
}
