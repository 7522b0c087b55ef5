import { LineIndex } from "../line-index.js";
import type { ParsedFile } from "../parsed-file.js";
import { Cursor, HclSyntaxError } from "./cursor.js";
import { type PosNode, parseExpression } from "./expressions.js";
import { HclLocator } from "./hcl-locator.js";

type Body = Record<string, unknown>;

/**
 * Reads an HCL file (Terraform `.tf`) into one document shaped as `.tf.json` is: labelled blocks nest by their
 * labels (`resource.aws_lambda_function.api`), unlabelled blocks are lists (`tracing_config[0]`), attributes are
 * plain values or `${expression}` text. Positions are kept for every block, attribute and member.
 */
export function parseHcl(path: string, text: string): ParsedFile {
  const cursor = new Cursor(text);
  try {
    const { value, node } = parseBody(cursor, false);
    return { path, format: "hcl", text, documents: [value], locator: new HclLocator(text, node) };
  } catch (error) {
    const failure = syntaxError(error, cursor);
    const { line, column } = new LineIndex(text).position(failure.offset);
    const locator = new HclLocator(text, { start: 0, end: 0 });
    return { path, format: "hcl", text, documents: [], locator, error: { message: failure.message, line, column } };
  }
}

function syntaxError(error: unknown, cursor: Cursor): HclSyntaxError {
  if (error instanceof HclSyntaxError) return error;
  if (error instanceof RangeError) return new HclSyntaxError("HCL nested too deeply to read", cursor.pos);
  throw error;
}

function parseBody(cursor: Cursor, inBlock: boolean): { value: Body; node: PosNode } {
  const value: Body = {};
  const node: PosNode = { start: cursor.pos, end: cursor.pos, children: new Map() };
  for (;;) {
    cursor.skip(true);
    if (cursor.atEnd()) {
      if (inBlock) throw cursor.error('expected "}" to close the block');
      break;
    }
    if (inBlock && cursor.peek() === "}") break;
    const start = cursor.pos;
    const name = cursor.identifier();
    cursor.skip(false);
    if (cursor.peek() === "=" && cursor.peek(1) !== "=") {
      cursor.pos++;
      cursor.skip(false);
      const expression = parseExpression(cursor, false);
      if (!(name in value)) {
        value[name] = expression.value;
        node.children?.set(name, { ...expression.node, start });
      }
      endOfItem(cursor, inBlock);
    } else {
      const labels = blockLabels(cursor);
      cursor.expect("{", 'a "{" or "=" after a name');
      const body = parseBody(cursor, true);
      cursor.pos++;
      addBlock(value, node, name, labels, body.value, { ...body.node, start, end: cursor.pos });
      endOfItem(cursor, inBlock);
    }
  }
  node.end = cursor.pos;
  return { value, node };
}

function blockLabels(cursor: Cursor): string[] {
  const labels: string[] = [];
  while (cursor.peek() !== "{") {
    if (cursor.peek() === '"') {
      const label = parseExpression(cursor, false).value;
      labels.push(String(label));
    } else if (cursor.isIdentifierStart()) labels.push(cursor.identifier());
    else throw cursor.error('expected a block label, "{" or "="');
    cursor.skip(false);
  }
  return labels;
}

function endOfItem(cursor: Cursor, inBlock: boolean): void {
  cursor.skip(false);
  if (cursor.atEnd() || cursor.peek() === "\n" || (inBlock && cursor.peek() === "}")) return;
  throw cursor.error("expected a line break after an attribute or block");
}

/** Labelled blocks nest by label (the first one declared wins); unlabelled ones of a name form a list. */
function addBlock(parent: Body, parentNode: PosNode, name: string, labels: string[], body: Body, node: PosNode) {
  const children = parentNode.children as Map<string, PosNode>;
  if (labels.length === 0) {
    const list = parent[name] ?? [];
    if (!Array.isArray(list)) return;
    const container = children.get(name) ?? { start: node.start, end: node.end, children: new Map() };
    container.children?.set(String(list.length), node);
    children.set(name, container);
    list.push(body);
    parent[name] = list;
    return;
  }
  let holder = parent;
  let holderNodes = children;
  for (const key of [name, ...labels.slice(0, -1)]) {
    const next = holder[key] ?? {};
    if (typeof next !== "object" || next === null || Array.isArray(next)) return;
    holder[key] = next;
    holder = next as Body;
    const container = holderNodes.get(key) ?? { start: node.start, end: node.end, children: new Map() };
    holderNodes.set(key, container);
    holderNodes = container.children as Map<string, PosNode>;
  }
  const last = labels[labels.length - 1] as string;
  if (last in holder) return;
  holder[last] = body;
  holderNodes.set(last, node);
}
