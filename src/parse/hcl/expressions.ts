import { type Cursor, HclSyntaxError } from "./cursor.js";
import { heredoc, quoted, skipBalanced } from "./templates.js";

/**
 * Where a value sits: its range, the ranges of its members (object keys, tuple indexes, block bodies), and for a
 * heredoc the range of its raw content, so a JSON document inside it can be located too.
 */
export interface PosNode {
  start: number;
  end: number;
  children?: Map<string, PosNode>;
  embedded?: [number, number];
}

export interface Parsed {
  value: unknown;
  node: PosNode;
}

const BINARY_OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%"];

/**
 * An expression as a plain value, the shape `.tf.json` files have: literals, objects and tuples as themselves,
 * and every other expression (references, calls, for-expressions, operators) as its source text in `${…}`.
 * `jsonencode(x)` is read as `x`, so a policy document written with it is an object.
 */
export function parseExpression(cursor: Cursor, nested: boolean): Parsed {
  const start = cursor.pos;
  const first = parsePostfixed(cursor);
  let opaque = false;
  for (;;) {
    const before = cursor.pos;
    cursor.skip(nested);
    const operator = BINARY_OPERATORS.find((op) => cursor.startsWith(op));
    if (operator) {
      cursor.pos += operator.length;
      cursor.skip(nested);
      parsePostfixed(cursor);
      opaque = true;
      continue;
    }
    if (cursor.peek() === "?") {
      cursor.pos++;
      cursor.skip(nested);
      parseExpression(cursor, nested);
      cursor.skip(nested);
      cursor.expect(":", '":" of a conditional');
      cursor.skip(nested);
      parseExpression(cursor, nested);
      opaque = true;
      continue;
    }
    cursor.pos = before;
    break;
  }
  return opaque ? rawExpression(cursor, start) : first;
}

function rawExpression(cursor: Cursor, start: number): Parsed {
  return { value: `\${${cursor.text.slice(start, cursor.pos).trim()}}`, node: { start, end: cursor.pos } };
}

function parsePostfixed(cursor: Cursor): Parsed {
  const start = cursor.pos;
  const term = parseTerm(cursor);
  let traversed = false;
  for (;;) {
    if (cursor.peek() === "." && cursor.peek(1) !== ".") {
      cursor.pos++;
      if (cursor.peek() === "*") cursor.pos++;
      else if (/\d/.test(cursor.peek())) number(cursor);
      else cursor.identifier();
    } else if (cursor.peek() === "[") {
      cursor.pos++;
      cursor.skip(true);
      if (cursor.peek() === "*") cursor.pos++;
      else parseExpression(cursor, true);
      cursor.skip(true);
      cursor.expect("]");
    } else break;
    traversed = true;
  }
  return traversed ? rawExpression(cursor, start) : term;
}

function parseTerm(cursor: Cursor): Parsed {
  const start = cursor.pos;
  const c = cursor.peek();
  if (c === '"') return quoted(cursor);
  if (cursor.startsWith("<<")) return heredoc(cursor);
  if (/\d/.test(c)) {
    const value = number(cursor);
    return { value, node: { start, end: cursor.pos } };
  }
  if (c === "{") return objectOrFor(cursor);
  if (c === "[") return tupleOrFor(cursor);
  if (c === "(") {
    cursor.pos++;
    cursor.skip(true);
    parseExpression(cursor, true);
    cursor.skip(true);
    cursor.expect(")");
    return rawExpression(cursor, start);
  }
  if (c === "-" || c === "!") {
    cursor.pos++;
    cursor.skip(false);
    const operand = parsePostfixed(cursor);
    if (c === "-" && typeof operand.value === "number")
      return { value: -operand.value, node: { start, end: cursor.pos } };
    return rawExpression(cursor, start);
  }
  if (cursor.isIdentifierStart()) return identifierTerm(cursor);
  throw cursor.error("expected an expression");
}

const KEYWORDS: Record<string, unknown> = { true: true, false: false, null: null };

