import type { FileFormat } from "../parse/parsed-file.js";

/**
 * Directories that hold dependencies or generated output, never the team's own manifests; `.archlint` holds
 * custom policies and their fixtures, whose example manifests must not count as the repository's.
 */
export const SKIPPED_DIRECTORIES = new Set([
  ".archlint",
  ".git",
  "node_modules",
  "vendor",
  ".terraform",
  ".serverless",
  ".aws-sam",
  "cdk.out",
]);

/** Files that may hold secrets: a scan of an untrusted pull request never opens them. */
const SECRET_FILES = [
  /^\.env(\..*)?$/,
  /\.(pem|key|p12|pfx|jks|keystore|tfstate|tfstate\.backup|tfvars)$/i,
  /^local\.settings\.json$/i,
  /^(id_rsa|id_ed25519|id_ecdsa)/,
  /^\.(npmrc|netrc|pypirc)$/,
  /^credentials(\..*)?$/i,
];

/** Plain-text files that detectors read for evidence (CI systems, package manifests, ownership). */
const TEXT_NAMES = [
  /^Dockerfile(\..*)?$/i,
  /\.dockerfile$/i,
  /^Jenkinsfile(\..*)?$/,
  /^CODEOWNERS$/,
  /^requirements(-.*)?\.txt$/,
  /^go\.mod$/,
  /^pom\.xml$/,
  /^build\.gradle(\.kts)?$/,
  /\.csproj$/,
  /\.bicep$/,
  /^Gemfile$/,
  /^pyproject\.toml$/,
  /^Cargo\.toml$/,
  /^(fluent-bit|fluentd|fluent|td-agent(-bit)?|logstash)\.conf$/,
];

/** Shell and PowerShell scripts: read as text for the commands they run (the cluster they create). */
const SCRIPT = /\.(sh|bash|ps1)$/i;

/** Folders where teams keep the scripts that build and run their platform. */
const SCRIPT_FOLDERS =
  /(^|\/)(scripts?|deploy(ments?)?|infra(structure)?|hack|bin|ci|\.github|tools|setup|clusters?)\//i;

/** A script archlint reads wherever it is, without being named by a pipeline: at the root or in a usual folder. */
export const isScriptInUsualPlace = (path: string) =>
  SCRIPT.test(path) && (!path.includes("/") || SCRIPT_FOLDERS.test(path));

export const isScript = (name: string) => SCRIPT.test(name);

export function isSecretFile(name: string): boolean {
  return SECRET_FILES.some((pattern) => pattern.test(name));
}

/**
 * The format a file is read as, or undefined when archlint has no use for it. A script elsewhere than the usual
 * places is read only when a pipeline runs it (see `discover`).
 */
export function formatOf(name: string, path = name): FileFormat | undefined {
  const lower = name.toLowerCase();
  if (isSecretFile(name)) return undefined;
  if (isScript(name)) return isScriptInUsualPlace(path) ? "script" : undefined;
  // A Terraform template that says what it renders (`policy.json.tftpl`) is read as that, placeholders and all.
  const rendered = lower.endsWith(".tftpl") ? lower.slice(0, -".tftpl".length) : lower;
  if (rendered.endsWith(".yml") || rendered.endsWith(".yaml")) return "yaml";
  if (rendered.endsWith(".json")) return "json";
  if (rendered !== lower) return undefined;
  if (lower.endsWith(".tf") || lower.endsWith(".tofu") || lower.endsWith(".hcl")) return "hcl";
  if (lower.endsWith(".tpl")) return "helm-template";
  return TEXT_NAMES.some((pattern) => pattern.test(name)) ? "text" : undefined;
}
