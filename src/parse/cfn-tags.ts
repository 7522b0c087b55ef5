import yaml from "js-yaml";

/**
 * CloudFormation's short-form intrinsic functions become their long forms, so adapters read one shape.
 * Any other tag (GitLab's `!reference`, Home Assistant's `!secret`, mkdocs' `!!python/name:…`, …) keeps its
 * plain value instead of failing the whole file: the empty prefix of a `multi` type matches every tag that
 * no exact type claims.
 */
const FUNCTIONS = [
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "If",
  "Equals",
  "And",
  "Or",
  "Not",
  "ToJsonString",
  "Length",
];

const KINDS = ["scalar", "sequence", "mapping"] as const;

function longForm(name: string, construct: (data: unknown) => unknown): yaml.Type[] {
  return KINDS.map((kind) => new yaml.Type(`!${name}`, { kind, construct }));
}

function splitGetAtt(data: unknown): unknown {
  if (typeof data !== "string") return data;
  const dot = data.indexOf(".");
  return dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)];
}

const anyOtherTag = KINDS.map((kind) => new yaml.Type("", { kind, multi: true, construct: (data: unknown) => data }));

const types: yaml.Type[] = [
  ...longForm("Ref", (data) => ({ Ref: data ?? "" })),
  ...longForm("Condition", (data) => ({ Condition: data ?? "" })),
  ...longForm("GetAtt", (data) => ({ "Fn::GetAtt": splitGetAtt(data) })),
  ...FUNCTIONS.flatMap((name) => longForm(name, (data) => ({ [`Fn::${name}`]: data ?? "" }))),
  ...anyOtherTag,
];

export const MANIFEST_SCHEMA = yaml.DEFAULT_SCHEMA.extend(types);
