import type { Entity, Evidence, IamStatement, Model } from "../model/types.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import type { Adapter, AdapterFactory } from "./adapter.js";

/** Runs every adapter over the files as they arrive; `finish` lets cross-file adapters complete. */
export class Extractor {
  private readonly adapters: Adapter[];
  private readonly model: Model = { entities: [], evidence: [], statements: [] };
  private readonly sink = {
    entity: (entity: Entity) => this.model.entities.push(entity),
    evidence: (evidence: Evidence) => this.model.evidence.push(evidence),
    statement: (statement: IamStatement) => this.model.statements.push(statement),
  };

  constructor(factories: AdapterFactory[]) {
    this.adapters = factories.map((factory) => factory.create());
  }

  add(file: ParsedFile): void {
    for (const adapter of this.adapters) adapter.extract(file, this.sink);
  }

  finish(): Model {
    for (const adapter of this.adapters) adapter.finish?.(this.sink);
    return this.model;
  }
}
