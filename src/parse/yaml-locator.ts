import type { DocPath } from "../model/types.js";
import type { YamlComposition } from "./composed-yaml.js";
import { ComposedYamlLocator } from "./composed-yaml-locator.js";
import { ExactYamlLocator } from "./exact-yaml-locator.js";
import { embeddedRange } from "./json-locator.js";
import { LineIndex } from "./line-index.js";
import type { Locator } from "./parsed-file.js";

/**
 * The fast parser (js-yaml) keeps no positions, but its listener records, as it parses, every node it composes
 * (`YamlComposition`); for a file that holds findings those nodes are built and the path is followed through
 * them (a locator made without the recording has js-yaml read the file once more for it); where that cannot
 * give `yaml`'s range for certain, the `yaml` package re-reads the whole file (about ten times js-yaml's cost)
 * for the exact ranges. A path may go on into the JSON document a string value holds (`embedded`: an IAM policy
 * written as `PolicyDocument: |`).
 */
export class YamlLocator implements Locator {
  private lines?: LineIndex;
  private composed?: ComposedYamlLocator;
  private exact?: ExactYamlLocator;

  constructor(
    private readonly text: string,
    private composition?: YamlComposition,
  ) {}

  locate(doc: number, path: DocPath, embedded?: DocPath) {
    this.lines ??= new LineIndex(this.text);
    if (!this.composed) {
      this.composed = new ComposedYamlLocator(this.text, this.lines.starts, this.composition);
      this.composition = undefined;
    }
    let range = this.composed.find(doc, path);
    if (!range) {
      this.exact ??= new ExactYamlLocator(this.text);
      range = this.exact.find(doc, path);
    }
    if (embedded?.length) range = embeddedRange(this.text, range, embedded) ?? range;
    return this.lines.range(range[0], range[1]);
  }
}
