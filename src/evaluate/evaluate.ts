import type { Entity, FieldOrigin } from "../model/types.js";
import { type CompiledPolicy, paramValues } from "./compile.js";
import type { Finding } from "./finding.js";
import { renderTemplate } from "./template.js";

/** Every subject of every policy: the subjects a policy's `when` admits, that fail its `assert`, are findings. */
export function evaluate(entities: Entity[], policies: CompiledPolicy[]): Finding[] {
  const byKind = new Map<string, Entity[]>();
  for (const entity of entities) {
    const list = byKind.get(entity.kind);
    if (list) list.push(entity);
    else byKind.set(entity.kind, [entity]);
  }
  const findings: Finding[] = [];
  for (const compiled of policies) {
    for (const entity of byKind.get(compiled.policy.subject) ?? []) {
      if (compiled.policy.each) findings.push(...evaluateItems(compiled, entity, compiled.policy.each));
      else if (!readsUnresolved(compiled, entity) && violates(compiled, entity))
        findings.push(toFinding(compiled, entity, entity, ""));
    }
  }
  return findings;
}

function evaluateItems(compiled: CompiledPolicy, entity: Entity, field: string): Finding[] {
  const items = entity[field];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, index) =>
    violates(compiled, item) ? [toFinding(compiled, entity, item, `${field}.${index}`)] : [],
  );
}

/** The policy reads a field the manifest sets to a value that could not be resolved: no finding is invented. */
function readsUnresolved(compiled: CompiledPolicy, entity: Entity): boolean {
  return (entity.unresolved ?? []).some((field) => compiled.reads.has(field));
}

function violates(compiled: CompiledPolicy, subject: unknown): boolean {
  if (compiled.when && !compiled.when(subject)) return false;
  return !compiled.assert(subject);
}

function toFinding(compiled: CompiledPolicy, entity: Entity, item: unknown, itemPath: string): Finding {
  const { policy, params } = compiled;
  const fieldPath = [itemPath, policy.at].filter(Boolean).join(".");
  const origin = originOf(entity, fieldPath);
  const values = paramValues(params, item);
  const context = itemPath ? { ...(item as object), subject: entity, params: values } : { ...entity, params: values };
  const notes = [origin?.note, compiled.overrideNote].filter(Boolean);
  const note = notes.map((n) => ` (${n})`).join("");
  const severity = compiled.escalate.find((e) => e.when(item))?.severity ?? policy.severity;
  return {
    policy: policy.id,
    severity,
    title: policy.title,
    message: renderTemplate(policy.message, context) + note,
    subject: { kind: entity.kind, name: entity.name },
    ref: origin?.ref ?? entity.ref,
    subjectRef: entity.ref,
    field: fieldPath,
    ...(itemPath ? { item: itemPath } : {}),
    ...(typeof entity.variantIdentity === "string"
      ? { variants: entity.variants as string[], variantIdentity: entity.variantIdentity }
      : {}),
  };
}

/**
 * The origin of `a.b.c`, else of `a.b`, else of `a`: the closest place that was recorded; else the entity's own
 * (`""`, where an adapter notes how the whole entity was read: rendered by `helm template`).
 */
function originOf(entity: Entity, fieldPath: string): FieldOrigin | undefined {
  const parts = fieldPath.split(".").filter(Boolean);
  for (let length = parts.length; length > 0; length--) {
    const origin = entity.origins[parts.slice(0, length).join(".")];
    if (origin) return origin;
  }
  return entity.origins[""];
}
