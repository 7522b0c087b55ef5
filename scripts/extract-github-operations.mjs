// Extracts the GitHub REST operations archlint calls from GitHub's own OpenAPI description (npm @octokit/openapi,
// ~385 MB, installed outside the project) into the small __tests__/e2e/fake-github/operations.json that the fake
// GitHub API validates requests against. Run it again after adding an operation to OPERATIONS:
//   npm install --prefix /tmp/octokit-openapi @octokit/openapi
//   node scripts/extract-github-operations.mjs [/tmp/octokit-openapi/node_modules/@octokit/openapi]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Every REST operation the action calls (pull request review and the reassessment issue). */
const OPERATIONS = [
  "users/get-authenticated",
  "pulls/get",
  "pulls/list-files",
  "issues/get",
  "issues/list-for-repo",
  "issues/create",
  "issues/update",
  "issues/list-comments",
  "issues/create-comment",
  "issues/update-comment",
  "issues/get-label",
  "issues/create-label",
  "issues/add-labels",
  "issues/remove-label",
];

/** Documentation-only keywords: they do not change what a request may contain. */
const DOCUMENTATION = new Set(["description", "summary", "example", "examples", "externalDocs", "title"]);

const packageDirectory = process.argv[2] ?? "/tmp/octokit-openapi/node_modules/@octokit/openapi";
const output = new URL("../__tests__/e2e/fake-github/operations.json", import.meta.url);

const { version } = JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8"));
const spec = JSON.parse(readFileSync(join(packageDirectory, "generated", "api.github.com.deref.json"), "utf8"));

/** Drops documentation keywords from a schema; the names under `properties` are data and stay. */
function stripDocumentation(value) {
  if (Array.isArray(value)) return value.map(stripDocumentation);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DOCUMENTATION.has(key) && !key.startsWith("x-"))
      .map(([key, child]) => [key, key === "properties" ? stripEach(child) : stripDocumentation(child)]),
  );
}

function stripEach(properties) {
  return Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, stripDocumentation(schema)]));
}

const operations = {};
for (const [path, methods] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(methods)) {
    if (!OPERATIONS.includes(operation.operationId)) continue;
    const body = operation.requestBody?.content?.["application/json"];
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      parameters: (operation.parameters ?? []).map(({ name, in: location, required, schema }) =>
        stripDocumentation({ name, in: location, required: required === true, schema }),
      ),
      ...(body
        ? {
            requestBody: { required: operation.requestBody.required === true, schema: stripDocumentation(body.schema) },
          }
        : {}),
      successStatus: Number(Object.keys(operation.responses).find((status) => status.startsWith("2"))),
    };
  }
}
const missing = OPERATIONS.filter((id) => !operations[id]);
if (missing.length) throw new Error(`not in the OpenAPI description: ${missing.join(", ")}`);

const sorted = Object.fromEntries(OPERATIONS.map((id) => [id, operations[id]]));
writeFileSync(
  output,
  `${JSON.stringify({ source: { package: "@octokit/openapi", version, openapi: spec.openapi, description: "api.github.com" }, operations: sorted }, null, 1)}\n`,
);
console.log(`wrote ${OPERATIONS.length} operations to ${output.pathname}`);
