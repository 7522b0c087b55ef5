import { Cursor, HclSyntaxError } from "./cursor.js";
import { heredoc, quoted } from "./templates.js";

/** One step of a traversal: `.name`, `[key]` (and `.0`), or a splat (`.*`, `[*]`). */
export type Step = { kind: "attribute"; name: string } | { kind: "index"; key: Expression } | { kind: "splat" };

/** A part of a template: literal text, an interpolation, or a `%{…}` directive (kept as written). */
export type TemplatePart = { kind: "text"; text: string } | Expression | { kind: "directive"; source: string };

/** An HCL expression as a tree: what Terraform code reads instead of the `${…}` text. */
export type Expression =
  | { kind: "literal"; value: string | number | boolean | null }
  | { kind: "template"; parts: TemplatePart[] }
  | { kind: "traversal"; root: string; steps: Step[] }
  | { kind: "call"; name: string; args: Expression[] }
  | { kind: "conditional"; condition: Expression; whenTrue: Expression; whenFalse: Expression }
  | { kind: "binary"; operator: string; left: Expression; right: Expression }
  | { kind: "unary"; operator: "!" | "-"; operand: Expression }
  | { kind: "parenthesised"; inner: Expression }
  | { kind: "postfix"; source: Expression; steps: Step[] }
  | { kind: "tuple"; items: Expression[] }
  | { kind: "object"; entries: { key: Expression; value: Expression }[] }
  | { kind: "for"; parts: Expression[] }
  | { kind: "unreadable" };

const PRECEDENCE: [string, number][] = [
  ["||", 1],
  ["&&", 2],
  ["==", 3],
  ["!=", 3],
  ["<=", 4],
  [">=", 4],
  ["<", 4],
  [">", 4],
  ["+", 5],
  ["-", 5],
  ["*", 6],
  ["/", 6],
  ["%", 6],
];

/**
 * A template as `.tf.json` writes it and the HCL parser keeps it (`"arn:${var.partition}:…"`, or a whole
 * `${expression}`): its text, interpolations as trees and directives. `$${` and `%%{` are literal `${` and `%{`.
 * A template that does not parse is `unreadable`, never an exception.
 */
export function parseTemplate(text: string): Expression {
  try {
    return { kind: "template", parts: templateParts(new Cursor(text)) };
  } catch (error) {
    if (error instanceof HclSyntaxError || error instanceof RangeError) return { kind: "unreadable" };
    throw error;
  }
}

function templateParts(cursor: Cursor): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = "";
  const flush = () => {
    if (text) parts.push({ kind: "text", text });
    text = "";
  };
  while (!cursor.atEnd()) {
    const c = cursor.peek();
    if ((c === "$" || c === "%") && cursor.peek(1) === c && cursor.peek(2) === "{") {
      text += `${c}{`;
      cursor.pos += 3;
    } else if (c === "$" && cursor.peek(1) === "{") {
      flush();
      cursor.pos += 2;
      parts.push(interpolation(cursor));
    } else if (c === "%" && cursor.peek(1) === "{") {
      flush();
      const end = cursor.text.indexOf("}", cursor.pos);
      if (end < 0) throw cursor.error("unterminated directive");
      parts.push({ kind: "directive", source: cursor.text.slice(cursor.pos, end + 1) });
      cursor.pos = end + 1;
    } else {
      text += c;
      cursor.pos++;
    }
  }
  flush();
  return parts;
}

function interpolation(cursor: Cursor): Expression {
  if (cursor.peek() === "~") cursor.pos++;
  cursor.skip(true);
  const expression = parseExpression(cursor);
  cursor.skip(true);
  if (cursor.peek() === "~") cursor.pos++;
  cursor.expect("}", '"}" closing an interpolation');
  return expression;
}

function parseExpression(cursor: Cursor): Expression {
  const condition = binary(cursor, 1);
  cursor.skip(true);
  if (cursor.peek() !== "?") return condition;
  cursor.pos++;
  cursor.skip(true);
  const whenTrue = parseExpression(cursor);
  cursor.skip(true);
  cursor.expect(":", '":" of a conditional');
  cursor.skip(true);
  const whenFalse = parseExpression(cursor);
  return { kind: "conditional", condition, whenTrue, whenFalse };
}

function binary(cursor: Cursor, least: number): Expression {
  let left = unary(cursor);
  for (;;) {
    const before = cursor.pos;
    cursor.skip(true);
    const found = PRECEDENCE.find(([op, level]) => level >= least && cursor.startsWith(op) && !isArrow(cursor, op));
    if (!found) {
      cursor.pos = before;
      return left;
    }
    const [operator, level] = found;
    cursor.pos += operator.length;
    cursor.skip(true);
    left = { kind: "binary", operator, left, right: binary(cursor, level + 1) };
  }
}

/** `=>` of a for-expression, `>=`'s look-alike, is no operator. */
const isArrow = (cursor: Cursor, op: string) => op === ">" && cursor.text.charAt(cursor.pos - 1) === "=";

function unary(cursor: Cursor): Expression {
  const c = cursor.peek();
  if (c === "!" || c === "-") {
    cursor.pos++;
    cursor.skip(true);
    const operand = unary(cursor);
    if (c === "-" && operand.kind === "literal" && typeof operand.value === "number")
      return { kind: "literal", value: -operand.value };
    return { kind: "unary", operator: c, operand };
  }
  return postfixed(cursor);
}

function postfixed(cursor: Cursor): Expression {
  const term = primary(cursor);
  const steps = traversalSteps(cursor);
  if (steps.length === 0) return term;
  if (term.kind === "traversal") return { ...term, steps: [...term.steps, ...steps] };
  return { kind: "postfix", source: term, steps };
}

