import type { EntityBase, SourceRef } from "../../model/types.js";
import { markUnresolved, refAt, setField } from "../entity.js";
import type { Dict } from "../values.js";
import type { TerraformModule } from "./module.js";
import { resolveValue, UNRESOLVED } from "./references.js";

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
    else if (value !== skip) setField(this.entity, field, value, at, resolvedFrom(body[attribute]));
    return true;
  }
}

/** Says where a value came from when it was a variable or a local, so the finding explains its number. */
function resolvedFrom(raw: unknown): string | undefined {
  const reference = typeof raw === "string" ? /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/.exec(raw) : null;
  if (!reference) return undefined;
  return reference[1] === "var" ? `from the default of var.${reference[2]}` : `from local.${reference[2]}`;
}
