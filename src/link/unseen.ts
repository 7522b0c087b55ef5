import { posix } from "node:path";
import { CHARTLESS_VALUES } from "../extract/helm/adapter.js";
import { TEMPLATE_NAME } from "../extract/helm/template-names.js";
import { chartOfTemplate, TEMPLATE_KIND } from "../extract/helm/templates.js";
import type { Model } from "../model/types.js";

interface UnseenScope {
  /** Files below this folder may relate to the objects ("." is the whole scan). */
  folder: string;
  /** The kinds the unread source may create; undefined when any kind may come from it. */
  kinds?: Set<string>;
  /** The names (anchored regexps) it may give each kind; a kind without an entry may take any name. */
  names?: Map<string, RegExp[]>;
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
    const namesByFolder = new Map<string, Map<string, RegExp[]>>();
    for (const evidence of model.evidence) {
      if (evidence.category === TEMPLATE_KIND) {
        const folder = parentOf(chartOfTemplate(evidence.file));
        byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(evidence.value));
      } else if (evidence.category === TEMPLATE_NAME) {
        const folder = parentOf(chartOfTemplate(evidence.file));
        const names = namesByFolder.get(folder) ?? new Map<string, RegExp[]>();
        namesByFolder.set(folder, names);
        const [kind = "", pattern = ".*"] = splitOnce(evidence.value);
        names.set(kind, [...(names.get(kind) ?? []), new RegExp(`^(?:${pattern})$`)]);
      } else if (evidence.category === CHARTLESS_VALUES) {
        this.scopes.push({ folder: parentOf(evidence.value) });
      }
    }
    for (const [folder, kinds] of byFolder) this.scopes.push({ folder, kinds, names: namesByFolder.get(folder) });
  }

  /** Whether an object of one of `kinds` could exist, unread, beside `file`. */
  mayHide(file: string, ...kinds: string[]): boolean {
    return this.scopes.some(
      ({ folder, kinds: hidden }) =>
        (folder === "." || file.startsWith(`${folder}/`)) && (!hidden || kinds.some((kind) => hidden.has(kind))),
    );
  }

  /** Whether an object of `kind` named `name` could exist, unread, beside `file`: a chart there may render it. */
  mayHideNamed(file: string, kind: string, name: string): boolean {
    return this.scopes.some(
      ({ folder, kinds, names }) =>
        (folder === "." || file.startsWith(`${folder}/`)) &&
        (!kinds || (kinds.has(kind) && (names?.get(kind)?.some((pattern) => pattern.test(name)) ?? true))),
    );
  }
}

const splitOnce = (value: string) => {
  const space = value.indexOf(" ");
  return space < 0 ? [value] : [value.slice(0, space), value.slice(space + 1)];
};

const parentOf = (folder: string) => (folder === "." ? "." : posix.dirname(folder));

/** Objects without a namespace match any: the namespace is then decided at deploy time (kubectl -n, Kustomize). */
export const sameNamespace = (a: unknown, b: unknown) => a === undefined || b === undefined || a === b;