function identifierTerm(cursor: Cursor): Parsed {
  const start = cursor.pos;
  let name = cursor.identifier();
  while (cursor.startsWith("::")) {
    cursor.pos += 2;
    name += `::${cursor.identifier()}`;
  }
  if (cursor.peek() !== "(") {
    if (name in KEYWORDS) return { value: KEYWORDS[name], node: { start, end: cursor.pos } };
    return rawExpression(cursor, start);
  }
  cursor.pos++;
  const args: Parsed[] = [];
  cursor.skip(true);
  while (cursor.peek() !== ")") {
    args.push(parseExpression(cursor, true));
    cursor.skip(true);
    if (cursor.startsWith("...")) {
      cursor.pos += 3;
      cursor.skip(true);
    }
    if (cursor.peek() === ",") {
      cursor.pos++;
      cursor.skip(true);
    } else if (cursor.peek() !== ")") throw cursor.error('expected "," or ")" in a function call');
  }
  cursor.pos++;
  const only = args[0];
  if (name === "jsonencode" && args.length === 1 && only) {
    return { value: only.value, node: { ...only.node, start, end: cursor.pos } };
  }
  return rawExpression(cursor, start);
}

function number(cursor: Cursor): number {
  const match = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
  match.lastIndex = cursor.pos;
  const found = match.exec(cursor.text);
  if (!found) throw cursor.error("expected a number");
  cursor.pos += found[0].length;
  return Number(found[0]);
}

function startsFor(cursor: Cursor): boolean {
  const match = /for\s+[A-Za-z_][\w-]*\s*(,|in\s)/y;
  match.lastIndex = cursor.pos;
  return match.test(cursor.text);
}

function objectOrFor(cursor: Cursor): Parsed {
  const start = cursor.pos;
  cursor.pos++;
  cursor.skip(true);
  if (startsFor(cursor)) {
    skipBalanced(cursor, "}");
    return rawExpression(cursor, start);
  }
  const value: Record<string, unknown> = {};
  const children = new Map<string, PosNode>();
  while (cursor.peek() !== "}") {
    if (cursor.atEnd()) throw new HclSyntaxError('unterminated object: expected "}"', start);
    const keyStart = cursor.pos;
    const key = objectKey(cursor);
    cursor.skip(true);
    if (cursor.peek() !== "=" && cursor.peek() !== ":") throw cursor.error('expected "=" or ":" after an object key');
    cursor.pos++;
    cursor.skip(true);
    const item = parseExpression(cursor, true);
    if (!(key in value)) {
      value[key] = item.value;
      children.set(key, { ...item.node, start: keyStart });
    }
    cursor.skip(true);
    if (cursor.peek() === ",") {
      cursor.pos++;
      cursor.skip(true);
    }
  }
  cursor.pos++;
  return { value, node: { start, end: cursor.pos, children } };
}

function objectKey(cursor: Cursor): string {
  if (cursor.isIdentifierStart()) {
    const before = cursor.pos;
    const name = cursor.identifier();
    cursor.skip(true);
    if (cursor.peek() === "=" || cursor.peek() === ":") return name;
    cursor.pos = before;
  }
  const key = parseExpression(cursor, true);
  return typeof key.value === "string" ? key.value : cursor.text.slice(key.node.start, key.node.end);
}

function tupleOrFor(cursor: Cursor): Parsed {
  const start = cursor.pos;
  cursor.pos++;
  cursor.skip(true);
  if (startsFor(cursor)) {
    skipBalanced(cursor, "]");
    return rawExpression(cursor, start);
  }
  const value: unknown[] = [];
  const children = new Map<string, PosNode>();
  while (cursor.peek() !== "]") {
    if (cursor.atEnd()) throw new HclSyntaxError('unterminated list: expected "]"', start);
    const item = parseExpression(cursor, true);
    children.set(String(value.length), item.node);
    value.push(item.value);
    cursor.skip(true);
    if (cursor.peek() === ",") {
      cursor.pos++;
      cursor.skip(true);
    } else if (cursor.peek() !== "]") throw cursor.error('expected "," or "]" in a list');
  }
  cursor.pos++;
  return { value, node: { start, end: cursor.pos, children } };
}
