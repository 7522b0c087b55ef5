import type { DocPath, IamStatement, SourceRef } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
import { refAt } from "../entity.js";
import { parseJsonDocument } from "../iam.js";
import { asString, isDict } from "../values.js";
import { blocks, type TerraformModule } from "./module.js";

const POLICY_RESOURCES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"];

/**
 * IAM statements: JSON policy documents in `policy` attributes (a heredoc, a JSON string or `jsonencode({…})`),
 * a role's `inline_policy` blocks, and `aws_iam_policy_document` data sources. Each statement points at its own
 * line, inside a heredoc too. Statements with `NotAction` or without an `Effect` are not judged.
 */
export function iamStatements(module: TerraformModule, sink: ModelSink): void {
  for (const block of module.all(...POLICY_RESOURCES)) {
    documentStatements(block.body.policy, refAt(block.ref, "policy"), block.address, sink);
  }
  for (const block of module.all("aws_iam_role")) {
    for (const inline of blocks(block.body, "inline_policy", [...block.ref.path])) {
      const ref = { ...block.ref, path: [...inline.path, "policy"] };
      documentStatements(inline.body.policy, ref, block.address, sink);
    }
  }
  for (const block of module.dataSources("aws_iam_policy_document")) {
    for (const statement of blocks(block.body, "statement", [...block.ref.path])) {
      const { body } = statement;
      if ("not_actions" in body) continue;
      sink.statement({
        owner: block.address,
        effect: asString(body.effect) ?? "Allow",
        actions: strings(body.actions),
        resources: strings(body.resources),
        ref: { ...block.ref, path: statement.path },
      });
    }
  }
}

function documentStatements(policy: unknown, ref: SourceRef, owner: string, sink: ModelSink): void {
  const document = typeof policy === "string" ? parseJsonDocument(policy) : policy;
  if (!isDict(document)) return;
  const list = document.Statement;
  const items: [unknown, DocPath][] = Array.isArray(list)
    ? list.map((item, index) => [item, ["Statement", index]])
    : [[list, ["Statement"]]];
  for (const [item, path] of items) {
    if (!isDict(item) || "NotAction" in item || typeof item.Effect !== "string") continue;
    const statement: IamStatement = {
      owner,
      effect: item.Effect,
      actions: strings(item.Action),
      resources: strings(item.Resource),
      ref: refAt(ref, ...path),
    };
    sink.statement(statement);
  }
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === "string");
}
