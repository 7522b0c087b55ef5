import { isDict } from "../extract/values.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { TOOL } from "../version.js";

/**
 * A report archlint wrote (`--output`, the action's report file), wherever it lies: the JSON report (`tool.name`
 * and `findings`) or SARIF whose run's driver is archlint. Such a file quotes manifests and policy messages;
 * read as evidence it would change the next scan's findings.
 */
export function isOwnOutput(file: ParsedFile): boolean {
  if (file.format !== "json" || file.documents.length !== 1) return false;
  const doc = file.documents[0];
  if (!isDict(doc)) return false;
  if (isDict(doc.tool) && doc.tool.name === TOOL.name && Array.isArray(doc.findings)) return true;
  return (
    Array.isArray(doc.runs) &&
    doc.runs.some(
      (run) => isDict(run) && isDict(run.tool) && isDict(run.tool.driver) && run.tool.driver.name === TOOL.name,
    )
  );
}
