import type { DocPath } from "../model/types.js";
import type { ComposedYaml } from "./composed-yaml.js";
import { ComposedYamlLocator } from "./composed-yaml-locator.js";
import { ExactYamlLocator } from "./exact-yaml-locator.js";
import { embeddedRange } from "./json-locator.js";
import { LineIndex } from "./line-index.js";
import type { Locator } from "./parsed-file.js";

/**
 * The fast parser (js-yaml) keeps no positions, but its listener reports every node it composes: the parse that
 * reads the documents records them, and the path is followed through those; where that cannot
 * give `yaml`'s range for certain, the `yaml` package re-reads the whole file (about ten times js-yaml's cost)
 * for the exact ranges. A path may go on into the JSON document a string value holds (`embedded`: an IAM policy
 * written as `PolicyDocument: |`).
 */
export class YamlLocator implements Locator {
  private lines?: LineIndex;
  private composed?: ComposedYamlLocator;
  private exact?: ExactYamlLocator;

  /** `nodes`: what js-yaml composed as it read `text`; without it, `text` is read once more when first asked. */
  constructor(
    private readonly text: string,
    private readonly nodes?: ComposedYaml,
  ) {}

  locate(doc: number, path: DocPath, embedded?: DocPath) {
    this.lines ??= new LineIndex(this.text);
    this.composed ??= new ComposedYamlLocator(this.text, this.lines.starts, this.nodes);
    let range = this.composed.find(doc, path);
    if (!range) {
      this.exact ??= new ExactYamlLocator(this.text);
      range = this.exact.find(doc, path);
    }
    if (embedded?.length) range = embeddedRange(this.text, range, embedded) ?? range;
    return this.lines.range(range[0], range[1]);
  }
}
