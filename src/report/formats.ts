/** The report formats, in a module of their own: the CLI's argument parser reads them without loading a renderer. */
export const REPORT_FORMATS = ["text", "json", "sarif", "markdown", "junit", "gitlab"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
