import type { DocPath } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
import { extractTemplate } from "../cloudformation/extract-template.js";
import { createTemplate, type StackFunction } from "../cloudformation/template.js";
import { isDict, type Resolved } from "../values.js";

/**
 * The logical id stem the Serverless Framework gives a function's CloudFormation resources
 * (`<Stem>LambdaFunction`, `<Stem>LogGroup`): first letter upper-cased, `-` → `Dash`, `_` → `Underscore`.
 */
export function logicalIdStem(functionName: string): string {
  const normalized = functionName.replace(/-/g, "Dash").replace(/_/g, "Underscore");
  return normalized.charAt(0).toUpperCase() + normalized.slice(1);
}

/**
 * `resources:` is CloudFormation (a template, or a list of templates), read by the CloudFormation adapter with
 * paths below `resources`, so its queues, log groups and IAM resources join the stack's functions.
 */
export function extractResources(
  resources: unknown,
  file: string,
  functions: StackFunction[],
  resolve: (value: unknown) => Resolved,
  sink: ModelSink,
  format: string,
): void {
  const parts: [unknown, DocPath][] = Array.isArray(resources)
    ? resources.map((part, index) => [part, ["resources", index]])
    : [[resources, ["resources"]]];
  for (const [root, base] of parts) {
    if (!isDict(root)) continue;
    extractTemplate(createTemplate(root, { file, doc: 0, base, format }, sink, { pre: resolve }), functions);
  }
}
