import type { ConfigurationError } from "../config/configuration-errors.js";
import { describeSchemaErrors } from "../config/schema-errors.js";
import { validatePolicyFile } from "../config/schema-validators.js";
import type { FileSystem } from "../io/file-system.js";
import type { DocPath } from "../model/types.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { checkPolicyFields } from "./check-fields.js";
import { compilePolicy, schemaCompiler } from "./compile.js";
import { PARSE_ERROR, UNUSED_SUPPRESSION } from "./finding.js";
import type { LoadedPolicy, Policy } from "./policy.js";

export interface PolicySource {
  /** Absolute directory. */
  directory: string;
  /** How files are named in messages (e.g. `policies/x.yml` or `.archlint/policies/x.yml`). */
  displayPrefix: string;
  builtin: boolean;
}

/** Reads every `*.yml`/`*.yaml` policy in the directories; each invalid file is an error with its line. */
export function loadPolicies(
  fs: FileSystem,
  sources: PolicySource[],
): { policies: LoadedPolicy[]; errors: ConfigurationError[] } {
  const policies: LoadedPolicy[] = [];
  const errors: ConfigurationError[] = [];
  const seen = new Map<string, string>(
    [PARSE_ERROR, UNUSED_SUPPRESSION].map((id) => [id, "archlint itself (a finding that is not a policy)"]),
  );
  for (const source of sources) {
    const names = fs
      .readDirectory(source.directory)
      .filter((e) => e.type === "file" && /\.ya?ml$/.test(e.name))
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const display = `${source.displayPrefix}${name}`;
      const text = Buffer.from(fs.readFile(`${source.directory}/${name}`)).toString("utf8");
      const parsed = parseFile(display, text, "yaml");
      const result = checkPolicy(parsed);
      if ("errors" in result) {
        errors.push(...result.errors);
        continue;
      }
      const policy: LoadedPolicy = { ...result.policy, origin: { file: display, builtin: source.builtin } };
      const previous = seen.get(policy.id);
      if (previous) {
        errors.push({ ...at(parsed, ["id"]), message: `policy id "${policy.id}" is already defined in ${previous}` });
        continue;
      }
      const unknownFields = checkPolicyFields(policy);
      if (unknownFields.length) {
        errors.push(...unknownFields.map(({ where, message }) => ({ ...at(parsed, where), message })));
        continue;
      }
      try {
        compilePolicy(policy, schemaCompiler(policy.origin));
      } catch (error) {
        errors.push({
          ...at(parsed, ["assert"]),
          message: `policy ${policy.id} does not compile: ${(error as Error).message}`,
        });
        continue;
      }
      seen.set(policy.id, display);
      policies.push(policy);
    }
  }
  return { policies, errors };
}

function checkPolicy(parsed: ParsedFile): { policy: Policy } | { errors: ConfigurationError[] } {
  if (parsed.error) return { errors: [{ file: parsed.path, ...parsed.error }] };
  if (parsed.documents.length !== 1) {
    return {
      errors: [{ file: parsed.path, line: 1, column: 1, message: "a policy file holds exactly one YAML document" }],
    };
  }
  const document = parsed.documents[0];
  if (validatePolicyFile(document)) return { policy: document };
  const locate = (path: string[]) => parsed.locator.locate(0, path);
  return { errors: describeSchemaErrors(validatePolicyFile.errors ?? [], parsed.path, locate, "the policy") };
}

function at(parsed: ParsedFile, path: DocPath) {
  const { line, column } = parsed.locator.locate(0, path);
  return { file: parsed.path, line, column };
}
