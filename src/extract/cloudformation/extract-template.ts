import { markDeployTimeFunctions } from "./custom-resources.js";
import { extractEcsServices } from "./ecs.js";
import { extractFunctions } from "./functions.js";
import { joinGateways } from "./gateways.js";
import { iamStatements } from "./iam.js";
import { joinLogGroups } from "./logs.js";
import { joinNotifications } from "./notifications.js";
import { joinPublishers } from "./publishers.js";
import { extractQueues } from "./queues.js";
import { joinEventSources } from "./sources.js";
import type { StackFunction, Template } from "./template.js";

/**
 * Everything a template declares, joined within it. `hosted` are functions the host manifest declares outside
 * the template (Serverless `functions:` around its `resources:`), so the template's resources can reach them.
 * Returns the template's own functions, which a parent stack may reach through an output.
 */
export function extractTemplate(template: Template, hosted: StackFunction[] = []): StackFunction[] {
  const own = extractFunctions(template);
  const functions = [...hosted, ...own];
  // Read once: they give the functions what they may publish to, and are judged themselves.
  const statements = iamStatements(template);
  extractQueues(template);
  extractEcsServices(template);
  joinEventSources(template, functions);
  joinNotifications(template, functions);
  joinPublishers(template, own, statements);
  joinGateways(template, functions);
  joinLogGroups(template, functions);
  markDeployTimeFunctions(template, functions);
  for (const statement of statements) template.sink.statement(statement);
  for (const fn of own) template.sink.entity(fn.entity);
  return own;
}
