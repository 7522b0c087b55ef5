import { type Cursor, HclSyntaxError } from "./cursor.js";
import type { Parsed } from "./expressions.js";

/** Skips to the bracket that closes the one just opened, over nested brackets and strings. */
export function skipBalanced(cursor: Cursor, close: string): void {
  const opened = cursor.pos - 1;
  let depth = 0;
  while (!cursor.atEnd()) {
    const c = cursor.peek();
    if (c === '"') {
      quoted(cursor);
      continue;
    }
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      if (depth === 0) {
        if (c !== close) throw cursor.error(`expected "${close}"`);
        cursor.pos++;
        return;
      }
      depth--;
    }
    cursor.pos++;
  }
  throw new HclSyntaxError(`unterminated expression: expected "${close}"`, opened);
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

/** A quoted template: escapes decoded; `${…}` and `%{…}` kept as written, so references stay recognisable. */
export function quoted(cursor: Cursor): Parsed {
  const start = cursor.pos;
  cursor.pos++;
  let value = "";
  for (;;) {
    const c = cursor.peek();
    if (cursor.atEnd() || c === "\n") throw new HclSyntaxError("unterminated string", start);
    if (c === '"') break;
    if (c === "\\") {
      const next = cursor.peek(1);
      if (next === "u" || next === "U") {
        const digits = next === "u" ? 4 : 8;
        value += String.fromCodePoint(Number.parseInt(cursor.text.slice(cursor.pos + 2, cursor.pos + 2 + digits), 16));
        cursor.pos += 2 + digits;
      } else {
        value += ESCAPES[next] ?? next;
        cursor.pos += 2;
      }
    } else if ((c === "$" || c === "%") && cursor.peek(1) === "{") {
      const from = cursor.pos;
      cursor.pos += 2;
      skipBalanced(cursor, "}");
      value += cursor.text.slice(from, cursor.pos);
    } else if ((c === "$" || c === "%") && cursor.peek(1) === c && cursor.peek(2) === "{") {
      value += cursor.text.slice(cursor.pos, cursor.pos + 3);
      cursor.pos += 3;
    } else {
      value += c;
      cursor.pos++;
    }
  }
  cursor.pos++;
  return { value, node: { start, end: cursor.pos } };
}

/** `<<EOF` or `<<-EOF` (indented: the common leading whitespace is removed) up to the marker's own line. */
export function heredoc(cursor: Cursor): Parsed {
  const start = cursor.pos;
  cursor.pos += 2;
  const indented = cursor.peek() === "-";
  if (indented) cursor.pos++;
  const marker = cursor.identifier();
  const lineEnd = cursor.text.indexOf("\n", cursor.pos);
  if (lineEnd < 0 || cursor.text.slice(cursor.pos, lineEnd).trim() !== "") {
    throw cursor.error("expected a line break after the heredoc marker");
  }
  const contentStart = lineEnd + 1;
  let lineStart = contentStart;
  for (;;) {
    if (lineStart >= cursor.text.length) throw new HclSyntaxError(`heredoc not closed by ${marker}`, start);
    const next = cursor.text.indexOf("\n", lineStart);
    const lineStop = next < 0 ? cursor.text.length : next;
    if (cursor.text.slice(lineStart, lineStop).trim() === marker) {
      const content = cursor.text.slice(contentStart, lineStart);
      cursor.pos = lineStart + cursor.text.slice(lineStart, lineStop).indexOf(marker) + marker.length;
      const value = indented ? dedent(content) : content;
      return { value, node: { start, end: cursor.pos, embedded: [contentStart, lineStart] } };
    }
    lineStart = lineStop + 1;
  }
}

function dedent(content: string): string {
  const lines = content.split("\n");
  const widths = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const strip = widths.length ? Math.min(...widths) : 0;
  return lines.map((line) => line.slice(strip)).join("\n");
}
