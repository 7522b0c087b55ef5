import type { IamStatement, SourceRef } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
import { refAt } from "../entity.js";
import { collectingStatements, parseJsonDocument, plainDocumentStatements, strings } from "../iam.js";
import { asString, isDict } from "../values.js";
import { type Block, blocks, type TerraformModule } from "./module.js";
import { referencesIn } from "./references.js";

const POLICY_DOCUMENT = "aws_iam_policy_document";
const POLICY_RESOURCES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"];

/**
 * IAM statements: JSON policy documents in `policy` attributes (a heredoc, a JSON string or `jsonencode({…})`),
 * a role's `inline_policy` blocks, and `aws_iam_policy_document` data sources. Each statement points at its own
 * line, inside a heredoc too. Statements with `NotAction` or without an `Effect` are not judged.
 */
export function iamStatements(module: TerraformModule): IamStatement[] {
  const statements: IamStatement[] = [];
  statementsInto(module, collectingStatements(statements));
  return statements;
}

function statementsInto(module: TerraformModule, sink: ModelSink): void {
  for (const block of module.all(...POLICY_RESOURCES)) {
    documentStatements(block.body.policy, refAt(block.ref, "policy"), block.address, sink);
  }
  for (const block of module.all("aws_iam_role")) {
    for (const inline of blocks(block.body, "inline_policy", [...block.ref.path])) {
      const ref = { ...block.ref, path: [...inline.path, "policy"] };
      documentStatements(inline.body.policy, ref, block.address, sink);
    }
  }
  const documents = module.dataSources(POLICY_DOCUMENT);
  const users = documents.length ? possibleUsers(module) : [];
  for (const block of documents) {
    if (onlyUsedByAbsent(block, users, module)) continue;
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

/**
 * A policy document that only blocks the module's defaults do not create refer to (`count = 0`, a false
 * condition) is never attached: not judged. One that nothing in the module uses may be an output: judged.
 */
function onlyUsedByAbsent(document: Block, candidates: BlockReferences[], module: TerraformModule): boolean {
  const users = candidates.filter(({ addresses }) => addresses.has(document.address)).map(({ block }) => block);
  return users.length > 0 && module.created(users).length === 0;
}

interface BlockReferences {
  block: Block;
  addresses: Set<string>;
}

/**
 * Every resource and module call with the policy documents it refers to, read once per module rather than per
 * document.
 */
function possibleUsers(module: TerraformModule): BlockReferences[] {
  return [...module.resources.values(), module.modules]
    .flat()
    .map((block) => ({ block, addresses: new Set(documentsIn(block.body)) }));
}

/**
 * The policy documents any expression in a value refers to, however deep. Only a string that names the data
 * source's type can refer to one, so only those are parsed.
 */
function documentsIn(value: unknown): string[] {
  if (typeof value === "string")
    return value.includes(POLICY_DOCUMENT) ? referencesIn(value).map((reference) => reference.address) : [];
  if (Array.isArray(value)) return value.flatMap(documentsIn);
  return isDict(value) ? Object.values(value).flatMap(documentsIn) : [];
}

function documentStatements(policy: unknown, ref: SourceRef, owner: string, sink: ModelSink): void {
  plainDocumentStatements(typeof policy === "string" ? parseJsonDocument(policy) : policy, ref, owner, sink);
}
