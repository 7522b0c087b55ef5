import type { ReportFinding } from "../report/report.js";

interface AnnotationSink {
  error(message: string, properties: object): void;
  warning(message: string, properties: object): void;
  notice(message: string, properties: object): void;
}

/** One workflow-command annotation per finding, on its file, line and column. */
export function annotate(findings: ReportFinding[], sink: AnnotationSink, pathPrefix: string): void {
  for (const f of findings) {
    sink[f.severity](f.message, {
      title: `${f.policy}: ${f.title}`,
      file: `${pathPrefix}${f.file}`,
      startLine: f.line,
      startColumn: f.column,
      ...(f.endLine ? { endLine: f.endLine } : {}),
    });
  }
}