function traversalSteps(cursor: Cursor): Step[] {
  const steps: Step[] = [];
  for (;;) {
    if (cursor.peek() === "." && cursor.peek(1) !== ".") {
      cursor.pos++;
      if (cursor.peek() === "*") {
        cursor.pos++;
        steps.push({ kind: "splat" });
      } else if (/\d/.test(cursor.peek())) steps.push({ kind: "index", key: number(cursor) });
      else steps.push({ kind: "attribute", name: cursor.identifier() });
    } else if (cursor.peek() === "[") {
      cursor.pos++;
      cursor.skip(true);
      if (cursor.peek() === "*") {
        cursor.pos++;
        steps.push({ kind: "splat" });
      } else steps.push({ kind: "index", key: parseExpression(cursor) });
      cursor.skip(true);
      cursor.expect("]");
    } else return steps;
  }
}

function primary(cursor: Cursor): Expression {
  const c = cursor.peek();
  if (c === '"') return parseTemplate(quoted(cursor).value as string);
  if (cursor.startsWith("<<")) return parseTemplate(heredoc(cursor).value as string);
  if (/\d/.test(c)) return number(cursor);
  if (c === "(") {
    cursor.pos++;
    cursor.skip(true);
    const inner = parseExpression(cursor);
    cursor.skip(true);
    cursor.expect(")");
    return { kind: "parenthesised", inner };
  }
  if (c === "[") return bracketed(cursor, "]");
  if (c === "{") return bracketed(cursor, "}");
  if (cursor.isIdentifierStart()) return named(cursor);
  throw cursor.error("expected an expression");
}

function number(cursor: Cursor): Expression {
  const match = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
  match.lastIndex = cursor.pos;
  const found = match.exec(cursor.text);
  if (!found) throw cursor.error("expected a number");
  cursor.pos += found[0].length;
  return { kind: "literal", value: Number(found[0]) };
}

const KEYWORDS: Record<string, boolean | null> = { true: true, false: false, null: null };

function named(cursor: Cursor): Expression {
  let name = cursor.identifier();
  while (cursor.startsWith("::")) {
    cursor.pos += 2;
    name += `::${cursor.identifier()}`;
  }
  if (cursor.peek() !== "(") {
    if (name in KEYWORDS) return { kind: "literal", value: KEYWORDS[name] as boolean | null };
    return { kind: "traversal", root: name, steps: [] };
  }
  cursor.pos++;
  const args = items(cursor, ")", () => {
    const argument = parseExpression(cursor);
    cursor.skip(true);
    if (cursor.startsWith("...")) cursor.pos += 3;
    return argument;
  });
  return { kind: "call", name, args };
}

/** A tuple, an object, or a for-expression in either. */
function bracketed(cursor: Cursor, close: "]" | "}"): Expression {
  cursor.pos++;
  cursor.skip(true);
  if (/for\s+[A-Za-z_][\w-]*\s*(,|in\s)/y.test(cursor.text.slice(cursor.pos, cursor.pos + 200)))
    return forExpression(cursor, close);
  if (close === "]") return { kind: "tuple", items: items(cursor, "]", () => parseExpression(cursor)) };
  const entries = items(cursor, "}", () => {
    const key = objectKey(cursor);
    cursor.skip(true);
    if (cursor.peek() !== "=" && cursor.peek() !== ":") throw cursor.error('expected "=" or ":" after an object key');
    cursor.pos++;
    cursor.skip(true);
    return { key, value: parseExpression(cursor) };
  });
  return { kind: "object", entries };
}

/** Items up to `close`, separated by commas (or, in an object, by line breaks). */
function items<T>(cursor: Cursor, close: string, item: () => T): T[] {
  const found: T[] = [];
  cursor.skip(true);
  while (cursor.peek() !== close) {
    if (cursor.atEnd()) throw cursor.error(`expected "${close}"`);
    found.push(item());
    cursor.skip(true);
    if (cursor.peek() === ",") {
      cursor.pos++;
      cursor.skip(true);
    } else if (close !== "}" && cursor.peek() !== close) throw cursor.error(`expected "," or "${close}"`);
  }
  cursor.pos++;
  return found;
}

function objectKey(cursor: Cursor): Expression {
  if (cursor.isIdentifierStart()) {
    const before = cursor.pos;
    const name = cursor.identifier();
    cursor.skip(true);
    if (cursor.peek() === "=" || cursor.peek() === ":") return { kind: "literal", value: name };
    cursor.pos = before;
  }
  return parseExpression(cursor);
}

/** `[for k, v in xs : v if k != ""]`, `{for k, v in xs : k => v...}`: its expressions, in order. */
function forExpression(cursor: Cursor, close: "]" | "}"): Expression {
  cursor.expect("for");
  cursor.skip(true);
  const parts: Expression[] = [];
  cursor.identifier();
  cursor.skip(true);
  if (cursor.peek() === ",") {
    cursor.pos++;
    cursor.skip(true);
    cursor.identifier();
    cursor.skip(true);
  }
  cursor.expect("in");
  cursor.skip(true);
  parts.push(parseExpression(cursor));
  cursor.skip(true);
  cursor.expect(":");
  cursor.skip(true);
  parts.push(parseExpression(cursor));
  cursor.skip(true);
  if (close === "}" && cursor.startsWith("=>")) {
    cursor.pos += 2;
    cursor.skip(true);
    parts.push(parseExpression(cursor));
    cursor.skip(true);
    if (cursor.startsWith("...")) cursor.pos += 3;
    cursor.skip(true);
  }
  if (/if\b/y.test(cursor.text.slice(cursor.pos, cursor.pos + 3))) {
    cursor.pos += 2;
    cursor.skip(true);
    parts.push(parseExpression(cursor));
    cursor.skip(true);
  }
  cursor.expect(close);
  return { kind: "for", parts };
}
