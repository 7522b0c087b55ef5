import { posix } from "node:path";
import { CHARTLESS_VALUES } from "../extract/helm/adapter.js";
import { chartOfTemplate, TEMPLATE_KIND } from "../extract/helm/templates.js";
import type { Model } from "../model/types.js";

interface UnseenScope {
  /** Files below this folder may relate to the objects ("." is the whole scan). */
  folder: string;
  /** The kinds the unread source may create; undefined when any kind may come from it. */
  kinds?: Set<string>;
}

/**
 * Where objects may exist that archlint cannot read: the kinds a Helm chart's (never rendered) templates declare,
 * and any kind from a values file for a chart the scan does not hold (`helm install -f values.yaml`). Each
 * applies to the files below the chart's (or values file's) parent folder, its sibling deployment files. A
 * cross-object check whose other side could be one of these stays silent rather than guess.
 */
export class UnseenObjects {
  private readonly scopes: UnseenScope[] = [];

  constructor(model: Model) {
    const byFolder = new Map<string, Set<string>>();
    for (const evidence of model.evidence) {
      if (evidence.category === TEMPLATE_KIND) {
        const folder = parentOf(chartOfTemplate(evidence.file));
        byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(evidence.value));
      } else if (evidence.category === CHARTLESS_VALUES) {
        this.scopes.push({ folder: parentOf(evidence.value) });
      }
    }
    for (const [folder, kinds] of byFolder) this.scopes.push({ folder, kinds });
  }

  /** Whether an object of one of `kinds` could exist, unread, beside `file`. */
  mayHide(file: string, ...kinds: string[]): boolean {
    return this.scopes.some(
      ({ folder, kinds: hidden }) =>
        (folder === "." || file.startsWith(`${folder}/`)) && (!hidden || kinds.some((kind) => hidden.has(kind))),
    );
  }
}

const parentOf = (folder: string) => (folder === "." ? "." : posix.dirname(folder));

/** Objects without a namespace match any: the namespace is then decided at deploy time (kubectl -n, Kustomize). */
export const sameNamespace = (a: unknown, b: unknown) => a === undefined || b === undefined || a === b;
