import type { Entity, Evidence, IamStatement } from "../model/types.js";
import type { ParsedFile } from "../parse/parsed-file.js";

/** What adapters write into: entities of the model and repository evidence. */
export interface ModelSink {
  entity(entity: Entity): void;
  evidence(evidence: Evidence): void;
  statement(statement: IamStatement): void;
}

/**
 * One adapter per format. A new instance serves one scan, so an adapter that needs several files (Terraform
 * modules, Helm charts, Azure function folders) keeps what it needs from `extract` and finishes in `finish`.
 */
export interface Adapter {
  extract(file: ParsedFile, sink: ModelSink): void;
  /** `guard` runs the work of one file so that, if it throws, only that file is reported and the rest go on. */
  finish?(sink: ModelSink, guard: FileGuard): void;
}

export type FileGuard = (file: string, work: () => void) => void;

/**
 * What the adapters of one scan share: one instance of a class, made by the first adapter that asks for it (the
 * evidence detectors' vocabulary, so that one pass over a file finds the words of all their catalogs).
 */
export interface ScanShared {
  one<T>(kind: new () => T): T;
}

export interface AdapterFactory {
  /** The format name entities record in `source.format`. */
  name: string;
  /** Shell and PowerShell scripts go only to adapters that ask for them: they are read for a few commands. */
  readsScripts?: boolean;
  create(shared: ScanShared): Adapter;
}
