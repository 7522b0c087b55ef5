import type { EvidenceRef } from "../../model/repository.js";
import type { Evidence, SourceRef } from "../../model/types.js";

/** Evidence of some categories, one per (value, file), in the order found. */
export function evidenceOf(evidence: readonly Evidence[], ...categories: string[]): EvidenceRef[] {
  const seen = new Set<string>();
  const found: EvidenceRef[] = [];
  for (const item of evidence) {
    if (!categories.includes(item.category)) continue;
    const key = `${item.value}\u0000${item.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(
      item.line === undefined
        ? { value: item.value, file: item.file }
        : { value: item.value, file: item.file, line: item.line },
    );
  }
  return found;
}

/** A reference a finding can point at: the evidence's own line, else the top of its file. */
export function refOf(evidence: { file: string; line?: number }): SourceRef {
  return { file: evidence.file, doc: 0, path: [], line: evidence.line ?? 1 };
}
