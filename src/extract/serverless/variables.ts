/**
 * Serverless Framework variables. Only sources that read the manifest itself are resolved (`self:`, `sls:`,
 * and `opt:` through its default): a scan of an untrusted pull request must never read the environment, files,
 * SSM, S3 or other stacks, so `${env:…}`, `${file(…)}`, `${ssm:…}` and the like stay unresolved.
 */
import { type Resolved, UNRESOLVED } from "../values.js";

const MAX_DEPTH = 10;
const MAX_REPLACEMENTS = 50;
const VARIABLE = /\$\{([^${}]*)\}/;
/** Sources other than the manifest itself and CLI options (which only count through their default). */
const EXTERNAL_SOURCE = /^(?!self:|sls:|opt:)[a-zA-Z0-9]+(:|\()/;

export class VariableResolver {
  constructor(private readonly root: unknown) {}

  resolve(value: unknown, depth = 0): Resolved {
    if (typeof value !== "string" || !value.includes("${")) return value;
    if (depth > MAX_DEPTH) return UNRESOLVED;
    let text = value;
    let replacements = 0;
    for (let match = VARIABLE.exec(text); match; match = VARIABLE.exec(text)) {
      if (++replacements > MAX_REPLACEMENTS) return UNRESOLVED;
      const result = this.expression(match[1] as string, depth);
      if (result === UNRESOLVED) return UNRESOLVED;
      if (match[0] === text) return result;
      if (typeof result === "object" && result !== null) return UNRESOLVED;
      text = text.slice(0, match.index) + String(result) + text.slice(match.index + match[0].length);
    }
    return text;
  }

  /**
   * `a, b, c`: the first source with a value. A fallback after a source that reads the outside world (`env:`,
   * `ssm:`, …) is not taken: the real value would come from there at deploy time.
   */
  private expression(expression: string, depth: number): Resolved {
    for (const candidate of splitTopLevel(expression).map((c) => c.trim())) {
      if (EXTERNAL_SOURCE.test(candidate)) return UNRESOLVED;
      const result = this.source(candidate, depth);
      if (result !== UNRESOLVED && result !== undefined && result !== null) return result;
    }
    return UNRESOLVED;
  }

  private source(text: string, depth: number): Resolved {
    const literal = /^(['"])(.*)\1$/.exec(text);
    if (literal) return literal[2];
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (text === "true" || text === "false") return text === "true";
    const reference = /^([a-zA-Z]+):(.*)$/.exec(text);
    if (!reference) return UNRESOLVED;
    const [, kind, address = ""] = reference;
    if (kind === "self") return this.resolve(this.lookup(address), depth + 1);
    if (kind === "sls" && address === "stage") return this.stage(depth);
    return UNRESOLVED;
  }

  private stage(depth: number): Resolved {
    const stage = this.resolve(this.lookup("provider.stage"), depth + 1);
    return stage === undefined ? "dev" : stage;
  }

  private lookup(address: string): unknown {
    let node: unknown = this.root;
    for (const key of address.split(".").filter(Boolean)) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }
}

/** Splits `a, b, 'c, d'` on commas outside quotes. */
function splitTopLevel(expression: string): string[] {
  const parts: string[] = [];
  let quote = "";
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === ",") {
      parts.push(expression.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expression.slice(start));
  return parts;
}
