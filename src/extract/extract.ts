import type { Entity, Evidence, IamStatement, Model } from "../model/types.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import type { Adapter, AdapterFactory, ScanShared } from "./adapter.js";

/** An adapter that threw on a file: the file's other adapters and the rest of the scan go on. */
export interface ExtractionFailure {
  file: string;
  adapter: string;
  message: string;
}

/** Runs every adapter over the files as they arrive; `finish` lets cross-file adapters complete. */
export class Extractor {
  private readonly adapters: { name: string; adapter: Adapter; readsScripts: boolean }[];
  private readonly model: Model = { entities: [], evidence: [], statements: [] };
  readonly failures: ExtractionFailure[] = [];
  private readonly sink = {
    entity: (entity: Entity) => this.model.entities.push(entity),
    evidence: (evidence: Evidence) => this.model.evidence.push(evidence),
    statement: (statement: IamStatement) => this.model.statements.push(statement),
  };

  constructor(factories: AdapterFactory[]) {
    const instances = new Map<new () => unknown, unknown>();
    const shared: ScanShared = {
      one<T>(kind: new () => T): T {
        if (!instances.has(kind)) instances.set(kind, new kind());
        return instances.get(kind) as T;
      },
    };
    this.adapters = factories.map((factory) => ({
      name: factory.name,
      adapter: factory.create(shared),
      readsScripts: factory.readsScripts === true,
    }));
  }

  add(file: ParsedFile): void {
    for (const { name, adapter, readsScripts } of this.adapters) {
      if (file.format === "script" && !readsScripts) continue;
      this.guard(name, file.path, () => adapter.extract(file, this.sink));
    }
  }

  finish(): Model {
    for (const { name, adapter } of this.adapters) {
      const guard = (file: string, work: () => void) => this.guard(name, file, work);
      guard("", () => adapter.finish?.(this.sink, guard));
    }
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
