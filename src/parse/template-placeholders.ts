/**
 * A template directive: Terraform's `%{ if … }` / `%{ endfor }`, or Jinja's and Liquid's `{% if … %}`; and a
 * placeholder of Mustache, Handlebars, Jinja or Go templates (`{{{ CLUSTER_NAME }}}`, `{{ .Values.x }}`).
 */
const DIRECTIVE = /%\{[^}\n]*\}|\{%[^\n]*?%\}/g;
const PLACEHOLDER = /\{\{\{?[^{}\n]*\}?\}\}/g;

/**
 * A JSON or YAML file that is a template: Terraform's (`templatefile()`: directives, or in JSON an interpolation
 * outside a string such as `"Resource": ${jsonencode(arns)}`), or one a script renders with Mustache, Jinja or Go
 * templates. No JSON or YAML reader accepts those as written.
 */
export function isTemplateText(text: string, format: "json" | "yaml"): boolean {
  return (
    new RegExp(DIRECTIVE.source).test(text) ||
    new RegExp(PLACEHOLDER.source).test(text) ||
    (format === "json" && bareInterpolations(text).length > 0)
  );
}

/**
 * The template with what can be read kept in place: directives blanked (both branches of an `if` and one pass
 * of a `for` remain), a `{{ placeholder }}` turned into a plain word of its own length, bare interpolations in
 * JSON quoted as strings that name themselves. Lines never move, so a finding in the rendered text is on the
 * template's own line.
 */
export function renderPlaceholders(text: string, format: "json" | "yaml"): string {
  const blanked = text
    .replace(DIRECTIVE, (directive) => " ".repeat(directive.length))
    .replace(PLACEHOLDER, (placeholder) => "x".repeat(placeholder.length));
  if (format !== "json") return blanked;
  let rendered = "";
  let from = 0;
  for (const [start, end] of bareInterpolations(blanked)) {
    rendered += `${blanked.slice(from, start)}"${blanked.slice(start, end).replace(/["\\]/g, "\\$&")}"`;
    from = end;
  }
  return rendered + blanked.slice(from);
}

/** Where `${…}` stands outside a JSON string: [start, end) of each, braces and strings inside it balanced. */
function bareInterpolations(text: string): [number, number][] {
  const found: [number, number][] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "$" && text[i + 1] === "{") {
      const end = closingBrace(text, i + 1);
      if (end < 0) break;
      found.push([i, end + 1]);
      i = end;
    }
  }
  return found;
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === "\\") i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i;
  }
  return -1;
}
