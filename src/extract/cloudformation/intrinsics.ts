import { type Dict, isDict, type Resolved, UNRESOLVED } from "../values.js";
import type { StackFunction } from "./template.js";

/** The name of an intrinsic function object (`Ref`, `Fn::GetAtt`, …), or undefined for plain data. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isDict(value)) return undefined;
  const keys = Object.keys(value);
  const [key] = keys;
  return keys.length === 1 && key !== undefined && (key === "Ref" || key.startsWith("Fn::")) ? key : undefined;
}

const SUB_VARIABLE = /\$\{([^}!][^}]*)\}/g;

/**
 * Reads CloudFormation values without deploying: literals, `Ref` to a Parameter's `Default` and `Fn::Sub` over
 * such parameters resolve; `!If`, `!FindInMap`, imports, pseudo parameters and resource attributes do not.
 * `pre` lets a host format resolve its own syntax first (Serverless `${self:…}` in `resources:`).
 */
export class Intrinsics {
  constructor(
    private readonly parameters: Dict,
    private readonly pre: (value: unknown) => Resolved = (value) => value,
    private readonly parameterNotes: ReadonlyMap<string, string> = new Map(),
    readonly links: StackLinks = {},
  ) {}

  /** Where a `Ref` to a parameter got its value, when a parent stack passed it. */
  noteFor(raw: unknown): string | undefined {
    const value = this.pre(raw);
    return intrinsicName(value) === "Ref" ? this.parameterNotes.get(String((value as Dict).Ref)) : undefined;
  }

  /** A plain value, or UNRESOLVED: never a guess. */
  resolve(raw: unknown): Resolved {
    const value = this.pre(raw);
    if (value === UNRESOLVED) return UNRESOLVED;
    const name = intrinsicName(value);
    if (!name) return value;
    if (name === "Ref") return this.parameterDefault((value as Dict).Ref) ?? UNRESOLVED;
    if (name === "Fn::Sub") {
      const text = this.nameKey(value);
      return text === undefined || text.includes("${") ? UNRESOLVED : text;
    }
    return UNRESOLVED;
  }

  /**
   * A string that two references to the same name share: parameters become their defaults, other references
   * stay as `${Name}` / `${Name.Attribute}` tokens, so `!Sub /aws/lambda/${Fn}` and `!Join ['', [/aws/lambda/,
   * !Ref Fn]]` give the same key. Undefined for values whose text depends on a condition or a lookup.
   */
  nameKey(raw: unknown): string | undefined {
    const value = this.pre(raw);
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    const name = intrinsicName(value);
    const argument = name ? (value as Dict)[name] : undefined;
    switch (name) {
      case "Ref": {
        const parameter = this.parameterDefault(argument);
        return parameter === undefined ? `\${${String(argument)}}` : String(parameter);
      }
      case "Fn::GetAtt":
        return Array.isArray(argument) ? `\${${argument.map(String).join(".")}}` : undefined;
      case "Fn::Sub":
        return this.substitute(argument);
      case "Fn::Join":
        return this.join(argument);
      default:
        return undefined;
    }
  }

