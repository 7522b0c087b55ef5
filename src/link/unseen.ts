import { TEMPLATE_KIND } from "../extract/helm/templates.js";
import type { Model } from "../model/types.js";

/**
 * Kinds that may exist where archlint cannot read them: objects declared in Helm templates, which are never
 * rendered. A cross-object check whose other side could be one of these stays silent rather than guess.
 */
export function kindsArchlintCannotSee(model: Model): Set<string> {
  return new Set(model.evidence.filter((e) => e.category === TEMPLATE_KIND).map((e) => e.value));
}

/** Objects without a namespace match any: the namespace is then decided at deploy time (kubectl -n, Kustomize). */
export const sameNamespace = (a: unknown, b: unknown) => a === undefined || b === undefined || a === b;
