import type { Evidence } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";

/** Evidence category for a chart whose templates `helm template` rendered (value: its folder). */
export const HELM_RENDERED = "helm-rendered";

/** Evidence category for each kind a chart's (unrendered) templates declare. */
export const TEMPLATE_KIND = "helm-template-kind";

const KIND_LINE = /^\s*kind:\s*["']?([A-Za-z][A-Za-z0-9]*)["']?\s*(#.*)?$/;

/** The chart folder of a template (`charts/shop/templates/hpa.yaml` → `charts/shop`). */
export function chartOfTemplate(path: string): string {
  const parts = path.split("/");
  return parts.slice(0, parts.lastIndexOf("templates")).join("/") || ".";
}

/**
 * Templates are never rendered. Their literal `kind:` lines still say which kinds a chart may create, so checks
 * that look for an object elsewhere (a NetworkPolicy, an Ingress, an HPA's target) know what they cannot see.
 */
export function templateKinds(file: ParsedFile, lines: readonly string[]): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  lines.forEach((text, index) => {
    const kind = text.includes("kind") ? KIND_LINE.exec(text)?.[1] : undefined;
    if (!kind || seen.has(kind)) return;
    seen.add(kind);
    evidence.push({ category: TEMPLATE_KIND, value: kind, file: file.path, line: index + 1 });
  });
  return evidence;
}
