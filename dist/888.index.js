export const id = 888;
export const ids = [888];
export const modules = {

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main_main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/evaluate/compile.ts


/**
 * `pattern` and `patternProperties` in policies (a team's own included) run on RE2, in linear time: no pattern
 * can hang a scan. Lookarounds and backreferences, which RE2 lacks, fail when the policy loads, at its line.
 */
const linearRegExp = Object.assign((pattern) => build/* RE2JS */.L3.compile(pattern), { code: "RE2JS.compile" });
let shared;
/**
 * One validator cache per process: a schema, once its params are substituted, is compiled once, whether the
 * loader checks it or a scan runs it, whatever the number of subjects.
 */
function schemaCompiler() {
    if (shared)
        return shared;
    const ajv = new dist_ajv.Ajv({
        $data: true,
        strict: true,
        strictTypes: false,
        strictRequired: false,
        allErrors: false,
        code: { regExp: linearRegExp },
    });
    const compiled = new Map();
    shared = (schema) => {
        const key = JSON.stringify(schema);
        let validate = compiled.get(key);
        if (!validate) {
            validate = ajv.compile(schema);
            compiled.set(key, validate);
        }
        return validate;
    };
    return shared;
}
function compilePolicy(policy, compile, overrideParams = {}) {
    const params = { ...policy.params, ...overrideParams };
    const prepare = (schema) => compile(substituteParams(schema, params, policy.id));
    return {
        policy,
        params,
        when: policy.when ? prepare(policy.when) : undefined,
        assert: prepare(policy.assert),
        escalate: (policy.escalate ?? []).map((e) => ({ severity: e.severity, when: prepare(e.when) })),
    };
}
/** Replaces every `{ $param: name }` with the param's value; an unknown name is the policy author's error. */
function substituteParams(node, params, policyId) {
    if (Array.isArray(node))
        return node.map((item) => substituteParams(item, params, policyId));
    if (typeof node !== "object" || node === null)
        return node;
    const record = node;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === "$param") {
        const name = String(record.$param);
        if (!Object.hasOwn(params, name))
            throw new Error(`policy ${policyId} uses $param "${name}", which it does not define`);
        return params[name];
    }
    return Object.fromEntries(keys.map((key) => [key, substituteParams(record[key], params, policyId)]));
}

;// CONCATENATED MODULE: ./src/engine/policies.ts

