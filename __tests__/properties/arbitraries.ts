import fc from "fast-check";

/**
 * Cases per property: a tenth in the contributor loop (`npm test`), all of them under vitest.slow.config.ts,
 * which .ci/run runs and which sets ARCHLINT_PROPERTY_RUNS=full.
 */
export function propertyRuns(full: number): number {
  return process.env.ARCHLINT_PROPERTY_RUNS === "full" ? full : Math.ceil(full / 10);
}

/**
 * fast-check draws a new seed each run and prints it with any counterexample; .ci/run fixes one
 * (ARCHLINT_PROPERTY_SEED) so that whether a submission lands does not depend on the draw.
 */
const seed = process.env.ARCHLINT_PROPERTY_SEED;
if (seed) fc.configureGlobal({ seed: Number(seed) });

/** A Serverless Framework variable, `${…}`: adapters resolve some and must leave the others alone. */
const variable = (expression: string) => `\${${expression}}`;

/** Keys that manifests use, keys that attack prototypes, and anything else. */
const MANIFEST_KEYS = [
  "service",
  "provider",
  "name",
  "functions",
  "handler",
  "timeout",
  "memorySize",
  "runtime",
  "events",
  "http",
  "httpApi",
  "sqs",
  "schedule",
  "tracing",
  "reservedConcurrency",
  "provisionedConcurrency",
  "Resources",
  "Type",
  "Properties",
  "Globals",
  "Function",
  "Timeout",
  "Events",
  "apiVersion",
  "kind",
  "metadata",
  "spec",
  "template",
  "containers",
  "resource",
  "variable",
  "default",
  variable("self:provider.timeout"),
];
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "<<", ""];

export const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MANIFEST_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "aws",
    "AWS::Serverless::Function",
    variable("self:custom.x"),
    variable("env:SECRET"),
    "rate(5 minutes)",
    "900",
  ),
);

/** Nested lists and mappings of the given leaves, shallow enough for thousands of cases per second. */
export const nestedOf = (leaf: fc.Arbitrary<unknown>) =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(key, tie("value"), { maxKeys: 5, noNullPrototype: true }),
    ),
  })).value;

/** JSON-compatible documents. */
export const document = nestedOf(scalar);

export const mapping = fc.dictionary(key, document, { minKeys: 1, maxKeys: 6, noNullPrototype: true });

/** Raw bytes, biased towards the characters that structure YAML and JSON. */
export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .array(fc.constantFrom(..."{}[],:-?|>&*!%@`'\"#\n\r\t \\ab1.~\uFEFF".split("")), { maxLength: 120 })
    .map((chars) => new TextEncoder().encode(chars.join(""))),
);

const FUNCTION_TYPES = [
  "AWS::Serverless::Function",
  "AWS::Lambda::Function",
  "AWS::SQS::Queue",
  "AWS::Serverless::Api",
];

/** Manifest-shaped documents, so random values reach the adapters' inner branches. */
export const manifest = fc.oneof(
  mapping,
  fc.record({ provider: mapping, functions: fc.dictionary(key, mapping, { maxKeys: 3, noNullPrototype: true }) }),
  fc.record({
    Globals: fc.record({ Function: mapping }),
    Resources: fc.dictionary(key, fc.record({ Type: fc.constantFrom(...FUNCTION_TYPES), Properties: mapping }), {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  }),
  fc.record({ apiVersion: fc.constantFrom("v1", "apps/v1", "serving.knative.dev/v1"), kind: key, spec: mapping }),
);

/** The names adapters recognise, so each random document is offered to the adapter that claims it. */
export const manifestPath = fc.constantFrom(
  "serverless.yml",
  "serverless.json",
  "template.yaml",
  "stack/template.json",
  "k8s/deployment.yaml",
  "main.tf.json",
  "fn/function.json",
  "host.json",
  "docker-compose.yml",
  "kustomization.yaml",
  "chart/values.yaml",
  ".github/workflows/ci.yml",
);
