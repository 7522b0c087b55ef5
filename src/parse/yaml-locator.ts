import type { DocPath } from "../model/types.js";
import { BlockYamlLocator } from "./block-yaml-locator.js";
import { ExactYamlLocator } from "./exact-yaml-locator.js";
import { embeddedRange } from "./json-locator.js";
import { LineIndex } from "./line-index.js";
import type { Locator } from "./parsed-file.js";

/**
 * The fast parser (js-yaml) keeps no positions. A line scanner answers for block YAML; where it is not sure,
 * the `yaml` package re-reads the whole file (about ten times js-yaml's cost) for the exact ranges. A path may go
 * on into the JSON document a string value holds (`embedded`: an IAM policy written as `PolicyDocument: |`).
 */
export class YamlLocator implements Locator {
  private lines?: LineIndex;
  private fast?: BlockYamlLocator;
  private exact?: ExactYamlLocator;

  constructor(private readonly text: string) {}

  locate(doc: number, path: DocPath, embedded?: DocPath) {
    this.lines ??= new LineIndex(this.text);
    this.fast ??= new BlockYamlLocator(this.text, this.lines.starts);
    let range = this.fast.find(doc, path);
    if (!range) {
      this.exact ??= new ExactYamlLocator(this.text);
      range = this.exact.find(doc, path);
    }
    if (embedded?.length) range = embeddedRange(this.text, range, embedded) ?? range;
    return this.lines.range(range[0], range[1]);
  }
}