/** Applies the config's per-policy settings (off, severity, params), then compiles each policy once. */
function preparePolicies(policies, settings = {}) {
    const compile = schemaCompiler();
    return policies.flatMap((policy) => {
        const setting = settings[policy.id];
        if (setting === "off")
            return [];
        const effective = setting?.severity ? { ...policy, severity: setting.severity } : policy;
        return [compilePolicy(effective, compile, setting?.params)];
    });
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/manifest-names.ts
/** Directories that hold dependencies or generated output, never the team's own manifests. */
const SKIPPED_DIRECTORIES = new Set([
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
];
function isSecretFile(name) {
    return SECRET_FILES.some((pattern) => pattern.test(name));
}
/** The format a file is read as, or undefined when archlint has no use for it. */
function formatOf(name) {
    const lower = name.toLowerCase();
    if (isSecretFile(name))
        return undefined;
    if (lower.endsWith(".yml") || lower.endsWith(".yaml"))
        return "yaml";
    if (lower.endsWith(".tf") || lower.endsWith(".hcl"))
        return "hcl";
    if (lower.endsWith(".json"))
        return "json";
    if (lower.endsWith(".tpl"))
        return "helm-template";
    return TEXT_NAMES.some((pattern) => pattern.test(name)) ? "text" : undefined;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/discover/safe-glob.ts


const MAX_GLOB_LENGTH = 256;
const MAX_BRACE_EXPANSIONS = 256;
/**
 * minimatch's guards against `.` and `..` segments. Paths built from directory entries never hold such a
 * segment, so removing the guards changes no match, and leaves a regex RE2 can run.
 */
const DOT_SEGMENT_GUARDS = ["(?!(?:^|\\/)\\.\\.?(?:$|\\/))", "(?!(?:\\/|^)(?:\\.{1,2})($|\\/))"];
class UnsafeGlobError extends Error {
}
/**
 * A config glob, matched in linear time. minimatch reads it (its syntax is the documented one), but its regexes
 * backtrack: `*a*a*a*b` spends seconds on one long file name, and file names come with the pull request. So
 * its regex runs on RE2, and brace expansions, which minimatch multiplies out up front, are capped.
 */
function compileGlob(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH) {
        throw new UnsafeGlobError(`glob "${pattern.slice(0, 40)}…" is longer than ${MAX_GLOB_LENGTH} characters`);
    }
    if (braceExpansions(pattern) > MAX_BRACE_EXPANSIONS) {
        throw new UnsafeGlobError(`glob "${pattern}" expands to more than ${MAX_BRACE_EXPANSIONS} patterns`);
    }
    const regex = new esm/* Minimatch */.VR(pattern, { dot: true, nocomment: true, nonegate: true }).makeRe();
    if (regex === false)
        return { match: () => false };
    const source = DOT_SEGMENT_GUARDS.reduce((text, guard) => text.replaceAll(guard, ""), regex.source);
    try {
        const re2 = build/* RE2JS */.L3.compile(source, regex.flags.includes("i") ? build/* RE2JS */.L3.CASE_INSENSITIVE : 0);
        return { match: (path) => re2.test(path) };
    }
    catch {
        throw new UnsafeGlobError(`glob "${pattern}" uses a negated pattern (!(…)), which archlint does not support`);
    }
}
/** An upper bound of the patterns `{a,b}` groups and `{1..9}` ranges multiply out to. */
function braceExpansions(pattern) {
    let total = 1;
    for (const range of pattern.matchAll(/\{(-?\w+)\.\.(-?\w+)(?:\.\.-?\d+)?\}/g)) {
        const [from, to] = [range[1], range[2]].map((end) => /^-?\d+$/.test(end) ? Number(end) : end.charCodeAt(0));
        total *= Math.abs(to - from) + 1;
    }
    const commas = [];
    for (const char of pattern) {
        if (char === "{")
            commas.push(0);
        else if (char === "," && commas.length)
            commas[commas.length - 1] = commas.at(-1) + 1;
        else if (char === "}" && commas.length)
            total *= commas.pop() + 1;
    }
    return total;
}

;// CONCATENATED MODULE: ./src/discover/discover.ts




const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Walks the root: .gitignore files apply below their folder; symlinks never lead out of the root. */
function discover(fs, options) {
    const root = fs.realPath(options.root) ?? options.root;
    const include = (options.include?.length ? options.include : ["**"]).map(compileGlob);
    const exclude = (options.exclude ?? []).map(compileGlob);
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const files = [];
    const skipped = [];
    const excluded = (path, isDirectory) => exclude.some((m) => m.match(path) || (isDirectory && m.match(`${path}/`)));
    const ignoredByGit = (scopes, path, isDirectory) => scopes.some(({ base, rules }) => {
        const relative = base ? path.slice(base.length + 1) : path;
        return relative !== "" && rules.ignores(isDirectory ? `${relative}/` : relative);
    });
    const walk = (directory, scopes) => {
        const absolute = directory ? `${root}/${directory}` : root;
        let entries;
        try {
            entries = fs.readDirectory(absolute).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        }
        catch (error) {
            skipped.push({ path: directory || ".", reason: `cannot read directory: ${error.message}` });
            return;
        }
        const gitignore = entries.find((e) => e.name === ".gitignore" && e.type === "file");
        const localScopes = gitignore ? [...scopes, readGitignore(fs, absolute, directory)] : scopes;
        for (const entry of entries) {
            const path = directory ? `${directory}/${entry.name}` : entry.name;
            if (entry.type === "directory") {
                if (SKIPPED_DIRECTORIES.has(entry.name) || excluded(path, true) || ignoredByGit(localScopes, path, true))
                    continue;
                walk(path, localScopes);
                continue;
            }
            const format = formatOf(entry.name);
            if (!format || excluded(path, false) || !include.some((m) => m.match(path)))
                continue;
            if (ignoredByGit(localScopes, path, false))
                continue;
            const size = sizeInsideRoot(fs, root, `${absolute}/${entry.name}`, entry.type);
            if (typeof size === "string")
                skipped.push({ path, reason: size });
            else if (size > maxBytes)
                skipped.push({ path, reason: `${size} bytes, above the ${maxBytes}-byte cap` });
            else
                files.push({ path, format, size });
        }
    };
    walk("", []);
    return { files: markHelmTemplates(files), skipped };
}
/** The size of a regular file, or why it is not read (a symlink that leaves the root, a directory link, …). */
function sizeInsideRoot(fs, root, absolute, type) {
    if (type === "symlink") {
        const target = fs.realPath(absolute);
        if (!target)
            return "broken or looping symlink";
        if (target !== root && !target.startsWith(`${root}/`))
            return "symlink to a file outside the scanned root";
    }
    else if (type !== "file") {
        return "not a regular file";
    }
    const stats = fs.stat(absolute);
    if (stats?.type !== "file")
        return "not a regular file";
    return stats.size;
}
function readGitignore(fs, absolute, directory) {
    const text = Buffer.from(fs.readFile(`${absolute}/.gitignore`)).toString("utf8");
    return { base: directory, rules: ignore_default()().add(text) };
}
/** A file below `<chart>/templates/` is a Helm template when `<chart>/Chart.yaml` exists. */
function markHelmTemplates(files) {
    const charts = new Set(files.filter((f) => external_node_path_.posix.basename(f.path) === "Chart.yaml").map((f) => external_node_path_.posix.dirname(f.path)));
    if (charts.size === 0)
        return files;
    return files.map((file) => {
        const parts = file.path.split("/");
        const index = parts.lastIndexOf("templates");
        const chart = index < 0 ? undefined : parts.slice(0, index).join("/") || ".";
        return chart !== undefined && charts.has(chart) ? { ...file, format: "helm-template" } : file;
    });
}

;// CONCATENATED MODULE: ./src/evaluate/template.ts
/**
 * Message templates: `{{field}}`, `{{a.b}}`, `{{params.x}}`, and `{{params[field]}}`, which reads the param
 * named by the value of `field` (a cap per platform, say).
 */
function renderTemplate(template, context) {
    return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_, expression) => format(lookup(expression, context)));
}
function lookup(expression, context) {
    const keyed = expression.replace(/\[([^\]]+)\]/g, (_, inner) => `.${String(lookup(inner.trim(), context))}`);
    let node = context;
    for (const key of keyed.split(".")) {
        if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
            return undefined;
        node = node[key];
    }
    return node;
}
function format(value) {
    if (value === undefined || value === null)
        return "?";
    if (typeof value === "number")
        return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
    if (Array.isArray(value))
        return value.map(format).join(", ");
    if (typeof value === "object")
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts

/** Every subject of every policy: the subjects a policy's `when` admits, that fail its `assert`, are findings. */
function evaluate(entities, policies) {
    const byKind = new Map();
    for (const entity of entities) {
        const list = byKind.get(entity.kind);
        if (list)
            list.push(entity);
        else
            byKind.set(entity.kind, [entity]);
    }
    const findings = [];
    for (const compiled of policies) {
        for (const entity of byKind.get(compiled.policy.subject) ?? []) {
            if (compiled.policy.each)
                findings.push(...evaluateItems(compiled, entity, compiled.policy.each));
            else if (violates(compiled, entity))
                findings.push(toFinding(compiled, entity, entity, ""));
        }
    }
    return findings;
}
function evaluateItems(compiled, entity, field) {
    const items = entity[field];
    if (!Array.isArray(items))
        return [];
    return items.flatMap((item, index) => violates(compiled, item) ? [toFinding(compiled, entity, item, `${field}.${index}`)] : []);
}
function violates(compiled, subject) {
    if (compiled.when && !compiled.when(subject))
        return false;
    return !compiled.assert(subject);
}
function toFinding(compiled, entity, item, itemPath) {
    const { policy, params } = compiled;
    const fieldPath = [itemPath, policy.at].filter(Boolean).join(".");
    const origin = originOf(entity, fieldPath);
    const context = itemPath ? { ...item, subject: entity, params } : { ...entity, params };
    const note = origin?.note ? ` (${origin.note})` : "";
    const severity = compiled.escalate.find((e) => e.when(item))?.severity ?? policy.severity;
    return {
        policy: policy.id,
        severity,
        title: policy.title,
        message: renderTemplate(policy.message, context) + note,
        subject: { kind: entity.kind, name: entity.name },
        ref: origin?.ref ?? entity.ref,
        field: fieldPath,
    };
}
/** The origin of `a.b.c`, else of `a.b`, else of `a`: the closest place that was recorded. */
function originOf(entity, fieldPath) {
    const parts = fieldPath.split(".").filter(Boolean);
    for (let length = parts.length; length > 0; length--) {
        const origin = entity.origins[parts.slice(0, length).join(".")];
        if (origin)
            return origin;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/evaluate/finding.ts
const PARSE_ERROR = "parse-error";

;// CONCATENATED MODULE: ./src/extract/entity.ts
function createEntity(start, fields = {}) {
    const { kind, name, platform, format, ref, qualifier } = start;
    const id = `${kind}:${ref.file}#${qualifier ? `${qualifier}/` : ""}${name}`;
    return { kind, id, name, platform, source: { file: ref.file, format }, ref, origins: {}, ...fields };
}
/** Sets a field and records where it came from; `note` explains a default or an inherited value. */
function setField(entity, field, value, ref, note) {
    entity[field] = value;
    entity.origins[field] = note ? { ref, note } : { ref };
}
function recordOrigin(entity, field, origin) {
    entity.origins[field] = origin;
}
function markUnresolved(entity, field, ref) {
    entity.unresolved = [...(entity.unresolved ?? []), field];
    entity.origins[field] = { ref, note: "its value could not be resolved" };
}
const refAt = (base, ...path) => ({ ...base, path: [...base.path, ...path] });

;// CONCATENATED MODULE: ./src/extract/values.ts
/** Small readers shared by adapters: manifests hold numbers as strings and maps where lists were expected. */
function isDict(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asNumber(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return value;
    if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
        return Number(value);
    return undefined;
}
function asString(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return undefined;
}
function asBoolean(value) {
    if (typeof value === "boolean")
        return value;
    if (value === "true" || value === "false")
        return value === "true";
    return undefined;
}
/** Entries of a map, or of a list of single-key maps (both shapes appear for named collections). */
function namedEntries(value) {
    if (isDict(value))
        return Object.entries(value).map(([k, v]) => [k, v, [k]]);
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => isDict(item)
        ? Object.entries(item).map(([k, v]) => [k, v, [index, k]])
        : []);
}

;// CONCATENATED MODULE: ./src/extract/serverless/variables.ts
/**
 * Serverless Framework variables. Only sources that read the manifest itself are resolved (`self:`, `sls:`,
 * and `opt:` through its default): a scan of an untrusted pull request must never read the environment, files,
 * SSM, S3 or other stacks, so `${env:…}`, `${file(…)}`, `${ssm:…}` and the like stay unresolved.
 */
const UNRESOLVED = Symbol("unresolved");
const MAX_DEPTH = 10;
const MAX_REPLACEMENTS = 50;
const VARIABLE = /\$\{([^${}]*)\}/;
class VariableResolver {
    root;
    constructor(root) {
        this.root = root;
    }
    resolve(value, depth = 0) {
        if (typeof value !== "string" || !value.includes("${"))
            return value;
        if (depth > MAX_DEPTH)
            return UNRESOLVED;
        let text = value;
        let replacements = 0;
        for (let match = VARIABLE.exec(text); match; match = VARIABLE.exec(text)) {
            if (++replacements > MAX_REPLACEMENTS)
                return UNRESOLVED;
            const result = this.expression(match[1], depth);
            if (result === UNRESOLVED)
                return UNRESOLVED;
            if (match[0] === text)
                return result;
            if (typeof result === "object" && result !== null)
                return UNRESOLVED;
            text = text.slice(0, match.index) + String(result) + text.slice(match.index + match[0].length);
        }
        return text;
    }
    expression(expression, depth) {
        const [primary = "", ...fallbacks] = splitTopLevel(expression);
        for (const candidate of [primary, ...fallbacks]) {
            const result = this.source(candidate.trim(), depth);
            if (result !== UNRESOLVED && result !== undefined && result !== null)
                return result;
        }
        return UNRESOLVED;
    }
    source(text, depth) {
        const literal = /^(['"])(.*)\1$/.exec(text);
        if (literal)
            return literal[2];
        if (/^-?\d+(\.\d+)?$/.test(text))
            return Number(text);
        if (text === "true" || text === "false")
            return text === "true";
        const reference = /^([a-zA-Z]+):(.*)$/.exec(text);
        if (!reference)
            return UNRESOLVED;
        const [, kind, address = ""] = reference;
        if (kind === "self")
            return this.resolve(this.lookup(address), depth + 1);
        if (kind === "sls" && address === "stage")
            return this.stage(depth);
        return UNRESOLVED;
    }
    stage(depth) {
        const stage = this.resolve(this.lookup("provider.stage"), depth + 1);
        return stage === undefined ? "dev" : stage;
    }
    lookup(address) {
        let node = this.root;
        for (const key of address.split(".").filter(Boolean)) {
            if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
                return undefined;
            node = node[key];
        }
        return node;
    }
}
/** Splits `a, b, 'c, d'` on commas outside quotes. */
function splitTopLevel(expression) {
    const parts = [];
    let quote = "";
    let start = 0;
    for (let i = 0; i < expression.length; i++) {
        const char = expression[i];
        if (quote) {
            if (char === quote)
                quote = "";
        }
        else if (char === "'" || char === '"') {
            quote = char;
        }
        else if (char === ",") {
            parts.push(expression.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(expression.slice(start));
    return parts;
}

;// CONCATENATED MODULE: ./src/extract/serverless/events.ts


/** Serverless Framework event names and the trigger kind each one is. */
const EVENT_KINDS = {
    http: "http-rest",
    httpApi: "http-api",
    websocket: "http-other",
    alb: "http-other",
    sqs: "queue",
    activemq: "queue",
    rabbitmq: "queue",
    stream: "stream",
    kafka: "stream",
    msk: "stream",
    sns: "pubsub",
    s3: "storage",
    schedule: "schedule",
    eventBridge: "event-bus",
    cloudwatchEvent: "event-bus",
    cloudwatchLog: "other",
    cognitoUserPool: "other",
    iot: "other",
    iotFleetProvisioning: "other",
    alexaSkill: "other",
    alexaSmartHome: "other",
    cloudFront: "http-other",
    // provider.name: google
    event: "pubsub",
};
function toTrigger(type, settings, variables) {
    const kind = EVENT_KINDS[type] ?? "other";
    const trigger = { kind, type };
    const resolved = variables.resolve(settings);
    const options = isDict(resolved) ? resolved : {};
    if (kind === "http-rest" || kind === "http-api")
        trigger.synchronous = options.async !== true;
    const source = sourceOf(type, resolved, options);
    if (source !== undefined)
        trigger.source = source;
    if (type === "schedule") {
        const rate = typeof resolved === "string" ? resolved : options.rate;
        const first = Array.isArray(rate) ? rate[0] : rate;
        if (typeof first === "string")
            trigger.schedule = first;
    }
    for (const key of [
        "batchSize",
        "maximumConcurrency",
        "maximumRetryAttempts",
        "destinations",
        "functionResponseType",
    ]) {
        const value = options[key];
        if (value !== undefined && value !== UNRESOLVED)
            trigger[key] = value;
    }
    return trigger;
}
function sourceOf(type, resolved, options) {
    if (typeof resolved === "string" && type !== "schedule")
        return resolved;
    const value = options.arn ?? options.queue ?? options.topicName ?? options.bucket ?? options.stream;
    return value === UNRESOLVED ? undefined : value;
}

;// CONCATENATED MODULE: ./src/extract/serverless/adapter.ts




const SERVERLESS_FORMAT = "serverless-framework";
const MANIFEST_NAME = /(^|\/)serverless\.(ya?ml|json)$/;
const PLATFORMS = {
    aws: { platform: "aws-lambda", defaultTimeout: 6 },
    google: { platform: "gcp-functions", defaultTimeout: 60 },
    azure: { platform: "azure-functions", defaultTimeout: 300 },
};
function isServerlessManifest(file) {
    const doc = file.documents[0];
    return MANIFEST_NAME.test(file.path) && isDict(doc) && ("functions" in doc || "provider" in doc);
}
const serverlessFramework = {
    name: SERVERLESS_FORMAT,
    create: () => ({
        extract(file, sink) {
            if (isServerlessManifest(file))
                extractStack(file, file.documents[0], sink);
        },
    }),
};
/** One `serverless.yml` stack: provider defaults, then each function with its own settings and events. */
function extractStack(file, doc, sink) {
    const variables = new VariableResolver(doc);
    const at = (...path) => ({ file: file.path, doc: 0, path });
    const provider = isDict(doc.provider) ? doc.provider : {};
    const providerName = asString(variables.resolve(provider.name)) ?? "aws";
    const { platform, defaultTimeout } = PLATFORMS[providerName] ?? { platform: providerName, defaultTimeout: 6 };
    for (const [name, definition, keyPath] of namedEntries(doc.functions)) {
        if (!isDict(definition))
            continue;
        const declaration = at("functions", ...keyPath);
        const fn = createEntity({ kind: "function", name, platform, format: SERVERLESS_FORMAT, ref: declaration }, { triggers: [] });
        const fieldAt = (key) => at("functions", ...keyPath, key);
        /** A function's own value, else the provider's, each resolved; the origin says which one applied. */
        const read = (field, own, fromProvider, convert) => {
            if (own in definition)
                return assign(field, definition[own], fieldAt(own), convert);
            const inherited = valueAt(provider, fromProvider);
            if (inherited !== undefined) {
                assign(field, inherited, at("provider", ...fromProvider), convert, `inherited from provider.${fromProvider.join(".")}`);
            }
        };
        const assign = (field, raw, ref, convert, note) => {
            const value = variables.resolve(raw);
            const converted = value === UNRESOLVED ? undefined : convert(value);
            if (converted === undefined)
                markUnresolved(fn, field, ref);
            else
                setField(fn, field, converted, ref, note);
        };
        read("timeout", "timeout", ["timeout"], asNumber);
        if (fn.timeout === undefined && !fn.unresolved?.includes("timeout")) {
            setField(fn, "timeout", defaultTimeout, declaration, `timeout not set: the Serverless Framework default of ${defaultTimeout} s applies`);
        }
        read("memory", "memorySize", ["memorySize"], asNumber);
        read("runtime", "runtime", ["runtime"], asString);
        read("reservedConcurrency", "reservedConcurrency", ["reservedConcurrency"], asNumber);
        read("provisionedConcurrency", "provisionedConcurrency", ["provisionedConcurrency"], asNumber);
        read("tracing", "tracing", ["tracing", "lambda"], tracingEnabled);
        read("snapStart", "snapStart", ["snapStart"], (v) => v === true || v === "PublishedVersions");
        const events = Array.isArray(definition.events) ? definition.events : [];
        events.forEach((event, index) => {
            const [type, settings] = isDict(event) ? (Object.entries(event)[0] ?? []) : [];
            if (typeof type !== "string")
                return;
            recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: at("functions", ...keyPath, "events", index) });
            fn.triggers.push(toTrigger(type, settings, variables));
        });
        sink.entity(fn);
    }
}
/** `tracing: true`, `Active` or `{ lambda: true }` mean active tracing; `PassThrough` does not. */
function tracingEnabled(value) {
    if (typeof value === "boolean")
        return value;
    if (typeof value === "string")
        return value.toLowerCase() === "active" || value === "true";
    if (isDict(value) && "lambda" in value)
        return tracingEnabled(value.lambda);
    return undefined;
}
function valueAt(root, path) {
    let node = root;
    for (const key of path) {
        if (!isDict(node) || !(String(key) in node))
            return undefined;
        node = node[String(key)];
    }
    return node;
}

;// CONCATENATED MODULE: ./src/extract/adapters.ts

/** Every format archlint reads; each adapter decides from a file's path and content whether it is its own. */
const ADAPTERS = [serverlessFramework];

;// CONCATENATED MODULE: ./src/extract/extract.ts
/** Runs every adapter over the files as they arrive; `finish` lets cross-file adapters complete. */
class Extractor {
    adapters;
    model = { entities: [], evidence: [], statements: [] };
    failures = [];
    sink = {
        entity: (entity) => this.model.entities.push(entity),
        evidence: (evidence) => this.model.evidence.push(evidence),
        statement: (statement) => this.model.statements.push(statement),
    };
    constructor(factories) {
        this.adapters = factories.map((factory) => ({ name: factory.name, adapter: factory.create() }));
    }
    add(file) {
        for (const { name, adapter } of this.adapters)
            this.guard(name, file.path, () => adapter.extract(file, this.sink));
    }
    finish() {
        for (const { name, adapter } of this.adapters)
            this.guard(name, "", () => adapter.finish?.(this.sink));
        return this.model;
    }
    guard(adapter, file, work) {
        try {
            work();
        }
        catch (error) {
            const message = error instanceof RangeError ? "input too large or too deeply nested" : String(error);
            this.failures.push({ file, adapter, message });
        }
    }
}

;// CONCATENATED MODULE: ./src/link/platforms.ts
/** Hard execution caps in seconds, per platform (the Azure cap is the Consumption plan's). */
const PLATFORM_TIMEOUT_CAPS = {
    "aws-lambda": 900,
    "azure-functions": 600,
    "gcp-functions": 540,
    knative: 3600,
};
const PLATFORM_LABELS = {
    "aws-lambda": "AWS Lambda",
    "azure-functions": "Azure Functions (Consumption plan)",
    "gcp-functions": "Google Cloud Functions (1st gen)",
    knative: "Knative / Cloud Run",
};
/** The gateway that cuts a synchronous HTTP request, keyed as the gateway-limit policy's params are. */
function gatewayOf(platform, trigger) {
    if (trigger.synchronous === false)
        return undefined;
    if (platform === "aws-lambda" && trigger.kind === "http-rest")
        return "api-gateway-rest";
    if (platform === "aws-lambda" && trigger.kind === "http-api")
        return "api-gateway-http";
    if (platform === "azure-functions" && trigger.kind === "http-other")
        return "azure-http";
    return undefined;
}
const GATEWAY_LABELS = {
    "api-gateway-rest": "API Gateway REST API",
    "api-gateway-http": "API Gateway HTTP API",
    "azure-http": "Azure Functions HTTP front end",
};
/** Cut-offs in seconds, used to pick the strictest gateway when a function has several. */
const GATEWAY_TIMEOUTS = {
    "api-gateway-rest": 29,
    "api-gateway-http": 30,
    "azure-http": 230,
};

;// CONCATENATED MODULE: ./src/link/function-facts.ts

/**
 * Facts the timeout policies compare against: the platform's cap, the timeout's share of it, and the strictest
 * gateway in front of the function with the trigger that puts it there.
 */
function functionFacts(model) {
    for (const entity of model.entities) {
        if (entity.kind !== "function")
            continue;
        const fn = entity;
        const cap = PLATFORM_TIMEOUT_CAPS[fn.platform];
        if (cap !== undefined) {
            fn.platformLabel = PLATFORM_LABELS[fn.platform];
            fn.platformMaxTimeout = cap;
            if (typeof fn.timeout === "number")
                fn.timeoutShareOfPlatformMax = fn.timeout / cap;
        }
        let strictest;
        for (const trigger of fn.triggers ?? []) {
            const gateway = gatewayOf(fn.platform, trigger);
            if (gateway && (!strictest || (GATEWAY_TIMEOUTS[gateway] ?? 0) < (GATEWAY_TIMEOUTS[strictest] ?? 0))) {
                strictest = gateway;
            }
        }
        if (strictest) {
            fn.gateway = strictest;
            fn.gatewayLabel = GATEWAY_LABELS[strictest];
        }
    }
}

;// CONCATENATED MODULE: ./src/link/queue-joins.ts
/**
 * Joins each queue trigger to the queue it reads (through `sourceKey` and the queue's `keys`), so policies see
 * the queue's visibility timeout and redrive next to the function's timeout.
 */
function joinQueues(model) {
    const queues = new Map();
    for (const entity of model.entities) {
        if (entity.kind === "queue")
            for (const key of entity.keys ?? [])
                queues.set(key, entity);
    }
    if (queues.size === 0)
        return;
    for (const entity of model.entities) {
        if (entity.kind !== "function")
            continue;
        const fn = entity;
        fn.triggers.forEach((trigger, index) => {
            const queue = trigger.sourceKey ? queues.get(trigger.sourceKey) : undefined;
            if (!queue)
                return;
            trigger.queue = queueFacts(queue, fn);
            const origin = queue.origins.visibilityTimeout ?? { ref: queue.ref };
            fn.origins[`triggers.${index}.queue`] = origin;
        });
    }
}
function queueFacts(queue, fn) {
    const facts = { name: queue.name, hasRedrive: queue.hasRedrive === true };
    if (typeof queue.visibilityTimeout === "number") {
        facts.visibilityTimeout = queue.visibilityTimeout;
        if (typeof fn.timeout === "number" && fn.timeout > 0)
            facts.visibilityToTimeoutRatio = queue.visibilityTimeout / fn.timeout;
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/link/repository-facts.ts

/** Actions that change state, read by the IAM policy: anything but Get*, List*, Describe* and the like. */
const READ_ONLY_ACTION = /^[a-z0-9-]+:(get|list|describe|head|view|lookup|search|query|scan|select|batchget|check|read|download|filter)/i;
/**
 * The one `repository` entity: facts that span files. Later steps (inventory, team, observability) add to it;
 * its `ref` points at the most meaningful file, so a repository finding always has a real line.
 */
function repositoryFacts(model, context) {
    const anchor = model.entities[0]?.ref ?? { file: context.anchorFile ?? ".archlint.yml", doc: 0, path: [] };
    const repository = createEntity({
        kind: "repository",
        name: context.name,
        platform: "repository",
        format: "repository",
        ref: anchor,
    });
    addReservedConcurrency(repository, model);
    addStatements(repository, model.statements);
    model.entities.push(repository);
}
function addReservedConcurrency(repository, model) {
    const reserving = model.entities.filter((e) => e.kind === "function" && e.platform === "aws-lambda" && typeof e.reservedConcurrency === "number");
    if (reserving.length === 0)
        return;
    repository.totalReservedConcurrency = reserving.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
    const largest = reserving.reduce((a, b) => ((b.reservedConcurrency ?? 0) > (a.reservedConcurrency ?? 0) ? b : a));
    repository.origins.totalReservedConcurrency = largest.origins.reservedConcurrency ?? { ref: largest.ref };
}
function addStatements(repository, statements) {
    repository.iamStatements = statements.map((statement, index) => {
        repository.origins[`iamStatements.${index}`] = { ref: statement.ref };
        const wildcardAction = statement.actions.some((a) => a === "*" || /^[a-z0-9-]+:\*$/i.test(a));
        const writes = statement.actions.some((a) => !READ_ONLY_ACTION.test(a));
        return {
            owner: statement.owner,
            effect: statement.effect,
            actions: statement.actions,
            resources: statement.resources,
            wildcardAction,
            writeOnAnyResource: writes && statement.resources.includes("*"),
            actionsText: statement.actions.join(", "),
            resourcesText: statement.resources.join(", "),
        };
    });
}

;// CONCATENATED MODULE: ./src/link/schedules.ts
const UNIT_MINUTES = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };
/** Rate and cron schedule expressions (every 5 minutes, say) become `intervalMinutes` on their trigger. */
function scheduleIntervals(model) {
    for (const entity of model.entities) {
        if (entity.kind !== "function")
            continue;
        for (const trigger of entity.triggers) {
            if (trigger.kind !== "schedule" || typeof trigger.schedule !== "string")
                continue;
            const minutes = intervalMinutes(trigger.schedule);
            if (minutes !== undefined)
                trigger.intervalMinutes = minutes;
        }
    }
}
function intervalMinutes(expression) {
    const rate = /^\s*rate\(\s*(\d+)\s+([a-z]+)\s*\)\s*$/i.exec(expression);
    if (rate) {
        const unit = UNIT_MINUTES[rate[2].toLowerCase()];
        return unit === undefined ? undefined : Number(rate[1]) * unit;
    }
    const cron = /^\s*(?:cron\()?\s*(\S+)\s+(\S+)\s+\S+\s+\S+\s+\S+(?:\s+\S+)?\s*\)?\s*$/i.exec(expression);
    if (!cron)
        return undefined;
    const [, minute = "", hour = ""] = cron;
    if (hour !== "*" && hour !== "*/1")
        return undefined;
    if (minute === "*")
        return 1;
    const step = /^(?:\*|0)\/(\d+)$/.exec(minute);
    return step ? Number(step[1]) : 60;
}

;// CONCATENATED MODULE: ./src/link/link.ts




/** Joins and derived facts, in order: later steps may read what earlier ones derived. */
const STEPS = [functionFacts, scheduleIntervals, joinQueues, repositoryFacts];
function link_link(model, context) {
    for (const step of STEPS)
        step(model, context);
    return model;
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/parse/cfn-tags.ts

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
const KINDS = ["scalar", "sequence", "mapping"];
function longForm(name, construct) {
    return KINDS.map((kind) => new js_yaml/* default.Type */.Ay.Type(`!${name}`, { kind, construct }));
}
function splitGetAtt(data) {
    if (typeof data !== "string")
        return data;
    const dot = data.indexOf(".");
    return dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)];
}
const anyOtherTag = KINDS.map((kind) => new js_yaml/* default.Type */.Ay.Type("", { kind, multi: true, construct: (data) => data }));
const cfn_tags_types = [
    ...longForm("Ref", (data) => ({ Ref: data ?? "" })),
    ...longForm("Condition", (data) => ({ Condition: data ?? "" })),
    ...longForm("GetAtt", (data) => ({ "Fn::GetAtt": splitGetAtt(data) })),
    ...FUNCTIONS.flatMap((name) => longForm(name, (data) => ({ [`Fn::${name}`]: data ?? "" }))),
    ...anyOtherTag,
];
const MANIFEST_SCHEMA = js_yaml/* default.DEFAULT_SCHEMA */.Ay.DEFAULT_SCHEMA.extend(cfn_tags_types);

;// CONCATENATED MODULE: ./src/parse/document-limits.ts
/**
 * Limits that keep one hostile document from costing the whole scan. js-yaml shares one object for every
 * alias of an anchor, so a "billion laughs" file is small in memory but explodes in anything that walks it as
 * a tree (adapters, JSON output); V8's JSON.parse accepts nesting that recursive walkers cannot follow.
 */
const document_limits_MAX_DEPTH = 1000;
const MAX_EXPANDED_NODES = 1_000_000;
/**
 * Why a document is refused, or undefined when it is within the limits. Depth and expanded size (aliases
 * counted as many times as they are used) are computed over the shared graph without recursion, so the check
 * is linear in the number of distinct nodes.
 */
function exceededLimit(document) {
    const depth = new Map();
    const expanded = new Map();
    const stack = [];
    const onStack = new Set();
    const open = (node) => {
        onStack.add(node);
        stack.push({ node, children: containersIn(node), next: 0 });
    };
    if (!isContainer(document))
        return undefined;
    open(document);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (stack.length > document_limits_MAX_DEPTH)
            return `nested deeper than ${document_limits_MAX_DEPTH} levels`;
        const child = frame.children[frame.next];
        if (child !== undefined) {
            frame.next++;
            if (!expanded.has(child) && !onStack.has(child))
                open(child);
            continue;
        }
        stack.pop();
        onStack.delete(frame.node);
        let size = 1 + scalarCount(frame.node);
        let deepest = 0;
        for (const c of frame.children) {
            size += expanded.get(c) ?? 0;
            deepest = Math.max(deepest, depth.get(c) ?? 0);
        }
        if (size > MAX_EXPANDED_NODES)
            return `aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en")} nodes`;
        if (deepest + 1 > document_limits_MAX_DEPTH)
            return `nested deeper than ${document_limits_MAX_DEPTH} levels`;
        expanded.set(frame.node, size);
        depth.set(frame.node, deepest + 1);
    }
    return undefined;
}
function isContainer(value) {
    return typeof value === "object" && value !== null;
}
function valuesOf(node) {
    return Array.isArray(node) ? node : Object.values(node);
}
function containersIn(node) {
    return valuesOf(node).filter(isContainer);
}
function scalarCount(node) {
    return valuesOf(node).filter((v) => !isContainer(v)).length;
}

;// CONCATENATED MODULE: ./src/parse/line-index.ts
/** Converts character offsets into 1-based lines and columns. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
    range(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}

;// CONCATENATED MODULE: ./src/parse/json-locator.ts


/** Positions in JSON files, found with jsonc-parser's syntax tree on the first request. */
class JsonLocator {
    text;
    root;
    lines;
    constructor(text) {
        this.text = text;
    }
    locate(_doc, path) {
        this.lines ??= new LineIndex(this.text);
        if (this.root === undefined)
            this.root = (0,main.parseTree)(this.text) ?? null;
        let node = this.root;
        let range = node ? [node.offset, node.offset + node.length] : [0, 0];
        for (const segment of path) {
            const next = node ? child(node, segment) : undefined;
            if (!next)
                break;
            range = next.range;
            node = next.node;
        }
        return this.lines.range(range[0], range[1]);
    }
}
function child(node, segment) {
    if (node.type === "array") {
        const item = node.children?.[Number(segment)];
        return item ? { node: item, range: [item.offset, item.offset + item.length] } : undefined;
    }
    if (node.type !== "object")
        return undefined;
    // The last of repeated keys, the one JSON.parse keeps.
    const property = node.children?.findLast((p) => p.children?.[0]?.value === String(segment));
    const value = property?.children?.[1];
    if (!property || !value)
        return undefined;
    return { node: value, range: [property.offset, property.offset + property.length] };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/parse/yaml-locator.ts


/**
 * The fast parser (js-yaml) keeps no positions; this locator re-reads the file with `yaml`, which has exact
 * ranges, the first time a finding in the file needs a line.
 */
class YamlLocator {
    text;
    documents;
    lines;
    constructor(text) {
        this.text = text;
    }
    locate(doc, path) {
        this.lines ??= new LineIndex(this.text);
        const range = this.find(doc, path);
        return this.lines.range(range[0], range[1]);
    }
    find(docIndex, path) {
        const documents = this.parsed();
        const doc = documents[docIndex];
        if (!doc)
            return [0, 0];
        const root = doc.contents;
        const docStart = doc.range?.[0] ?? 0;
        if (!root?.range)
            return [docStart, docStart];
        let current = { node: root, range: [root.range[0], root.range[1]] };
        for (const segment of path) {
            const next = step(resolve(current.node, doc), segment, doc);
            if (!next)
                break;
            current = next;
        }
        return current.range;
    }
    parsed() {
        this.documents ??= (0,dist/* parseAllDocuments */.hR)(this.text, { uniqueKeys: false, strict: false });
        return Array.isArray(this.documents) ? this.documents : [];
    }
}
function resolve(node, doc) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
function step(node, segment, doc) {
    if ((0,dist/* isSeq */.oP)(node)) {
        const item = node.items[Number(segment)];
        return item?.range ? { node: item, range: [item.range[0], item.range[1]] } : undefined;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    // The last of repeated keys, the one the parser keeps.
    const pair = node.items.findLast(({ key }) => String((0,dist/* isScalar */.jn)(key) ? key.value : key) === String(segment));
    if (pair) {
        const key = pair.key;
        const value = pair.value;
        const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
        const end = value?.range?.[1] ?? key?.range?.[1] ?? start;
        return { node: value, range: [start, end] };
    }
    for (const pair of node.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === "<<") {
            const merged = step(resolve(pair.value, doc), segment, doc);
            if (merged)
                return merged;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/parse-file.ts







const startOfFile = { locate: () => ({ line: 1, column: 1 }) };
/** Formats other than YAML and JSON (HCL) register here, so this module stays free of their parsers. */
const extraParsers = new Map();
function registerParser(format, parser) {
    extraParsers.set(format, parser);
}
function parseFile(path, rawText, format) {
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const extra = extraParsers.get(format);
    if (extra)
        return extra(path, text);
    switch (format) {
        case "yaml":
            return parseYaml(path, text);
        case "json":
            return parseJson(path, text);
        default:
            return { path, format, text, documents: [], locator: startOfFile };
    }
}
function parseYaml(path, text) {
    const locator = new YamlLocator(text);
    try {
        const documents = [];
        // `json: true`: a repeated key overrides the earlier one (as JSON.parse, PyYAML and Go's yaml.v2 do)
        // instead of failing the whole file.
        js_yaml/* default.loadAll */.Ay.loadAll(text, (doc) => documents.push(doc), { schema: MANIFEST_SCHEMA, filename: path, json: true });
        // Only anchors make a document a graph that can explode; js-yaml bounds nesting itself (maxDepth 100).
        const refused = text.includes("&") ? firstRefusal(documents) : undefined;
        if (refused)
            return { path, format: "yaml", text, documents: [], locator, error: refused };
        return { path, format: "yaml", text, documents, locator };
    }
    catch (error) {
        return { path, format: "yaml", text, documents: [], locator, error: yamlError(error) };
    }
}
function firstRefusal(documents) {
    for (const [index, document] of documents.entries()) {
        const reason = exceededLimit(document);
        if (reason)
            return { message: `document ${index + 1} is refused: ${reason}`, line: 1, column: 1 };
    }
    return undefined;
}
function yamlError(error) {
    if (error instanceof js_yaml/* default.YAMLException */.Ay.YAMLException) {
        return { message: error.reason || "invalid YAML", line: error.mark.line + 1, column: error.mark.column + 1 };
    }
    if (error instanceof RangeError)
        return { message: "YAML nested too deeply to read", line: 1, column: 1 };
    return { message: error instanceof Error ? error.message : String(error), line: 1, column: 1 };
}
/** Plain JSON first (fast); comments and trailing commas are tolerated, as editors and tools do. */
function parseJson(path, text) {
    const locator = new JsonLocator(text);
    try {
        const document = JSON.parse(text);
        const refused = firstRefusal([document]);
        if (refused)
            return { path, format: "json", text, documents: [], locator, error: refused };
        return { path, format: "json", text, documents: [document], locator };
    }
    catch (error) {
        const errors = [];
        let value;
        try {
            value = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
        }
        catch {
            return { path, format: "json", text, documents: [], locator, error: deepJsonError(error) };
        }
        const first = errors[0];
        const refused = first ? undefined : firstRefusal([value]);
        if (refused)
            return { path, format: "json", text, documents: [], locator, error: refused };
        if (!first)
            return { path, format: "json", text, documents: value === undefined ? [] : [value], locator };
        const { line, column } = new LineIndex(text).position(first.offset);
        const message = `invalid JSON: ${(0,main.printParseErrorCode)(first.error)}`;
        return { path, format: "json", text, documents: [], locator, error: { message, line, column } };
    }
}
function deepJsonError(error) {
    const message = error instanceof RangeError ? "JSON nested too deeply to read" : String(error);
    return { message, line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./src/engine/read-file.ts

const utf8 = new TextDecoder("utf-8", { fatal: true });
const unreadable = (file, message) => ({
    path: file.path,
    format: file.format,
    text: "",
    documents: [],
    error: { message, line: 1, column: 1 },
    locator: { locate: () => ({ line: 1, column: 1 }) },
});
/** Reads and parses one discovered file; binary or non-UTF-8 content is an error for the file, not the scan. */
function readAndParse(fs, root, file) {
    let bytes;
    try {
        bytes = fs.readFile(`${root}/${file.path}`);
    }
    catch (error) {
        return unreadable(file, `cannot read the file: ${error.message}`);
    }
    if (bytes.includes(0))
        return unreadable(file, "binary content under a manifest's name");
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return unreadable(file, "not valid UTF-8 text");
    }
    return parseFile(file.path, text, file.format);
}

;// CONCATENATED MODULE: ./src/engine/scan.ts









/** The pipeline: discover, parse, extract, link, evaluate, then locate each finding on its exact line. */
function scan(options) {
    const { fs, root } = options;
    const discovery = discover(fs, options);
    const extractor = new Extractor(ADAPTERS);
    const parsed = new Map();
    const parseErrors = [];
    discovery.files.forEach((file, index) => {
        const result = readAndParse(fs, root, file);
        if (result.error)
            parseErrors.push(parseErrorFinding(result));
        else
            extractor.add(result);
        result.documents = [];
        parsed.set(file.path, result);
        options.onProgress?.(index + 1, discovery.files.length);
    });
    const model = link_link(extractor.finish(), { now: options.now, name: (0,external_node_path_.basename)(root) });
    const failures = extractor.failures.map(failureFinding);
    const findings = [...parseErrors, ...failures, ...evaluate(model.entities, options.policies)];
    for (const finding of findings)
        finding.location ??= locate(finding, parsed);
    return { findings: findings.sort(byPlace), model, files: discovery.files, skipped: discovery.skipped };
}
function parseErrorFinding(file) {
    const { message, line, column } = file.error ?? { message: "unreadable", line: 1, column: 1 };
    return {
        policy: PARSE_ERROR,
        severity: "notice",
        title: "File could not be parsed",
        message: `${file.path} could not be read as ${file.format.toUpperCase()}: ${message}`,
        subject: { kind: "file", name: file.path },
        ref: { file: file.path, doc: 0, path: [] },
        field: "",
        location: { file: file.path, line, column },
    };
}
/** Reported like a file that cannot be parsed: the user learns which file was not fully read, and why. */
function failureFinding({ file, adapter, message }) {
    return {
        policy: PARSE_ERROR,
        severity: "notice",
        title: "File could not be parsed",
        message: `${file || "the repository"} could not be read as ${adapter}: ${message}`,
        subject: { kind: "file", name: file },
        ref: { file, doc: 0, path: [] },
        field: adapter,
        location: { file, line: 1, column: 1 },
    };
}
function locate(finding, files) {
    const { file, doc, path } = finding.ref;
    try {
        return { file, ...(files.get(file)?.locator.locate(doc, path) ?? { line: 1, column: 1 }) };
    }
    catch {
        // A locator re-reads the file; input the fast parser accepted but the locating one cannot follow
        // (nesting beyond its stack) still gets its finding, at the top of the file.
        return { file, line: 1, column: 1 };
    }
}
function byPlace(a, b) {
    const la = a.location;
    const lb = b.location;
    if (la && lb && la.file !== lb.file)
        return la.file < lb.file ? -1 : 1;
    return ((la?.line ?? 0) - (lb?.line ?? 0) ||
        (la?.column ?? 0) - (lb?.column ?? 0) ||
        (0,types/* severityRank */.q)(a.severity) - (0,types/* severityRank */.q)(b.severity) ||
        a.policy.localeCompare(b.policy));
}

;// CONCATENATED MODULE: ./schemas/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://archlint.dev/schemas/policy.schema.json","title":"archlint policy","description":"One archlint policy: which entities it judges (subject, when), what must hold (assert), and what to say.","type":"object","additionalProperties":false,"required":["id","title","severity","subject","assert","message"],"properties":{"id":{"description":"Unique kebab-case id; users name it in suppressions and configs.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"type":"string","minLength":1},"description":{"description":"A longer explanation (SARIF fullDescription).","type":"string"},"severity":{"enum":["error","warning","notice"]},"subject":{"enum":["function","workload","autoscaler","service","gateway","queue","network-policy","repository"]},"each":{"description":"An array field of the subject: when/assert apply to each item, and each failing item is one finding.","type":"string","minLength":1},"when":{"description":"JSON Schema: the subjects (or items) the policy applies to.","type":"object"},"assert":{"description":"JSON Schema that must hold; a subject that fails it is a finding.","type":"object"},"params":{"description":"Default parameters; `{ $param: name }` anywhere in when/assert/escalate is replaced by the value.","type":"object"},"escalate":{"description":"Severities for subjects matching a schema; the first match wins over `severity`.","type":"array","items":{"type":"object","additionalProperties":false,"required":["severity","when"],"properties":{"severity":{"enum":["error","warning","notice"]},"when":{"type":"object"}}}},"at":{"description":"The field whose source location the finding points at; the subject\'s own location otherwise.","type":"string"},"message":{"description":"Template: {{field}}, {{nested.field}}, {{params.name}}, {{params[field]}} (a param keyed by a field\'s value).","type":"string","minLength":1},"remediation":{"type":"string"},"guide":{"description":"The section of the guide the policy comes from.","type":"string"}}}');
;// CONCATENATED MODULE: ./src/evaluate/load-policies.ts




const validatePolicy = new dist_ajv.Ajv({ allErrors: true, strict: false }).compile(policy_schema_namespaceObject);
/** Reads every `*.yml`/`*.yaml` policy in the directories; each invalid file is an error with its line. */
function loadPolicies(fs, sources) {
    const policies = [];
    const errors = [];
    const seen = new Map();
    const compile = schemaCompiler();
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
            const policy = { ...result.policy, origin: { file: display, builtin: source.builtin } };
            const previous = seen.get(policy.id);
            if (previous) {
                errors.push({ ...at(parsed, ["id"]), message: `policy id "${policy.id}" is already defined in ${previous}` });
                continue;
            }
            try {
                compilePolicy(policy, compile);
            }
            catch (error) {
                errors.push({
                    ...at(parsed, ["assert"]),
                    message: `policy ${policy.id} does not compile: ${error.message}`,
                });
                continue;
            }
            seen.set(policy.id, display);
            policies.push(policy);
        }
    }
    return { policies, errors };
}
function checkPolicy(parsed) {
    if (parsed.error)
        return { errors: [{ file: parsed.path, ...parsed.error }] };
    if (parsed.documents.length !== 1) {
        return {
            errors: [{ file: parsed.path, line: 1, column: 1, message: "a policy file holds exactly one YAML document" }],
        };
    }
    const document = parsed.documents[0];
    if (validatePolicy(document))
        return { policy: document };
    return { errors: (validatePolicy.errors ?? []).map((error) => describe(parsed, error)) };
}
function describe(parsed, error) {
    const path = error.instancePath
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const field = path.length ? path.join(".") : "the policy";
    if (error.keyword === "additionalProperties") {
        const key = String(error.params.additionalProperty);
        return { ...at(parsed, [...path, key]), message: `unknown key "${key}" in ${field}` };
    }
    if (error.keyword === "required") {
        return { ...at(parsed, path), message: `${field} is missing "${String(error.params.missingProperty)}"` };
    }
    const allowed = error.keyword === "enum" ? `: one of ${error.params.allowedValues.join(", ")}` : "";
    return { ...at(parsed, path), message: `${field} ${error.message ?? "is invalid"}${allowed}` };
}
function at(parsed, path) {
    const { line, column } = parsed.locator.locate(0, path);
    return { file: parsed.path, line, column };
}

;// CONCATENATED MODULE: ./src/evaluate/policy.ts
class ConfigurationErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join("\n"));
        this.errors = errors;
        this.name = "ConfigurationErrors";
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/inventory.ts
function buildInventory(result) {
    const entities = {};
    for (const entity of result.model.entities)
        entities[entity.kind] = (entities[entity.kind] ?? 0) + 1;
    const formats = {};
    for (const entity of result.model.entities) {
        formats[entity.source.format] = (formats[entity.source.format] ?? 0) + 1;
    }
    const functions = result.model.entities
        .filter((e) => e.kind === "function")
        .map((e) => ({ name: e.name, platform: e.platform, file: e.source.file }));
    return { entities, formats, functions };
}

;// CONCATENATED MODULE: ./src/report/report.ts


function toReportFinding(finding) {
    const location = finding.location ?? { file: finding.ref.file, line: 1, column: 1 };
    const identity = [finding.policy, location.file, finding.subject.kind, finding.subject.name, finding.field].join("\u0000");
    return {
        policy: finding.policy,
        severity: finding.severity,
        title: finding.title,
        file: location.file,
        line: location.line,
        column: location.column,
        ...(location.endLine === undefined ? {} : { endLine: location.endLine, endColumn: location.endColumn }),
        message: finding.message,
        subject: finding.subject,
        fingerprint: (0,external_node_crypto_.createHash)("sha256").update(identity).digest("hex").slice(0, 32),
    };
}
function buildReport(result, tool) {
    const findings = result.findings.map(toReportFinding);
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return {
        tool: { ...tool },
        findings,
        suppressed: [],
        inventory: buildInventory(result),
        skipped: result.skipped,
        summary: { error: count("error"), warning: count("warning"), notice: count("notice"), files: result.files.length },
    };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/app/builtin-policies.ts



/**
 * The built-in policies ship as YAML beside the code: `policies/` next to `dist/` in the action and the npm
 * package, next to `src/` in a checkout. Found by walking up from this module.
 */
function builtinPolicyDirectory() {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_.join)(directory, "policies");
        if ((0,external_node_fs_.statSync)(candidate, { throwIfNoEntry: false })?.isDirectory())
            return candidate;
        const parent = (0,external_node_path_.dirname)(directory);
        if (parent === directory)
            throw new Error("archlint's built-in policies/ directory was not found beside the program");
        directory = parent;
    }
}

;// CONCATENATED MODULE: ./src/app/run-scan.ts








function loadAllPolicies(fs) {
    const { policies, errors } = loadPolicies(fs, [
        { directory: builtinPolicyDirectory(), displayPrefix: "policies/", builtin: true },
    ]);
    if (errors.length)
        throw new ConfigurationErrors(errors);
    return policies;
}
/** What both shells run: policies loaded and compiled, the repository scanned, the report built. */
function runScan(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const policies = loadAllPolicies(options.fs);
    const result = scan({
        root,
        fs: options.fs,
        policies: preparePolicies(policies, options.config.policies),
        now: options.now,
        include: options.config.include,
        exclude: options.config.exclude,
        onProgress: options.onProgress,
    });
    return { report: buildReport(result, version/* TOOL */.j), policies };
}

;// CONCATENATED MODULE: ./src/config/load-config.ts




const CONFIG_NAMES = [".archlint.yml", ".archlint.yaml"];
/** The config named explicitly, else `.archlint.yml` / `.archlint.yaml` at the root, else the defaults. */
function loadConfig(fs, root, explicit) {
    const path = explicit ?? CONFIG_NAMES.map((name) => `${root}/${name}`).find((p) => fs.stat(p)?.type === "file");
    if (!path)
        return { config: {} };
    const display = explicit ?? (0,external_node_path_.basename)(path);
    let text;
    try {
        text = Buffer.from(fs.readFile(path)).toString("utf8");
    }
    catch (error) {
        throw new ConfigurationErrors([
            { file: display, line: 1, column: 1, message: `cannot read the config: ${error.message}` },
        ]);
    }
    const parsed = parseFile(display, text, "yaml");
    if (parsed.error)
        throw new ConfigurationErrors([{ file: display, ...parsed.error }]);
    const document = parsed.documents[0] ?? {};
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
        throw new ConfigurationErrors([
            { file: display, line: 1, column: 1, message: "the config must be a YAML mapping" },
        ]);
    }
    checkGlobs(parsed, display, document);
    return { config: document, file: display };
}
/** A glob that could hang the scan is refused here, at its line, rather than in the middle of the walk. */
function checkGlobs(parsed, display, config) {
    for (const field of ["include", "exclude"]) {
        const globs = config[field];
        if (!Array.isArray(globs))
            continue;
        globs.forEach((glob, index) => {
            try {
                compileGlob(String(glob));
            }
            catch (error) {
                if (!(error instanceof UnsafeGlobError))
                    throw error;
                const { line, column } = parsed.locator.locate(0, [field, index]);
                throw new ConfigurationErrors([{ file: display, line, column, message: error.message }]);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/io/file-system.ts

function entryType(entry) {
    if (entry.isSymbolicLink())
        return "symlink";
    if (entry.isDirectory())
        return "directory";
    return entry.isFile() ? "file" : "other";
}
const nodeFileSystem = {
    readDirectory: (path) => external_node_fs_.readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, type: entryType(e) })),
    stat(path) {
        try {
            const stats = external_node_fs_.statSync(path);
            return { size: stats.size, type: entryType(stats) };
        }
        catch {
            return undefined;
        }
    },
    realPath(path) {
        try {
            return external_node_fs_.realpathSync(path);
        }
        catch {
            return undefined;
        }
    },
    readFile: (path) => external_node_fs_.readFileSync(path),
};

// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(8347);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/** Escapes text from the repository so it renders as text: no Markdown, HTML or @mentions from a file name. */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`)
        .replace(/@/g, "@\u200b")
        .replace(/\r?\n/g, " ");
}
function renderMarkdown(report) {
    const { error, warning, notice, files } = report.summary;
    const lines = [
        `## archlint`,
        "",
        `**${error}** errors, **${warning}** warnings, **${notice}** notices in ${files} files.`,
        "",
    ];
    if (report.findings.length) {
        lines.push("| Severity | Policy | Where | Message |", "|---|---|---|---|");
        for (const f of report.findings) {
            lines.push(`| ${f.severity} | \`${f.policy}\` | ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.message)} |`);
        }
    }
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
const LEVELS = { error: "error", warning: "warning", notice: "note" };
/** SARIF 2.1.0: one run; every policy is a rule, every finding a result with a real file and line. */
function renderSarif(report, policies) {
    const rules = policies.map((p) => ({
        id: p.id,
        name: p.id,
        shortDescription: { text: p.title },
        fullDescription: { text: p.description ?? p.title },
        help: { text: [p.remediation, p.guide && `Guide: ${p.guide}`].filter(Boolean).join("\n\n") || p.title },
        defaultConfiguration: { level: LEVELS[p.severity] },
    }));
    const results = report.findings.map((f) => ({
        ruleId: f.policy,
        level: LEVELS[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: f.file },
                    region: {
                        startLine: f.line,
                        startColumn: f.column,
                        ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
                    },
                },
            },
        ],
        partialFingerprints: { "archlint/v1": f.fingerprint },
    }));
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, rules } }, results }],
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts

const COLOURS = {
    error: "\u001b[31m",
    warning: "\u001b[33m",
    notice: "\u001b[36m",
    dim: "\u001b[2m",
    reset: "\u001b[0m",
};
/** For people: findings grouped by file, the file with the most severe finding first, then a summary. */
function renderText(report, options) {
    const paint = (code, text) => options.colour ? `${COLOURS[code]}${text}${COLOURS.reset}` : text;
    const byFile = new Map();
    for (const finding of report.findings)
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    const worst = (list) => Math.min(...list.map((f) => (0,types/* severityRank */.q)(f.severity)));
    const files = [...byFile.entries()].sort(([a, la], [b, lb]) => worst(la) - worst(lb) || a.localeCompare(b));
    const lines = [];
    for (const [file, findings] of files) {
        lines.push(paint("dim", file));
        const ordered = [...findings].sort((a, b) => (0,types/* severityRank */.q)(a.severity) - (0,types/* severityRank */.q)(b.severity) || a.line - b.line);
        for (const f of ordered) {
            lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${paint(f.severity, f.severity.padEnd(7))} ${f.message}  ${paint("dim", f.policy)}`);
        }
        lines.push("");
    }
    for (const skipped of report.skipped)
        lines.push(paint("dim", `skipped ${skipped.path}: ${skipped.reason}`));
    const { error, warning, notice, files: scanned } = report.summary;
    const suppressed = report.suppressed.length ? `, ${report.suppressed.length} suppressed` : "";
    lines.push(`${error} errors, ${warning} warnings, ${notice} notices in ${scanned} files${suppressed}`);
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/report/render.ts



function renderReport(format, report, policies, colour = false) {
    switch (format) {
        case "json":
            return `${JSON.stringify(report, null, 2)}\n`;
        case "sarif":
            return `${JSON.stringify(renderSarif(report, policies), null, 2)}\n`;
        case "markdown":
            return renderMarkdown(report);
        default:
            return renderText(report, { colour });
    }
}

// EXTERNAL MODULE: ./src/cli/arguments.ts + 1 modules
var cli_arguments = __webpack_require__(2544);
;// CONCATENATED MODULE: ./src/cli/policy-list.ts
function renderPolicyList(policies, format) {
    const rows = policies.map((p) => ({
        id: p.id,
        severity: p.severity,
        subject: p.subject,
        title: p.title,
        source: p.origin.file,
    }));
    if (format === "json")
        return `${JSON.stringify(rows, null, 2)}\n`;
    const width = Math.max(...rows.map((r) => r.id.length), 2);
    return `${rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.subject.padEnd(10)}  ${r.title}  (${r.source})`).join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts











/** Runs one CLI invocation and returns its exit status; nothing here calls process.exit. */
function main_main(argv, terminal) {
    try {
        return run((0,cli_arguments/* parseCommand */.RM)(argv), terminal);
    }
    catch (error) {
        if (error instanceof cli_arguments/* UsageError */.eb) {
            terminal.stderr.write(`archlint: ${error.message}\n\n${cli_arguments/* USAGE */.u_}\n`);
            return 2;
        }
        if (error instanceof ConfigurationErrors) {
            terminal.stderr.write(`archlint: configuration error\n${error.message}\n`);
            return 2;
        }
        throw error;
    }
}
function run(command, terminal) {
    if (command.name === "help")
        return print(terminal, `${cli_arguments/* USAGE */.u_}\n`, 0);
    if (command.name === "version")
        return print(terminal, `${version/* TOOL */.j.version}\n`, 0);
    const root = (0,external_node_path_.resolve)(command.path);
    const directory = nodeFileSystem.stat(root);
    if (directory?.type !== "directory")
        throw new cli_arguments/* UsageError */.eb(`${command.path} is not a directory`);
    if (command.name === "policies")
        return print(terminal, renderPolicyList(loadAllPolicies(nodeFileSystem), command.format), 0);
    const { config } = loadConfig(nodeFileSystem, root, command.config && (0,external_node_path_.resolve)(command.config));
    const progress = terminal.stderr.isTTY ? progressLine(terminal) : undefined;
    const { report, policies } = runScan({ root, fs: nodeFileSystem, config, now: terminal.now(), onProgress: progress });
    if (progress)
        terminal.stderr.write("\r\u001b[K");
    const output = renderReport(command.format, report, policies, !command.output && terminal.stdout.isTTY === true);
    if (command.output)
        (0,external_node_fs_.writeFileSync)(command.output, output);
    else
        terminal.stdout.write(output);
    return (0,gate/* reachesFailLevel */.G)(report.findings, command.failOn ?? config.failOn ?? "error") ? 1 : 0;
}
function print(terminal, text, status) {
    terminal.stdout.write(text);
    return status;
}
/** A progress line on a terminal, redrawn at most every 100 ms. */
function progressLine(terminal) {
    let last = 0;
    return (done, total) => {
        const now = Date.now();
        if (now - last < 100 && done < total)
            return;
        last = now;
        terminal.stderr.write(`\r\u001b[Karchlint: ${done}/${total} files`);
    };
}


/***/ })

};
