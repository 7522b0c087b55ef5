import type { Entity, Evidence, IamStatement, Model } from "../model/types.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import type { Adapter, AdapterFactory } from "./adapter.js";

/** An adapter that threw on a file: the file's other adapters and the rest of the scan go on. */
export interface ExtractionFailure {
  file: string;
  adapter: string;
  message: string;
}

/** What adapters that only emit evidence found in one file, run somewhere else (see `extractAlone`). */
export interface Extracted {
  adapters: string[];
  evidence: Evidence[];
  failures: ExtractionFailure[];
}

/** Runs per-file evidence adapters over one file on its own: what a parse worker sends back with the file. */
export function extractAlone(file: ParsedFile, factories: AdapterFactory[]): Extracted {
  const extractor = new Extractor(factories);
  extractor.add(file);
  const { entities, evidence, statements } = extractor.finish();
  if (entities.length || statements.length) throw new Error("only evidence can be extracted apart from the scan");
  return { adapters: factories.map((factory) => factory.name), evidence, failures: extractor.failures };
}

/** Runs every adapter over the files as they arrive; `finish` lets cross-file adapters complete. */
export class Extractor {
  private readonly adapters: { name: string; adapter: Adapter }[];
  private readonly model: Model = { entities: [], evidence: [], statements: [] };
  readonly failures: ExtractionFailure[] = [];
  private readonly sink = {
    entity: (entity: Entity) => this.model.entities.push(entity),
    evidence: (evidence: Evidence) => this.model.evidence.push(evidence),
    statement: (statement: IamStatement) => this.model.statements.push(statement),
  };

  constructor(factories: AdapterFactory[]) {
    this.adapters = factories.map((factory) => ({ name: factory.name, adapter: factory.create() }));
  }

  /**
   * Runs each adapter over the file, except those whose output `elsewhere` brings (already run on the file by a
   * parse worker): that output takes the place of the first of them, so the model's order does not change.
   */
  add(file: ParsedFile, elsewhere?: Extracted): void {
    let merged = false;
    for (const { name, adapter } of this.adapters) {
      if (!elsewhere?.adapters.includes(name)) {
        this.guard(name, file.path, () => adapter.extract(file, this.sink));
      } else if (!merged) {
        merged = true;
        this.model.evidence.push(...elsewhere.evidence);
        this.failures.push(...elsewhere.failures);
      }
    }
  }

  finish(): Model {
    for (const { name, adapter } of this.adapters) this.guard(name, "", () => adapter.finish?.(this.sink));
    return this.model;
  }

  private guard(adapter: string, file: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      const message = error instanceof RangeError ? "input too large or too deeply nested" : String(error);
      this.failures.push({ file, adapter, message });
    }
  }
}
