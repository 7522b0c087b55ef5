import { asString, type Dict, isDict } from "../values.js";

/** What an ARM template expression can be evaluated against: the template's parameters, variables, loop index. */
export interface ArmScope {
  parameters: Dict;
  variables: Dict;
  copyIndex?: number;
}

/** A value an expression cannot give without deploying (`reference(…)` of a property, `listKeys(…)`). */
export const UNKNOWN: unique symbol = Symbol("unknown");
type Value = unknown;

const MAX_LENGTH = 2000;
const MAX_DEPTH = 24;

/**
 * The value of an ARM template string: `[expr]` is an expression (`[[` escapes a literal bracket), anything else is
 * itself. parameters() and variables() resolve through the scope, and concat, format, toLower, toUpper, string,
 * copyIndex, length, indexing and properties compute; any other function whose arguments evaluate keeps its call
 * as text (`resourceId('Microsoft.Web/sites', 'orders')` stays
 * `resourceId('Microsoft.Web/sites','orders')`), so a reference to a resource can still be recognised by name.
 */
export function armValue(value: unknown, scope: ArmScope, depth = 0): Value {
  if (typeof value !== "string") return value;
  if (!value.startsWith("[") || !value.endsWith("]") || value.startsWith("[[")) return value;
  if (value.length > MAX_LENGTH || depth > MAX_DEPTH) return UNKNOWN;
  try {
    const parser = new Parser(value.slice(1, -1), scope, depth);
    const result = parser.expression();
    return parser.atEnd() ? result : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

/** The expression as a string, when it evaluates to one. */
export function armString(value: unknown, scope: ArmScope): string | undefined {
  const result = armValue(value, scope);
  return result === UNKNOWN ? undefined : asString(result);
}

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly scope: ArmScope,
    private readonly depth: number,
  ) {}

  atEnd(): boolean {
    this.skipSpace();
    return this.at >= this.text.length;
  }

  expression(): Value {
    this.skipSpace();
    let value = this.primary();
    for (;;) {
      this.skipSpace();
      const next = this.text[this.at];
      if (next === ".") {
        this.at++;
        value = member(value, this.identifier());
      } else if (next === "[") {
        this.at++;
        const index = this.expression();
        this.expect("]");
        value = member(value, index);
      } else return value;
    }
  }

  private primary(): Value {
    const next = this.text[this.at];
    if (next === "'") return this.stringLiteral();
    if (next !== undefined && /[-\d]/.test(next)) return this.number();
    const name = this.identifier();
    this.skipSpace();
    if (this.text[this.at] !== "(") {
      if (name === "true" || name === "false") return name === "true";
      if (name === "null") return null;
      throw new Error(`unexpected ${name}`);
    }
    this.at++;
    const args: Value[] = [];
    this.skipSpace();
    if (this.text[this.at] === ")") this.at++;
    else {
      for (;;) {
        args.push(this.expression());
        this.skipSpace();
        const separator = this.text[this.at++];
        if (separator === ")") break;
        if (separator !== ",") throw new Error("expected , or )");
      }
    }
    return this.call(name, args);
  }

  private call(name: string, args: Value[]): Value {
    const fn = name.toLowerCase();
    const [first] = args;
    if (fn === "parameters") return this.lookup(this.scope.parameters, first);
    if (fn === "variables") return this.lookup(this.scope.variables, first);
    if (fn === "copyindex") {
      if (this.scope.copyIndex === undefined) return UNKNOWN;
      return this.scope.copyIndex + (typeof first === "number" ? first : 0);
    }
    if (args.some((arg) => arg === UNKNOWN)) return UNKNOWN;
    if (fn === "concat")
      return args.every(Array.isArray) ? args.flat() : args.every(isText) ? args.map(String).join("") : UNKNOWN;
    if (fn === "format" && typeof first === "string")
      return first.replace(/\{(\d+)(?::[^}]*)?\}/g, (_, index) => String(args[Number(index) + 1] ?? ""));
    if (fn === "tolower" && typeof first === "string") return first.toLowerCase();
    if (fn === "toupper" && typeof first === "string") return first.toUpperCase();
    if (fn === "string" && isText(first)) return String(first);
    if (fn === "length" && (typeof first === "string" || Array.isArray(first))) return first.length;
    if (args.every(isText))
      return `${name}(${args.map((arg) => (typeof arg === "string" ? `'${arg}'` : arg)).join(",")})`;
    return UNKNOWN;
  }

  /** A parameter's value (what a parent deployment passes, else its default) or a variable, evaluated in scope. */
  private lookup(table: Dict, key: Value): Value {
    if (typeof key !== "string" || !Object.hasOwn(table, key)) return UNKNOWN;
    return armValue(table[key], this.scope, this.depth + 1);
  }

  private stringLiteral(): string {
    let out = "";
    this.at++;
    for (;;) {
      const char = this.text[this.at++];
      if (char === undefined) throw new Error("unterminated string");
      if (char === "'") {
        if (this.text[this.at] !== "'") return out;
        this.at++;
      }
      out += char;
    }
  }

  private number(): number {
    const match = /^-?\d+/.exec(this.text.slice(this.at));
    if (!match) throw new Error("expected a number");
    this.at += match[0].length;
    return Number(match[0]);
  }

  private identifier(): string {
    this.skipSpace();
    const match = /^[A-Za-z_][\w]*/.exec(this.text.slice(this.at));
    if (!match) throw new Error("expected a name");
    this.at += match[0].length;
    return match[0];
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.text[this.at++] !== char) throw new Error(`expected ${char}`);
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? "")) this.at++;
  }
}

function isText(value: Value): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** `value.name` or `value[index]`; a property of a call kept as text stays text (`reference(…).defaultHostName`). */
function member(value: Value, key: Value): Value {
  if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(value) && typeof key === "number") return key >= 0 && key < value.length ? value[key] : UNKNOWN;
  if (isDict(value) && typeof key === "string") return Object.hasOwn(value, key) ? value[key] : UNKNOWN;
  if (typeof value === "string" && /\)$/.test(value) && typeof key === "string") return `${value}.${key}`;
  return UNKNOWN;
}
