import type { EntityBase, SourceRef } from "../../model/types.js";
import { markUnresolved, refAt, setField } from "../entity.js";
import type { Dict } from "../values.js";
import type { TerraformModule } from "./module.js";
import { expressionOf, resolveValue, UNRESOLVED, variableOf, wholeExpression } from "./references.js";

export const TERRAFORM_FORMAT = "terraform";

/** Reads attributes of one block into an entity, resolving variables and recording each value's origin. */
export class FieldReader {
  constructor(
    readonly module: TerraformModule,
    readonly entity: EntityBase,
  ) {}

  /**
   * Sets `field` from `body[attribute]` when present. A value that does not resolve or convert is marked
   * unresolved; `skip` values (Terraform's `-1` for "not set") are left out. Returns whether the attribute is set.
   */
  read(
    field: string,
    body: Dict,
    attribute: string,
    ref: SourceRef,
    convert: (value: unknown) => unknown,
    skip?: unknown,
  ): boolean {
    if (!(attribute in body) || body[attribute] === null) return false;
    const at = refAt(ref, attribute);
    const resolved = resolveValue(body[attribute], this.module);
    const value = resolved === UNRESOLVED || resolved === null ? undefined : convert(resolved);
    if (value === undefined) markUnresolved(this.entity, field, at);
    else if (value !== skip) {
      const origin = this.origin(body[attribute], at);
      setField(this.entity, field, value, origin.ref, origin.note);
    }
    return true;
  }

  /**
   * Where a value came from when it was a variable or a local, so the finding explains its number: a variable a
   * module call passed points at that argument, where the value was set.
   */
  private origin(raw: unknown, at: SourceRef): { ref: SourceRef; note?: string } {
    const reference = variableOf(wholeExpression(expressionOf(raw)));
    if (!reference) return { ref: at };
    const { kind, name } = reference;
    if (kind === "local") return { ref: at, note: `from local.${name}` };
    const { call } = this.module;
    const argument = call?.arguments.get(name);
    if (!call || !argument) return { ref: at, note: `from the default of var.${name}` };
    return { ref: argument, note: `set by ${call.address} for var.${name} of ${this.module.dir}` };
  }
}
