import { createEntity } from "../extract/entity.js";
import type { Entity, FunctionEntity, IamStatement, Model } from "../model/types.js";
import type { LinkContext } from "./link.js";

/** Actions that change state, read by the IAM policy: anything but Get*, List*, Describe* and the like. */
const READ_ONLY_ACTION =
  /^[a-z0-9-]+:(get|list|describe|head|view|lookup|search|query|scan|select|batchget|check|read|download|filter)/i;

/**
 * The one `repository` entity: facts that span files. Later steps (inventory, team, observability) add to it;
 * its `ref` points at the most meaningful file, so a repository finding always has a real line.
 */
export function repositoryFacts(model: Model, context: LinkContext): void {
  const anchor = model.entities[0]?.ref ?? { file: context.anchorFile ?? ".archlint.yml", doc: 0, path: [] };
  const repository = createEntity({
    kind: "repository",
    name: context.name,
    platform: "repository",
    format: "repository",
    ref: anchor,
  });
  if (context.lastReassessment) repository.lastReassessment = context.lastReassessment;
  addReservedConcurrency(repository, model);
  addStatements(repository, model.statements);
  model.entities.push(repository);
}

function addReservedConcurrency(repository: Entity, model: Model): void {
  const reserving = model.entities.filter(
    (e): e is FunctionEntity =>
      e.kind === "function" && e.platform === "aws-lambda" && typeof e.reservedConcurrency === "number",
  );
  if (reserving.length === 0) return;
  repository.totalReservedConcurrency = reserving.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
  const largest = reserving.reduce((a, b) => ((b.reservedConcurrency ?? 0) > (a.reservedConcurrency ?? 0) ? b : a));
  repository.origins.totalReservedConcurrency = largest.origins.reservedConcurrency ?? { ref: largest.ref };
}

function addStatements(repository: Entity, statements: IamStatement[]): void {
  repository.iamStatements = statements.map((statement, index) => {
    repository.origins[`iamStatements.${index}`] = { ref: statement.ref };
    const wildcardAction = statement.actions.some((a) => a === "*" || /^[a-z0-9-]+:\*$/i.test(a));
    const writes = statement.actions.some((a) => !READ_ONLY_ACTION.test(a));
    return {
      owner: statement.owner,
      effect: statement.effect,
      actions: statement.actions,
      resources: statement.resources,
      wildcardAction,
      writeOnAnyResource: writes && statement.resources.includes("*"),
      actionsText: statement.actions.join(", "),
      resourcesText: statement.resources.join(", "),
    };
  });
}
