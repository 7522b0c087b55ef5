import { escapeMarkdown } from "../markdown.js";

/** Where a finding's file lives on GitHub: blob links at one commit, so a line link stays exact. */
export interface SourceLinks {
  /** `GITHUB_SERVER_URL`, e.g. https://github.com or an Enterprise Server's address. */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  /** The commit the scan read. */
  ref: string;
  /** The scanned folder relative to the repository root, with a trailing slash, or "". */
  pathPrefix: string;
}

/** encodeURIComponent leaves `( ) ' ! *`, which would end a Markdown link early or be read as emphasis. */
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function lineUrl(links: SourceLinks, file: string, line: number): string {
  const path = `${links.pathPrefix}${file}`.split("/").map(encodeSegment).join("/");
  const repository = links.repository.split("/").map(encodeSegment).join("/");
  return `${links.serverUrl.replace(/\/+$/, "")}/${repository}/blob/${encodeSegment(links.ref)}/${path}#L${line}`;
}

/** `file:line`, escaped, linked to that exact line when the scan knows where the repository lives. */
export function locationLink(links: SourceLinks | undefined, file: string, line: number): string {
  const label = escapeMarkdown(`${file}:${line}`);
  return links ? `[${label}](${lineUrl(links, file, line)})` : label;
}