  /** Logical ids a value refers to, through `Ref`, `Fn::GetAtt` or `${…}` in `Fn::Sub`, anywhere inside it. */
  references(value: unknown): string[] {
    const found: string[] = [];
    const walk = (node: unknown): void => {
      const name = intrinsicName(node);
      const argument = name ? (node as Dict)[name] : undefined;
      if (name === "Ref" && typeof argument === "string") found.push(argument);
      else if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
        found.push(argument[0]);
      } else if (name === "Fn::Sub") {
        const text = Array.isArray(argument) ? argument[0] : argument;
        if (typeof text === "string") {
          for (const match of text.matchAll(SUB_VARIABLE)) found.push((match[1] as string).split(".")[0] as string);
        }
        if (Array.isArray(argument)) walk(argument[1]);
      } else if (Array.isArray(node)) node.forEach(walk);
      else if (isDict(node)) Object.values(node).forEach(walk);
    };
    walk(value);
    return found;
  }

  /** Text for a message: the name key, else the intrinsic's name (`<Fn::If>`). */
  describe(value: unknown): string {
    return this.nameKey(value) ?? (typeof value === "string" ? value : `<${intrinsicName(value) ?? "value"}>`);
  }

  private parameterDefault(name: unknown): string | number | undefined {
    if (typeof name !== "string") return undefined;
    const parameter = this.parameters[name];
    // A parameter looked up when the stack deploys (`AWS::SSM::Parameter::Value<String>`) defaults to its key.
    if (isDict(parameter) && typeof parameter.Type === "string" && parameter.Type.startsWith("AWS::SSM::"))
      return undefined;
    const value = isDict(parameter) ? this.pre(parameter.Default) : undefined;
    return typeof value === "string" || typeof value === "number" ? value : undefined;
  }

  private substitute(argument: unknown): string | undefined {
    const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
    if (typeof text !== "string") return undefined;
    let failed = false;
    const result = text.replace(SUB_VARIABLE, (token, variable: string) => {
      const own = isDict(variables) && variable in variables ? this.nameKey(variables[variable]) : undefined;
      const value = own ?? this.parameterDefault(variable);
      if (isDict(variables) && variable in variables && own === undefined) failed = true;
      return value === undefined ? token : String(value);
    });
    return failed ? undefined : result;
  }

  private join(argument: unknown): string | undefined {
    if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1])) return undefined;
    const parts = argument[1].map((part) => this.nameKey(part));
    return parts.every((part) => part !== undefined) ? parts.join(argument[0]) : undefined;
  }
}

/** What crosses a nested stack's boundary: the resources a parent passes in, the outputs a child gives back. */
export interface StackLinks {
  /** The join key of the resource the parent passed as this parameter (`cfn:<parent>#Jobs`). */
  parameterKey?(name: string): string | undefined;
  /** The join key of a nested stack's output (`!GetAtt Queues.Outputs.JobsArn` → `cfn:<child>#Jobs`). */
  outputKey?(stack: string, output: string): string | undefined;
  /** The function a nested stack's output names (`!GetAtt Api.Outputs.HandlerArn` → the child's `Handler`). */
  outputFunction?(stack: string, output: string): StackFunction | undefined;
}

const OUTPUT_TOKEN = /\$\{([^}.!]+)\.Outputs\.([^}]+)\}/g;

/** The nested-stack outputs a value refers to: `!GetAtt Stack.Outputs.X`, or `${Stack.Outputs.X}` in a `!Sub`. */
export function stackOutputs(value: unknown): [stack: string, output: string][] {
  const name = intrinsicName(value);
  const argument = name ? (value as Dict)[name] : undefined;
  if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
    const output = typeof argument[1] === "string" ? /^Outputs\.(.+)$/.exec(argument[1])?.[1] : undefined;
    return output ? [[argument[0], output]] : [];
  }
  const text = name === "Fn::Sub" ? (Array.isArray(argument) ? argument[0] : argument) : undefined;
  if (typeof text !== "string") return [];
  return [...text.matchAll(OUTPUT_TOKEN)].map((match) => [match[1] as string, match[2] as string]);
}

/**
 * The key that joins an event source to a queue entity: `cfn:<file>#<LogicalId>` for a reference to a queue in
 * the same template, `sqs:<name>` for an SQS ARN whose queue name is known.
 */
export function queueKey(value: unknown, file: string, intrinsics: Intrinsics): string | undefined {
  const name = intrinsicName(value);
  const argument = name ? (value as Dict)[name] : undefined;
  if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
    const [output] = stackOutputs(value);
    return output ? intrinsics.links.outputKey?.(...output) : `cfn:${file}#${argument[0]}`;
  }
  if (name === "Ref" && typeof argument === "string" && intrinsics.resolve(value) === UNRESOLVED) {
    return intrinsics.links.parameterKey?.(argument) ?? `cfn:${file}#${argument}`;
  }
  const text = intrinsics.nameKey(value);
  const arn = text === undefined ? undefined : /^arn:[^:]*:sqs:.*:([^:${}]+)$/.exec(text);
  return arn ? `sqs:${arn[1]}` : undefined;
}
