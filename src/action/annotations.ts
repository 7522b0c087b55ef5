import type { ReviewFinding } from "../report/review.js";

interface AnnotationSink {
  error(message: string, properties: object): void;
  warning(message: string, properties: object): void;
  notice(message: string, properties: object): void;
}

/** One workflow-command annotation per finding, on its repository-relative file, line, column and end line. */
export function annotate(findings: ReviewFinding[], sink: AnnotationSink): void {
  for (const f of findings) {
    sink[f.severity](f.message, {
      title: `${f.policy}: ${f.title}`,
      file: f.path,
      startLine: f.line,
      startColumn: f.column,
      ...(f.endLine ? { endLine: f.endLine } : {}),
      // GitHub reads the end column only for a single-line range.
      ...(f.endLine === f.line && f.endColumn ? { endColumn: f.endColumn } : {}),
    });
  }
}
