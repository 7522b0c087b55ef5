import { asNumber } from "../values.js";
import { assign, type Resource, resourcesOf, type StackFunction, type Template } from "./template.js";

/**
 * `AWS::Logs::LogGroup` retention, given to the function whose logs the group holds: the group a function's
 * `LoggingConfig.LogGroup` names, or the one named `/aws/lambda/<function name>` (literal, `!Sub`, `!Join`).
 */
export function joinLogGroups(template: Template, functions: StackFunction[]): void {
  for (const group of resourcesOf(template, "AWS::Logs::LogGroup")) {
    if (group.properties.RetentionInDays === undefined) continue;
    for (const fn of functions) {
      if (fn.entity.logRetentionDays === undefined && holdsLogsOf(template, group, fn)) {
        assign(
          template,
          fn.entity,
          "logRetentionDays",
          group.properties.RetentionInDays,
          group.ref("RetentionInDays"),
          asNumber,
        );
      }
    }
  }
}

function holdsLogsOf(template: Template, group: Resource, fn: StackFunction): boolean {
  if (group.id === fn.logGroupId) return true;
  const groupName = template.intrinsics.nameKey(group.properties.LogGroupName);
  if (fn.logGroup !== undefined) {
    return (
      template.intrinsics.references(fn.logGroup).includes(group.id) ||
      (groupName !== undefined && template.intrinsics.nameKey(fn.logGroup) === groupName)
    );
  }
  return groupName !== undefined && fn.nameKeys.some((name) => groupName === `/aws/lambda/${name}`);
}
