import type { FunctionEntity, SourceRef, Trigger } from "../../model/types.js";
import { recordOrigin } from "../entity.js";
import { literal } from "./functions.js";
import type { TerraformModule } from "./module.js";
import { referencesIn } from "./references.js";

/** The functions of one module, found from the attributes that name them in other resources. */
export class FunctionIndex {
  private readonly byAddress = new Map<string, FunctionEntity>();
  private readonly byName = new Map<string, FunctionEntity>();

  constructor(private readonly module: TerraformModule) {}

  add(address: string, fn: FunctionEntity): void {
    this.byAddress.set(address, fn);
    if (!this.byName.has(fn.name)) this.byName.set(fn.name, fn);
  }

  /** The function an `aws_lambda_function` or lambda module at this address declares. */
  get(address: string): FunctionEntity | undefined {
    return this.byAddress.get(address);
  }

  all(): FunctionEntity[] {
    return [...this.byAddress.values()];
  }

  /**
   * The function a value names: a reference to an `aws_lambda_function` or lambda module (any attribute: arn,
   * invoke_arn, function_name), to an alias of one, or its literal name or ARN.
   */
  find(value: unknown, depth = 0): FunctionEntity | undefined {
    for (const reference of referencesIn(value)) {
      const direct = this.byAddress.get(reference.address);
      if (direct) return direct;
      const alias = reference.type === "aws_lambda_alias" ? this.module.find(reference.address) : undefined;
      if (alias && depth < 3) return this.find(alias.body.function_name, depth + 1);
    }
    const text = literal(value, this.module);
    if (!text) return undefined;
    return this.byName.get(/:function:([^:]+)/.exec(text)?.[1] ?? text);
  }
}

/** Appends a trigger and records the resource that declares it as the trigger's origin. */
export function addTrigger(fn: FunctionEntity, trigger: Trigger, ref: SourceRef): void {
  recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref });
  fn.triggers.push(trigger);
}
