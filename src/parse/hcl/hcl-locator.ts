import type { DocPath } from "../../model/types.js";
import { embeddedRange } from "../json-locator.js";
import { LineIndex } from "../line-index.js";
import type { Locator } from "../parsed-file.js";
import type { PosNode } from "./expressions.js";

/**
 * Positions in an HCL file, from the ranges the parser kept. A path that goes on past a heredoc continues into
 * the JSON document written inside it (an IAM policy's `Statement[0]`), found with jsonc-parser.
 */
export class HclLocator implements Locator {
  private lines?: LineIndex;

  constructor(
    private readonly text: string,
    private readonly root: PosNode,
  ) {}

  locate(_doc: number, path: DocPath) {
    this.lines ??= new LineIndex(this.text);
    let node = this.root;
    let range: [number, number] = [node.start, node.end];
    for (let index = 0; index < path.length; index++) {
      const next = node.children?.get(String(path[index]));
      if (!next) {
        if (node.embedded) range = embeddedRange(this.text, node.embedded, path.slice(index)) ?? range;
        break;
      }
      node = next;
      range = [node.start, node.end];
    }
    return this.lines.range(range[0], range[1]);
  }
}
