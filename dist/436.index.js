export const id = 436;
export const ids = [436];
export const modules = {

/***/ 1436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main_main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/app/git-history.ts

const HISTORY_DAYS = 90;
const BOT = /\[bot\]|^(dependabot|renovate|github-actions|snyk-bot)\b|noreply@github\.com$/i;
const runGit = (root) => (args) => (0,external_node_child_process_.execFileSync)("git", ["-C", root, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 10_000,
});
/**
 * The distinct authors of the last `days` of history under `root` (bots left out), and whether that history is
 * complete: a shallow clone whose oldest commit is inside the window cannot say who else worked on it. Also how
 * many commits touch `root` and when the first of them was: a folder imported into a larger repository has one
 * commit there, however old and busy the enclosing repository is. Every command is `git -C root \u2026 -- .`, so only
 * the history of the scanned path is read. Undefined when `root` is not in a git repository or git is not
 * installed. The shells call this; the engine never runs git.
 */
function readGitHistory(root, now, days = HISTORY_DAYS, git = runGit(root)) {
    try {
        const since = new Date(now.getTime() - days * 86_400_000);
        const log = git(["log", `--since=${since.toISOString()}`, "--format=%ae%x09%an", "--", "."]);
        const authors = new Set();
        for (const line of log.split("\n")) {
            const [email = "", name = ""] = line.split("\t");
            if (!email || BOT.test(email) || BOT.test(name))
                continue;
            authors.add(email.toLowerCase());
        }
        const shallow = git(["rev-parse", "--is-shallow-repository"]).trim() === "true";
        const complete = !shallow || oldestCommit(git) < since.getTime();
        const times = git(["log", "--format=%ct", "--", "."]).split("\n").filter(Boolean);
        const first = Number(times.at(-1)) * 1000;
        return {
            authors: [...authors].sort(),
            days,
            complete,
            commits: times.length,
            ...(Number.isFinite(first) && times.length ? { firstCommit: new Date(first).toISOString() } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/** In a shallow clone the boundary commits have no parents: the oldest of them is where the history starts. */
function oldestCommit(git) {
    const times = git(["log", "--max-parents=0", "--format=%ct", "HEAD"])
        .split("\n")
        .filter(Boolean)
        .map((seconds) => Number(seconds) * 1000);
    return times.length ? Math.min(...times) : Number.POSITIVE_INFINITY;
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
/** Levenshtein distance, case-insensitive: `failon` is one step from nothing, `exlude` one from `exclude`. */
function editDistance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[y.length];
}
/** The candidate nearest to `name`, when it is close enough to be a plausible typo (or a shortening: `warn`). */
function nearest(name, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
    for (const candidate of candidates) {
        const shortened = name.length >= 3 && candidate.toLowerCase().startsWith(name.toLowerCase());
        const distance = shortened ? 1 : editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `; did you mean "x"?` or nothing. */
function didYouMean(name, candidates) {
    const suggestion = nearest(name, candidates);
    return suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
}

;// CONCATENATED MODULE: ./src/config/schema-errors.ts

/**
 * Turns ajv's errors (compiled with `verbose: true`) into messages a user can act on: the key or value at fault,
 * what was expected, and the nearest valid key for a typo. A schema may say what it expects with `x-expected`.
 */
function describeSchemaErrors(errors, file, locate, what) {
    const described = new Map();
    for (const error of relevant(errors)) {
        const result = describe(error, file, locate, what);
        described.set(`${result.line}:${result.column}:${result.message}`, result);
    }
    return [...described.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
/**
 * An `if`/`then`/`else` schema with `x-expected` (a value of one of two shapes) speaks for its level when the
 * value has neither shape; when the value has the right shape, the errors inside it are the specific ones.
 */
function relevant(errors) {
    const dropped = new Set();
    for (const summary of errors.filter((e) => e.keyword === "if" && expectedText(e.parentSchema))) {
        const path = summary.instancePath;
        const inside = errors.filter((e) => e !== summary && (e.instancePath === path || e.instancePath.startsWith(`${path}/`)));
        const shapeOnly = inside.every((e) => e.instancePath === path && (e.keyword === "type" || e.keyword === "const"));
        for (const error of shapeOnly ? inside : [summary])
            dropped.add(error);
    }
    return errors.filter((error) => !dropped.has(error));
}
function describe(error, file, locate, what) {
    const path = pointerToPath(error.instancePath);
    const field = path.length ? path.join(".") : what;
    const at = (p) => ({ file, ...locate(p) });
    if (error.keyword === "additionalProperties") {
        const key = String(error.params.additionalProperty);
        const known = Object.keys(error.parentSchema?.properties ?? {});
        const where = path.length ? ` in ${field}` : "";
        return { ...at([...path, key]), message: `unknown key "${key}"${where}${didYouMean(key, known)}` };
    }
    if (error.keyword === "required") {
        return { ...at(path), message: `${field} is missing "${String(error.params.missingProperty)}"` };
    }
    const expected = expectedText(error.parentSchema) ?? expectedFromKeyword(error);
    const suggestion = error.keyword === "enum" && typeof error.data === "string"
        ? didYouMean(error.data, error.params.allowedValues.map(String))
        : "";
    return { ...at(path), message: `${field}: expected ${expected}, got ${describeValue(error.data)}${suggestion}` };
}
function expectedText(schema) {
    const text = schema?.["x-expected"];
    return typeof text === "string" ? text : undefined;
}
function expectedFromKeyword(error) {
    const schema = (error.parentSchema ?? {});
    switch (error.keyword) {
        case "type":
            return typeWords(schema);
        case "enum":
            return `one of ${error.params.allowedValues.join(", ")}`;
        case "const":
            return JSON.stringify(error.params.allowedValue);
        default:
            return `a value that ${error.message ?? "is valid"}`;
    }
}
function typeWords(schema) {
    const types = [].concat(schema.type);
    return types
        .map((type) => {
        if (type === "array") {
            const items = schema.items?.type;
            return typeof items === "string" ? `a list of ${items}s` : "a list";
        }
        return TYPE_WORDS[String(type)] ?? String(type);
    })
        .join(" or ");
}
const TYPE_WORDS = {
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    object: "a mapping",
    null: "nothing",
};
function describeValue(value) {
    if (value === null || value === undefined)
        return "nothing";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    const shown = JSON.stringify(value);
    const short = shown.length > 40 ? `${shown.slice(0, 37)}\u2026` : shown;
    return `${typeof value === "string" ? "a string" : `a ${typeof value}`} (${short})`;
}
function pointerToPath(pointer) {
    return pointer
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

;// CONCATENATED MODULE: ./src/config/check-references.ts


/** Findings that are not policies but can be waived all the same. */
const WAIVABLE_NON_POLICIES = ["parse-error"];
/**
 * What the schema cannot know: that every policy id the config names exists, that params overrides use the
 * policy's own param names and types, and that no waiver targets a policy marked unwaivable.
 */
function checkPolicyReferences({ config, source }, policies) {
    const byId = new Map(policies.map((p) => [p.id, p]));
    const ids = [...byId.keys(), ...WAIVABLE_NON_POLICIES];
    const errors = [];
    const file = source?.file ?? "the config";
    const report = (path, message) => errors.push({ file, ...(source?.locate(path) ?? { line: 1, column: 1 }), message });
    const unknownId = (id, path, what) => {
        if (ids.includes(id))
            return false;
        report(path, `${what}: "${id}" is not a policy id${didYouMean(id, ids)} (archlint policies lists them)`);
        return true;
    };
    for (const [id, setting] of Object.entries(config.policies ?? {})) {
        const policy = byId.get(id);
        if (!policy) {
            unknownId(id, ["policies", id], "policies");
            continue;
        }
        if (setting !== "off")
            checkParams(policy, setting.params ?? {}, ["policies", id, "params"], report);
    }
    (config.unwaivable ?? []).forEach((id, index) => {
        unknownId(id, ["unwaivable", String(index)], "unwaivable");
    });
    (config.waivers ?? []).forEach((waiver, index) => {
        const path = ["waivers", String(index), "policy"];
        if (unknownId(waiver.policy, path, `waiver #${index + 1}`))
            return;
        if (config.unwaivable?.includes(waiver.policy)) {
            report(path, `waiver #${index + 1}: "${waiver.policy}" is listed in unwaivable, so it cannot be waived`);
        }
    });
    return errors;
}
function checkParams(policy, params, path, report) {
    const defaults = policy.params ?? {};
    const names = Object.keys(defaults);
    for (const [name, value] of Object.entries(params)) {
        if (!Object.hasOwn(defaults, name)) {
            const known = names.length ? `its params are ${names.join(", ")}` : "it has no params";
            report([...path, name], `${policy.id} has no param "${name}"${didYouMean(name, names)} (${known})`);
            continue;
        }
        const expected = shapeOf(defaults[name]);
        if (shapeOf(value) !== expected) {
            report([...path, name], `${path.slice(0, 2).join(".")}.params.${name}: expected ${expected}, got ${describeValue(value)}`);
        }
    }
}
function shapeOf(value) {
    if (Array.isArray(value))
        return "a list";
    if (value === null)
        return "nothing";
    if (typeof value === "object")
        return "a mapping";
    return typeof value === "number" ? "a number" : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/config/custom-policies.ts

/** Where a repository keeps its own policies, beside any `policyPaths` its config names. */
const CUSTOM_POLICY_DIRECTORY = ".archlint/policies";
/**
 * The folders of a repository's own policies: `.archlint/policies/` when it exists, and each `policyPaths`
 * entry, which must be a folder inside the scanned root (a config never makes archlint read elsewhere).
 */
function customPolicySources(fs, root, { config, source }) {
    const realRoot = fs.realPath(root) ?? root;
    const sources = [];
    const errors = [];
    const seen = new Set();
    const add = (relative, required, index) => {
        const normalized = external_node_path_.posix.normalize(relative.split("\\").join("/")).replace(/\/+$/, "");
        const fail = (message) => {
            const at = source?.locate(["policyPaths", String(index)]) ?? { line: 1, column: 1 };
            errors.push({ file: source?.file ?? ".archlint.yml", ...at, message });
        };
        if (external_node_path_.posix.isAbsolute(normalized) || normalized === ".." || normalized.startsWith("../")) {
            fail(`policyPaths: "${relative}" is outside the scanned root; give a folder inside it`);
            return;
        }
        const directory = normalized === "." ? realRoot : `${realRoot}/${normalized}`;
        const real = fs.realPath(directory);
        if (!real || fs.stat(real)?.type !== "directory") {
            if (required)
                fail(`policyPaths: "${relative}" is not a folder under the scanned root`);
            return;
        }
        if (real !== realRoot && !real.startsWith(`${realRoot}/`)) {
            fail(`policyPaths: "${relative}" leads outside the scanned root (through a symlink)`);
            return;
        }
        if (seen.has(real))
            return;
        seen.add(real);
        sources.push({ directory: real, displayPrefix: normalized === "." ? "" : `${normalized}/`, builtin: false });
    };
    add(CUSTOM_POLICY_DIRECTORY, false);
    (config.policyPaths ?? []).forEach((path, index) => {
        add(path, true, index);
    });
    return { sources, errors };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
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
        throw new UnsafeGlobError(`glob "${pattern.slice(0, 40)}\u2026" is longer than ${MAX_GLOB_LENGTH} characters`);
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
        throw new UnsafeGlobError(`glob "${pattern}" uses a negated pattern (!(\u2026)), which archlint does not support`);
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

;// CONCATENATED MODULE: ./src/evaluate/policy.ts
class ConfigurationErrors extends Error {
    errors;
    settings;
    /**
     * `settings` is the config as read, when it was read but failed its checks: what names policies in it can
     * still be checked against them, so every error comes in one pass.
     */
    constructor(errors, settings) {
        super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join("\n"));
        this.errors = errors;
        this.settings = settings;
        this.name = "ConfigurationErrors";
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/parse/cfn-tags.ts

/**
 * CloudFormation's short-form intrinsic functions become their long forms, so adapters read one shape.
 * Any other tag (GitLab's `!reference`, Home Assistant's `!secret`, mkdocs' `!!python/name:\u2026`, \u2026) keeps its
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
const types = [
    ...longForm("Ref", (data) => ({ Ref: data ?? "" })),
    ...longForm("Condition", (data) => ({ Condition: data ?? "" })),
    ...longForm("GetAtt", (data) => ({ "Fn::GetAtt": splitGetAtt(data) })),
    ...FUNCTIONS.flatMap((name) => longForm(name, (data) => ({ [`Fn::${name}`]: data ?? "" }))),
    ...anyOtherTag,
];
const MANIFEST_SCHEMA = js_yaml/* default.DEFAULT_SCHEMA */.Ay.DEFAULT_SCHEMA.extend(types);

;// CONCATENATED MODULE: ./src/parse/document-limits.ts
/**
 * Limits that keep one hostile document from costing the whole scan. js-yaml shares one object for every
 * alias of an anchor, so a "billion laughs" file is small in memory but explodes in anything that walks it as
 * a tree (adapters, JSON output); V8's JSON.parse accepts nesting that recursive walkers cannot follow.
 */
const MAX_DEPTH = 1000;
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
        if (stack.length > MAX_DEPTH)
            return `nested deeper than ${MAX_DEPTH} levels`;
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
        if (deepest + 1 > MAX_DEPTH)
            return `nested deeper than ${MAX_DEPTH} levels`;
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
    /** The offset where each line starts, in order. */
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
            const next = node ? jsonChild(node, segment) : undefined;
            if (!next)
                break;
            range = next.range;
            node = next.node;
        }
        return this.lines.range(range[0], range[1]);
    }
}
/** The member `segment` of an object or array node, with the range of its whole property. */
function jsonChild(node, segment) {
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
/**
 * The range of `path` inside a JSON document written as text between `start` and `end` of a file (a heredoc, a
 * YAML block scalar): from the first brace or bracket on, whitespace and indentation are JSON's own, so offsets in
 * the document are offsets in the file. Undefined when the text is not JSON there (escaped quotes) or the path is
 * not in it.
 */
function embeddedRange(text, [start, end], path) {
    const opening = text.slice(start, end).search(/[[{]/);
    if (opening < 0)
        return undefined;
    const from = start + opening;
    let node = (0,main.parseTree)(text.slice(from, end));
    let range;
    for (const segment of path) {
        const found = node ? jsonChild(node, segment) : undefined;
        if (!found)
            break;
        node = found.node;
        range = [from + found.range[0], from + found.range[1]];
    }
    return range;
}

;// CONCATENATED MODULE: ./src/parse/template-placeholders.ts
/**
 * A template directive: Terraform's `%{ if \u2026 }` / `%{ endfor }`, or Jinja's and Liquid's `{% if \u2026 %}`; and a
 * placeholder of Mustache, Handlebars, Jinja or Go templates (`{{{ CLUSTER_NAME }}}`, `{{ .Values.x }}`).
 */
const DIRECTIVE = /%\{[^}\n]*\}|\{%[^\n]*?%\}/g;
const PLACEHOLDER = /\{\{\{?[^{}\n]*\}?\}\}/g;
/**
 * A JSON or YAML file that is a template: Terraform's (`templatefile()`: directives, or in JSON an interpolation
 * outside a string such as `"Resource": ${jsonencode(arns)}`), or one a script renders with Mustache, Jinja or Go
 * templates. No JSON or YAML reader accepts those as written.
 */
function isTemplateText(text, format) {
    return (new RegExp(DIRECTIVE.source).test(text) ||
        new RegExp(PLACEHOLDER.source).test(text) ||
        (format === "json" && bareInterpolations(text).length > 0));
}
/**
 * The template with what can be read kept in place: directives blanked (both branches of an `if` and one pass
 * of a `for` remain), a `{{ placeholder }}` turned into a plain word of its own length, bare interpolations in
 * JSON quoted as strings that name themselves. Lines never move, so a finding in the rendered text is on the
 * template's own line.
 */
function renderPlaceholders(text, format) {
    const blanked = text
        .replace(DIRECTIVE, (directive) => " ".repeat(directive.length))
        .replace(PLACEHOLDER, (placeholder) => "x".repeat(placeholder.length));
    if (format !== "json")
        return blanked;
    let rendered = "";
    let from = 0;
    for (const [start, end] of bareInterpolations(blanked)) {
        rendered += `${blanked.slice(from, start)}"${blanked.slice(start, end).replace(/["\\]/g, "\\$&")}"`;
        from = end;
    }
    return rendered + blanked.slice(from);
}
/** Where `${\u2026}` stands outside a JSON string: [start, end) of each, braces and strings inside it balanced. */
function bareInterpolations(text) {
    const found = [];
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === "\\")
                i++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === "$" && text[i + 1] === "{") {
            const end = closingBrace(text, i + 1);
            if (end < 0)
                break;
            found.push([i, end + 1]);
            i = end;
        }
    }
    return found;
}
function closingBrace(text, open) {
    let depth = 0;
    let quoted = false;
    for (let i = open; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === "\\")
                i++;
            else if (char === '"')
                quoted = false;
        }
        else if (char === '"')
            quoted = true;
        else if (char === "{")
            depth++;
        else if (char === "}" && --depth === 0)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/parse/block-yaml-text.ts
/** Thrown where the line scanner cannot be sure it reads the text as `yaml` does; the caller falls back. */
class NotCertain extends Error {
}
function unsure() {
    throw new NotCertain();
}
const SPACE = 32;
const TAB = 9;
const HASH = 35;
/** `[`, `{`, `,` and `:`: what a new flow scalar follows. */
const FLOW_OPENERS = [91, 123, 44, 58];
/** Characters that cannot start a plain scalar, or need a second look (`-`, `?`, `:`). */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
/** Plain scalars `yaml`'s core schema reads as something other than the same string. */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const SAME_AS_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
/** Line-level reading of block YAML: indentation, comments, document markers, keys and one-line scalars. */
class BlockYamlText {
    text;
    starts;
    lineCount;
    /**
     * Per line: its indentation once read (-1 blank, -2 unread, -3 tab-indented); a line that a flow value goes on
     * over reads as one column past the value's owner, whatever its own (see `ownFlowLines`).
     */
    indents;
    ends;
    /** Quoted scalars and flow collections that go on over more lines: where each closes, by its start offset. */
    spans = new Map();
    constructor(text, starts) {
        this.text = text;
        this.starts = starts;
        this.lineCount = starts.length;
        this.indents = new Int32Array(this.lineCount).fill(-2);
        this.ends = new Int32Array(this.lineCount).fill(-1);
    }
    offset(line, column) {
        return this.starts[line] + column;
    }
    /** The offset just past the line's line break (the end of the text on the last line). */
    next(line) {
        return this.starts[line + 1] ?? this.text.length;
    }
    /** The column where the line's text ends, before `\n` or `\r\n`. */
    end(line) {
        const known = this.ends[line];
        if (known >= 0)
            return known;
        const start = this.starts[line];
        let end = this.next(line);
        if (end > start && this.text.charCodeAt(end - 1) === 10)
            end--;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        this.ends[line] = end - start;
        return end - start;
    }
    char(line, column) {
        return column < this.end(line) ? this.text.charCodeAt(this.offset(line, column)) : -1;
    }
    /** The column of the first character that is not a space; -1 for a blank line. Tab indentation is refused. */
    indent(line) {
        let indent = this.indents[line];
        if (indent === -2)
            indent = this.indents[line] = this.readIndent(line);
        return indent === -3 ? unsure() : indent;
    }
    readIndent(line) {
        const end = this.end(line);
        let column = 0;
        while (column < end && this.char(line, column) === SPACE)
            column++;
        if (column === end)
            return -1;
        if (this.char(line, column) !== TAB)
            return column;
        const rest = this.text.slice(this.offset(line, column), this.offset(line, end));
        return rest.trim() === "" ? -1 : -3;
    }
    isComment(line) {
        const indent = this.indent(line);
        return indent >= 0 && this.char(line, indent) === HASH;
    }
    /** The first line at or after `line` (before `limit`) that is neither blank nor a comment; `limit` if none. */
    nextContent(line, limit) {
        let at = line;
        while (at < limit && (this.indent(at) < 0 || this.isComment(at)))
            at++;
        return at;
    }
    /** Past spaces from `column`; a tab there is refused (it is not indentation `yaml` and js-yaml agree on). */
    skipSpaces(line, column) {
        let at = column;
        while (this.char(line, at) === SPACE)
            at++;
        return this.char(line, at) === TAB ? unsure() : at;
    }
    /** Nothing but an optional comment from `column` to the end of the line. */
    restIsEmpty(line, column) {
        const at = this.skipSpaces(line, column);
        return at >= this.end(line) || (this.char(line, at) === HASH && (at === 0 || this.isBlank(line, at - 1)));
    }
    /** `-` followed by a space or the end of the line: a block sequence item. */
    isDash(line, column) {
        return this.char(line, column) === 45 && this.separated(line, column + 1);
    }
    isBlank(line, column) {
        const c = this.char(line, column);
        return c === SPACE || c === TAB;
    }
    separated(line, column) {
        const next = this.char(line, column);
        return next === -1 || next === SPACE || next === TAB;
    }
    /** Every document `yaml.parseAllDocuments` would return, as line ranges; undefined where unsure. */
    documents() {
        const documents = [];
        let current = { first: 0, explicit: false, content: false };
        for (let line = 0; line < this.lineCount; line++) {
            const first = this.char(line, 0);
            if (first === 37 || (first === 46 && this.startsWith(line, "...") && this.separated(line, 3)))
                unsure();
            if (first === 45 && this.startsWith(line, "---") && this.separated(line, 3)) {
                if (!this.restIsEmpty(line, 3))
                    unsure();
                if (current.explicit || current.content)
                    documents.push({ first: current.first, limit: line });
                current = { first: line + 1, explicit: true, content: false };
            }
            else if (!current.content && this.indent(line) >= 0 && !this.isComment(line))
                current.content = true;
        }
        if (current.explicit || current.content)
            documents.push({ first: current.first, limit: this.lineCount });
        return documents;
    }
    startsWith(line, prefix) {
        return this.text.startsWith(prefix, this.offset(line, 0));
    }
    /**
     * Reads every line of a document for quoted scalars and flow collections that go on over more lines, and marks
     * those lines as deeper than the key or `-` that owns the value, so the scanner skips them. js-yaml reads a
     * flow value up to its closing quote or bracket whatever the indentation of the lines between (where `yaml`
     * reports an error and recovers otherwise), and the documents archlint judges are js-yaml's.
     * Block scalar bodies are skipped.
     */
    ownFlowLines(lines) {
        for (let line = lines.first; line < lines.limit; line++) {
            const indent = this.indent(line);
            if (indent < 0)
                continue;
            const read = this.readLine(line, indent, lines.limit);
            line = read.last;
            const owner = read.blockScalarOwner;
            if (owner === undefined)
                continue;
            while (line + 1 < lines.limit && (this.indent(line + 1) < 0 || this.indent(line + 1) > owner))
                line++;
        }
    }
    /**
     * Reads a line's keys, indicators and flow values, following a flow value over the lines it takes: the last
     * line read, and the column of the key or `-` that owns a block scalar starting there.
     */
    readLine(line, indent, limit) {
        const end = this.end(line);
        let owner = indent;
        for (let at = indent; at < end;) {
            const c = this.char(line, at);
            if (c === HASH)
                break;
            if (this.isDash(line, at) || ((c === 63 || c === 58) && this.separated(line, at + 1))) {
                if (c === 45)
                    owner = at;
                at = this.skipSpaces(line, at + 1);
            }
            else if (c === 33 || c === 38 || c === 42)
                at = this.skipSpaces(line, this.tokenEnd(line, at));
            else if (c === 124 || c === 62)
                return { last: line, blockScalarOwner: owner };
            else if (c === 34 || c === 39 || c === 91 || c === 123) {
                const close = this.flowClose(line, at, owner, limit);
                if (close.line > line) {
                    if (!this.restIsEmpty(close.line, close.column))
                        unsure();
                    this.spans.set(this.offset(line, at), close);
                    return { last: close.line };
                }
                const colon = this.colonFrom(line, close.column);
                if (colon === undefined)
                    break;
                owner = at;
                at = this.skipSpaces(line, colon);
            }
            else {
                const colon = this.colonFrom(line, at);
                if (colon === undefined)
                    break;
                owner = at;
                at = this.skipSpaces(line, colon);
            }
        }
        return { last: line };
    }
    /** Where a quoted scalar or flow collection that starts at `column` and goes on over more lines closes. */
    spanAt(line, column) {
        return this.spans.get(this.offset(line, column));
    }
    /** Where a quoted scalar or flow collection starting at `column` closes; its later lines read as past `owner`. */
    flowClose(line, column, owner, limit) {
        let depth = 0;
        let quote = 0;
        for (let at = line; at < limit; at++) {
            let from = column;
            if (at > line) {
                from = this.indent(at);
                if (from < 0)
                    continue;
                if (from <= owner)
                    this.indents[at] = owner + 1;
            }
            const end = this.end(at);
            for (let col = from; col < end; col++) {
                const c = this.char(at, col);
                if (quote) {
                    if (quote === 34 && c === 92)
                        col++;
                    else if (c === quote && quote === 39 && this.char(at, col + 1) === 39)
                        col++;
                    else if (c === quote) {
                        quote = 0;
                        if (depth === 0)
                            return { line: at, column: col + 1 };
                    }
                }
                else if ((c === 34 || c === 39) && (depth === 0 || this.startsScalar(at, col)))
                    quote = c;
                else if (c === 91 || c === 123)
                    depth++;
                else if (c === 93 || c === 125) {
                    if (--depth === 0)
                        return { line: at, column: col + 1 };
                }
                else if (c === HASH && this.isBlank(at, col - 1))
                    break;
            }
        }
        return unsure();
    }
    /** The column past the next `: ` (or `:` ending the line) from `column`, before any comment. */
    colonFrom(line, column) {
        const end = this.end(line);
        for (let at = column; at < end; at++) {
            const c = this.char(line, at);
            if (c === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB))
                return undefined;
            if (c === 58 && this.separated(line, at + 1))
                return at + 1;
        }
        return undefined;
    }
    /** The column just past a quoted scalar that starts at `column`; unsure if it does not close on this line. */
    quotedEnd(line, column) {
        const quote = this.char(line, column);
        const end = this.end(line);
        for (let at = column + 1; at < end; at++) {
            const c = this.char(line, at);
            if (quote === 34 && c === 92)
                at++;
            else if (c === quote) {
                if (quote === 39 && this.char(line, at + 1) === 39)
                    at++;
                else
                    return at + 1;
            }
        }
        return unsure();
    }
    /** The column just past a flow collection that starts at `column`; unsure unless it closes on this line. */
    flowEnd(line, column) {
        const end = this.end(line);
        let depth = 0;
        for (let at = column; at < end; at++) {
            const c = this.char(line, at);
            if (c === 91 || c === 123)
                depth++;
            else if (c === 93 || c === 125) {
                if (--depth === 0)
                    return at + 1;
            }
            else if ((c === 34 || c === 39) && this.startsScalar(line, at))
                at = this.quotedEnd(line, at) - 1;
            else if (c === HASH && (this.isBlank(line, at - 1) || FLOW_OPENERS.includes(this.char(line, at - 1))))
                unsure();
        }
        return unsure();
    }
    /**
     * Whether a quote inside a flow collection opens a quoted scalar: it starts the line or follows `[`, `{`, `,`,
     * `:` or an explicit key's `? `. After other text (`[( 'x]`) it belongs to that plain scalar.
     */
    startsScalar(line, column) {
        let at = column - 1;
        while (at >= 0 && this.char(line, at) === SPACE)
            at--;
        if (at < 0)
            return true;
        const before = this.char(line, at);
        if (before === 63)
            return at < column - 1 && (at === 0 || this.isBlank(line, at - 1));
        // A quote right after `:` opens a scalar only after a JSON-like key (`"k":"v"`, `[a]:"v"`); after plain text
        // or a space (`(:"`, `( :"`) the `:` and the quote may belong to a plain scalar.
        if (before === 58 && at === column - 1) {
            const key = at > 0 ? this.char(line, at - 1) : -1;
            if (key !== 34 && key !== 39 && key !== 93 && key !== 125)
                unsure();
        }
        return FLOW_OPENERS.includes(before);
    }
    /**
     * The items of a one-line flow sequence opening at `column`, as [start, end] columns: flow scalars and
     * flow collections; unsure for pairs, tags, anchors, aliases and empty items.
     */
    flowItems(line, column) {
        const items = [];
        let at = this.skipSpaces(line, column + 1);
        if (this.char(line, at) === 93)
            return items;
        for (;;) {
            const c = this.char(line, at);
            let end;
            if (c === 34 || c === 39)
                end = this.quotedEnd(line, at);
            else if (c === 91 || c === 123)
                end = this.flowEnd(line, at);
            else if (c !== -1 && this.startsPlain(line, at) && c !== 44 && c !== 93 && c !== 125)
                end = this.flowPlainEnd(line, at);
            else
                return unsure();
            items.push([at, end]);
            at = this.skipSpaces(line, end);
            const next = this.char(line, at);
            if (next === 93)
                return items;
            if (next !== 44)
                unsure();
            at = this.skipSpaces(line, at + 1);
            if (this.char(line, at) === 93)
                return items;
        }
    }
    /** The end of a plain scalar inside a flow collection: before `,`, a bracket, or trailing spaces. */
    flowPlainEnd(line, column) {
        let last = column;
        for (let at = column; at < this.end(line); at++) {
            const c = this.char(line, at);
            if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125)
                break;
            if ((c === 58 && this.endsFlowKey(line, at + 1)) || (c === HASH && this.isBlank(line, at - 1)))
                unsure();
            if (c !== SPACE && c !== TAB)
                last = at + 1;
        }
        return last;
    }
    /** Whether a `:` before `column` would end a key inside a flow collection (it does not in `s3:GetObject`). */
    endsFlowKey(line, column) {
        const c = this.char(line, column);
        return this.separated(line, column) || c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    /** The column past a token (tag, anchor, alias name): up to a space or the end of the line. */
    tokenEnd(line, column) {
        const end = this.end(line);
        let at = column;
        while (at < end && this.char(line, at) !== SPACE && this.char(line, at) !== TAB)
            at++;
        return at;
    }
    /**
     * The end of a one-line plain scalar (trailing spaces and comment excluded); unsure if it holds `: `,
     * which would make it a key.
     */
    plainEnd(line, column) {
        const end = this.end(line);
        let last = column;
        for (let at = column; at < end; at++) {
            const c = this.char(line, at);
            if (c === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB))
                break;
            if (c === 58 && this.separated(line, at + 1))
                unsure();
            if (c !== SPACE && c !== TAB)
                last = at + 1;
        }
        return last;
    }
    /** Whether a plain scalar may start at `column` (it may not with an indicator, bar `-?:` before a non-space). */
    startsPlain(line, column) {
        const c = this.text[this.offset(line, column)];
        if (!INDICATORS.has(c))
            return true;
        return (c === "-" || c === "?" || c === ":") && !this.separated(line, column + 1);
    }
    /**
     * The key of a block mapping entry at `column`, or undefined when the line holds a scalar there; unsure for
     * keys `yaml` might read otherwise (tags, anchors, aliases, explicit `?`, flow keys, numbers, escapes).
     */
    keyAt(line, column) {
        const c = this.char(line, column);
        // An implicit key takes one line: a scalar or collection going on over more is a value.
        if (this.spanAt(line, column))
            return undefined;
        if (c === 34 || c === 39) {
            const close = this.quotedEnd(line, column);
            const after = this.colonAfter(line, close);
            if (after === undefined)
                return undefined;
            const inner = this.text.slice(this.offset(line, column + 1), this.offset(line, close - 1));
            return {
                name: c === 39 ? inner.replaceAll("''", "'") : decodeDoubleQuoted(inner),
                start: this.offset(line, column),
                after,
            };
        }
        if (c === 124 || c === 62 || c === HASH || this.isDash(line, column))
            return undefined;
        if (!this.startsPlain(line, column)) {
            if (c === 91 || c === 123)
                return this.colonAfter(line, this.flowEnd(line, column)) === undefined ? undefined : unsure();
            if (c === 33 || c === 38 || c === 42)
                return this.keyAfterProps(line, column);
            return unsure();
        }
        const end = this.end(line);
        for (let at = column; at < end; at++) {
            const ch = this.char(line, at);
            if (ch === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB))
                return undefined;
            if (ch === 58 && this.separated(line, at + 1)) {
                const name = this.text.slice(this.offset(line, column), this.offset(line, at)).trimEnd();
                if (NOT_A_STRING.test(name) && !SAME_AS_NUMBER.test(name))
                    unsure();
                return { name, start: this.offset(line, column), after: at + 1 };
            }
        }
        return undefined;
    }
    /** Tags, anchors and aliases before a key are refused; before a scalar they are no key at all. */
    keyAfterProps(line, column) {
        const next = this.skipSpaces(line, this.tokenEnd(line, column));
        if (this.colonAfter(line, next) !== undefined)
            unsure();
        if (next < this.end(line) && this.keyAt(line, next))
            unsure();
        return undefined;
    }
    /** The column past a `:` (after optional spaces) that is followed by a space or the line's end. */
    colonAfter(line, column) {
        let at = column;
        while (this.char(line, at) === SPACE)
            at++;
        return this.char(line, at) === 58 && this.separated(line, at + 1) ? at + 1 : undefined;
    }
}
/** Double-quoted text through JSON's escapes, which YAML shares; other escapes (`\x`, `\e`, \u2026) are refused. */
function decodeDoubleQuoted(inner) {
    if (!inner.includes("\\"))
        return inner;
    try {
        return JSON.parse(`"${inner}"`);
    }
    catch {
        return unsure();
    }
}

;// CONCATENATED MODULE: ./src/parse/block-yaml-locator.ts

/**
 * Finds what `ExactYamlLocator` finds, reading only the lines on the path: block mappings and sequences,
 * comments, block scalars, plain scalars and one-line flow sequences. Anything it cannot be sure of (flow
 * mappings on the path, aliases, keys `yaml` may read otherwise, directives, empty values that end a
 * collection) answers undefined.
 */
class BlockYamlLocator {
    lines;
    documents;
    limit = 0;
    /** Per collection (by its start offset): the lines of its entries, and a mapping's keys. */
    entryLineCache = new Map();
    entryCache = new Map();
    /** Documents whose flow values over several lines were read, and those whose lines were all marked as owned. */
    flowRead = new Set();
    flowOwned = new Set();
    constructor(text, lineStarts) {
        this.lines = new BlockYamlText(text, lineStarts);
    }
    find(doc, path) {
        try {
            return this.walk(doc, path);
        }
        catch (error) {
            if (error instanceof NotCertain)
                return undefined;
            throw error;
        }
    }
    walk(doc, path) {
        const lines = this.documentLines()[doc] ?? unsure();
        this.limit = lines.limit;
        if (!this.flowRead.has(doc)) {
            this.flowRead.add(doc);
            this.lines.ownFlowLines(lines);
            this.flowOwned.add(doc);
        }
        if (!this.flowOwned.has(doc))
            unsure();
        const first = this.lines.nextContent(lines.first, lines.limit);
        if (first >= lines.limit || this.lines.indent(first) !== 0)
            unsure();
        let node = this.collectionAt(first, 0);
        let start = node.start;
        for (const segment of path) {
            if (node.kind === "map") {
                const name = String(segment);
                const entry = this.findLastEntry(node, name) ?? unsure();
                node = this.valueAfter(entry.line, entry.after, node.indent, false);
                start = entry.start;
            }
            else if (node.kind === "seq") {
                const index = Number(segment);
                const item = isIndex(index) ? this.item(node, index) : undefined;
                if (!item)
                    break;
                node = item;
                start = item.start;
            }
            else if (node.kind === "leaf" && node.flow === "[" && isIndex(Number(segment))) {
                const item = this.flowItem(node, Number(segment));
                if (!item)
                    break;
                node = item;
                start = item.start;
            }
            else {
                if (node.kind === "leaf" && (node.alias || node.flow === "{" || node.spansLines))
                    unsure();
                break;
            }
        }
        return [start, this.endOf(node)];
    }
    documentLines() {
        if (this.documents === undefined) {
            try {
                this.documents = this.lines.documents();
            }
            catch (error) {
                if (!(error instanceof NotCertain))
                    throw error;
                this.documents = null;
            }
        }
        return this.documents ?? unsure();
    }
    /** The block mapping or sequence whose first entry is at (`line`, `column`). */
    collectionAt(line, column) {
        const start = this.lines.offset(line, column);
        if (this.lines.isDash(line, column))
            return { kind: "seq", indent: column, line, start };
        if (this.lines.keyAt(line, column))
            return { kind: "map", indent: column, line, start };
        return unsure();
    }
    /** Lines that hold the collection's entries or items, the first included. */
    entryLines(collection) {
        let lines = this.entryLineCache.get(collection.start);
        if (!lines) {
            lines = [...this.readEntryLines(collection)];
            this.entryLineCache.set(collection.start, lines);
        }
        return lines;
    }
    *readEntryLines(collection) {
        yield collection.line;
        for (let line = collection.line + 1; line < this.limit; line++) {
            const indent = this.lines.indent(line);
            if (indent < 0 || indent > collection.indent || this.lines.isComment(line))
                continue;
            if (indent < collection.indent)
                return;
            const dash = this.lines.isDash(line, indent);
            if (collection.kind === "seq" && !dash)
                return;
            // In a mapping, a `-` at the mapping's own indentation is an item of the previous key's sequence.
            if (!dash || collection.kind === "seq")
                yield line;
        }
    }
    /** The mapping's keys by name, each the last of its repeats: the one `yaml` and js-yaml (`json`) keep. */
    entries(map) {
        let entries = this.entryCache.get(map.start);
        if (!entries) {
            entries = new Map();
            for (const line of this.entryLines(map)) {
                const key = this.lines.keyAt(line, map.indent) ?? unsure();
                entries.set(key.name, { ...key, line });
            }
            this.entryCache.set(map.start, entries);
        }
        return entries;
    }
    findLastEntry(map, name) {
        return this.entries(map).get(name);
    }
    item(seq, index) {
        const line = this.entryLines(seq)[index];
        return line === undefined ? undefined : this.itemAt(line, seq.indent);
    }
    flowItem(seq, index) {
        const line = seq.lastLine;
        const column = seq.start - this.lines.offset(line, 0);
        const item = this.lines.flowItems(line, column)[index];
        if (!item)
            return undefined;
        const [start, end] = item;
        const open = this.lines.char(line, start);
        const flow = open === 91 ? "[" : open === 123 ? "{" : undefined;
        const at = (c) => this.lines.offset(line, c);
        return { kind: "leaf", start: at(start), end: at(end), lastLine: line, trails: true, ...(flow && { flow }) };
    }
    lastChild(collection) {
        const last = this.entryLines(collection).at(-1);
        if (collection.kind === "seq")
            return this.itemAt(last, collection.indent);
        const key = this.lines.keyAt(last, collection.indent) ?? unsure();
        return this.valueAfter(last, key.after, collection.indent, false);
    }
    /** A sequence item: `- value`, or a compact mapping (`- key: v`) or sequence (`- - x`) on the item's line. */
    itemAt(line, dash) {
        const at = this.lines.skipSpaces(line, dash + 1);
        if (!this.lines.restIsEmpty(line, at)) {
            if (this.lines.isDash(line, at))
                return { kind: "seq", indent: at, line, start: this.lines.offset(line, at) };
            if (this.lines.keyAt(line, at))
                return { kind: "map", indent: at, line, start: this.lines.offset(line, at) };
        }
        return this.valueAfter(line, dash + 1, dash, true);
    }
    /** The value that follows an indicator (`:` or `-`) ending at `column`, owned by a collection at `parent`. */
    valueAfter(line, column, parent, inSeq) {
        const lines = this.lines;
        let at = lines.skipSpaces(line, column);
        const valueStart = at;
        let props = false;
        for (let c = lines.char(line, at); c === 33 || c === 38; c = lines.char(line, at)) {
            const next = lines.char(line, at + 1);
            if (c === 33 && (next === 33 || next === 60))
                unsure();
            at = lines.skipSpaces(line, lines.tokenEnd(line, at));
            props = true;
        }
        if (lines.restIsEmpty(line, at)) {
            const next = lines.nextContent(line + 1, this.limit);
            const indent = next < this.limit ? lines.indent(next) : -1;
            if (indent === parent && !inSeq && lines.isDash(next, indent))
                return this.collectionAt(next, indent);
            if (indent > parent) {
                if (lines.isDash(next, indent) || lines.keyAt(next, indent))
                    return this.collectionAt(next, indent);
                // A scalar or flow collection on the lines below its key or `-` (a block scalar there is left to `yaml`).
                const first = lines.char(next, indent);
                if (props || first === 124 || first === 62)
                    unsure();
                return this.valueAfter(next, indent, parent, inSeq);
            }
            return props ? unsure() : { kind: "empty", start: lines.offset(line, valueStart) };
        }
        const c = lines.char(line, at);
        const start = lines.offset(line, at);
        if (c === 124 || c === 62)
            return this.blockScalar(line, at, parent);
        let end;
        const leaf = { kind: "leaf", start, lastLine: line, trails: true };
        if (c === 42) {
            if (props)
                unsure();
            end = lines.tokenEnd(line, at);
            if (!lines.restIsEmpty(line, end))
                unsure();
            return { ...leaf, end: lines.offset(line, end), alias: true };
        }
        const span = lines.spanAt(line, at);
        if (span) {
            return { ...leaf, end: lines.offset(span.line, span.column), lastLine: span.line, spansLines: true };
        }
        if (c === 34 || c === 39)
            end = lines.quotedEnd(line, at);
        else if (c === 91 || c === 123)
            end = lines.flowEnd(line, at);
        else if (lines.startsPlain(line, at))
            end = lines.plainEnd(line, at);
        else
            return unsure();
        if (!lines.restIsEmpty(line, end))
            unsure();
        if (c !== 34 && c !== 39 && c !== 91 && c !== 123 && !this.commentAfter(line, end)) {
            return this.plainContinued({ ...leaf, end: lines.offset(line, end) }, parent);
        }
        const flow = c === 91 ? "[" : c === 123 ? "{" : undefined;
        return { ...leaf, end: lines.offset(line, end), ...(flow && { flow }) };
    }
    /** A plain scalar goes on over the deeper lines that follow (blank lines between), up to a comment. */
    plainContinued(leaf, parent) {
        const lines = this.lines;
        let { end, lastLine } = leaf;
        for (let next = lastLine + 1; next < this.limit; next++) {
            const indent = lines.indent(next);
            if (indent < 0)
                continue;
            if (indent <= parent || lines.isComment(next))
                break;
            if (!lines.startsPlain(next, indent))
                unsure();
            const column = lines.plainEnd(next, indent);
            end = lines.offset(next, column);
            lastLine = next;
            if (this.commentAfter(next, column))
                break;
        }
        return { ...leaf, end, lastLine };
    }
    /** Whether a comment follows `column` on the line (nothing but spaces and a comment may). */
    commentAfter(line, column) {
        return this.lines.skipSpaces(line, column) < this.lines.end(line);
    }
    /**
     * `|` or `>` with an optional `-` chomping indicator. `yaml` ends it after the line break of its last
     * non-blank line; kept trailing lines (`+`), explicit indentation and empty bodies are left to `yaml`.
     */
    blockScalar(line, column, parent) {
        const lines = this.lines;
        let at = column + 1;
        if (lines.char(line, at) === 45)
            at++;
        if (!lines.restIsEmpty(line, at))
            unsure();
        let first = line + 1;
        while (first < this.limit && lines.indent(first) < 0)
            first++;
        const indent = first < this.limit ? lines.indent(first) : -1;
        if (indent <= parent)
            unsure();
        for (let blank = line + 1; blank < first; blank++)
            if (lines.end(blank) > indent)
                unsure();
        let last = first;
        for (let next = first + 1; next < this.limit; next++) {
            const nextIndent = lines.indent(next);
            // A line of spaces longer than the indentation is content (spaces), not a blank line.
            if (nextIndent < 0) {
                if (lines.end(next) > indent)
                    last = next;
                continue;
            }
            if (nextIndent < indent) {
                if (nextIndent > parent)
                    unsure();
                break;
            }
            last = next;
        }
        return { kind: "leaf", start: lines.offset(line, column), end: lines.next(last), lastLine: last, trails: false };
    }
    /**
     * Where `yaml` ends a node (`range[1]`). A collection ends where its last descendant ends, plus the comment
     * lines `yaml` hands to a collection on the way: the blank and comment lines after the last value go up from
     * the innermost collection, each passing them on unless one of the comments is indented at least as deep as
     * it (and it is indented at all); the one that keeps them ends at the next token.
     */
    endOf(node) {
        if (node.kind === "empty")
            return node.start;
        if (node.kind === "leaf")
            return node.end;
        const chain = [node];
        let last = this.lastChild(node);
        while (last.kind === "map" || last.kind === "seq") {
            chain.push(last);
            last = this.lastChild(last);
        }
        const leaf = last.kind === "leaf" ? last : unsure();
        const innermost = chain[chain.length - 1];
        let end = leaf.trails ? this.lines.next(leaf.lastLine) : leaf.end;
        let line = leaf.lastLine + 1;
        let deepest = -1;
        for (; line < this.limit; line++) {
            const indent = this.lines.indent(line);
            if (indent < 0)
                continue;
            if (!this.lines.isComment(line))
                break;
            if (leaf.trails && deepest < 0 && indent > innermost.indent)
                end = this.lines.next(line);
            else
                deepest = Math.max(deepest, indent);
        }
        const next = line < this.limit ? this.lines.offset(line, this.lines.indent(line)) : this.lines.next(this.limit - 1);
        const keeper = chain.slice(1).some((collection) => collection.indent > 0 && deepest >= collection.indent);
        return keeper ? next : end;
    }
}
function isIndex(index) {
    return Number.isInteger(index) && index >= 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/parse/exact-yaml-locator.ts

/**
 * The exact answer: re-reads the whole file with `yaml`, which keeps every node's range (about ten times what
 * js-yaml costs), and takes the range of the deepest node on the path that exists.
 */
class ExactYamlLocator {
    text;
    documents;
    constructor(text) {
        this.text = text;
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

;// CONCATENATED MODULE: ./src/parse/yaml-locator.ts




/**
 * The fast parser (js-yaml) keeps no positions. A line scanner answers for block YAML; where it is not sure,
 * the `yaml` package re-reads the whole file (about ten times js-yaml's cost) for the exact ranges. A path may go
 * on into the JSON document a string value holds (`embedded`: an IAM policy written as `PolicyDocument: |`).
 */
class YamlLocator {
    text;
    lines;
    fast;
    exact;
    constructor(text) {
        this.text = text;
    }
    locate(doc, path, embedded) {
        this.lines ??= new LineIndex(this.text);
        this.fast ??= new BlockYamlLocator(this.text, this.lines.starts);
        let range = this.fast.find(doc, path);
        if (!range) {
            this.exact ??= new ExactYamlLocator(this.text);
            range = this.exact.find(doc, path);
        }
        if (embedded?.length)
            range = embeddedRange(this.text, range, embedded) ?? range;
        return this.lines.range(range[0], range[1]);
    }
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
        case "json": {
            const parsed = format === "yaml" ? parseYaml(path, text) : parseJson(path, text);
            return parsed.error && isTemplateText(text, format) ? parseTemplate(path, text, format) : parsed;
        }
        default:
            return { path, format, text, documents: [], locator: startOfFile };
    }
}
/**
 * A template (Terraform's `%{ if }`, a bare `${\u2026}` in JSON, Mustache or Jinja placeholders) is no broken file:
 * what reads with its placeholders rendered in place is read (an IAM policy with `${bucket}` unresolved); a
 * template that does not read so is skipped, never a parse error. The file's text is the rendered one, line for
 * line the template's, so the documents, their positions and the text agree.
 */
function parseTemplate(path, text, format) {
    const rendered = renderPlaceholders(text, format);
    const { error, ...parsed } = format === "yaml" ? parseYaml(path, rendered) : parseJson(path, rendered);
    return { ...parsed, documents: error ? [] : parsed.documents };
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

;// CONCATENATED MODULE: ./src/config/schema-validators.generated.ts
// schemas/config.schema.json
const validateConfigUntyped = (() => {
    const schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://archlint.dev/schemas/config.schema.json", "title": "archlint configuration (.archlint.yml)", "description": "What a team tunes without forking archlint: which files are read, what the team and its workload are, which policies apply and how, and which findings are waived (with a reason and an expiry date).", "type": "object", "additionalProperties": false, "properties": { "include": { "description": "Globs (relative to the scanned root) of the files to read; all manifests when absent.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "description": "Globs (relative to the scanned root) of files and folders never read, on top of .gitignore.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "team": { "description": "The team that runs this architecture; declared values win over what archlint infers.", "type": "object", "additionalProperties": false, "properties": { "size": { "description": "Number of engineers; team policies do not fire while it is unknown.", "type": "integer", "minimum": 1 }, "devopsExpertise": { "description": "Whether the team has the DevOps expertise to run clusters (the guide's fourth question).", "type": "boolean" } } }, "workload": { "description": "The workload profile, for the guide's decision framework.", "type": "object", "additionalProperties": false, "properties": { "traffic": { "description": "The shape of the traffic: steady, spiky (sudden bursts) or unpredictable.", "enum": ["steady", "spiky", "unpredictable"] }, "shortLived": { "description": "Whether the work is short-lived (seconds to minutes per event).", "type": "boolean" } } }, "reassessment": { "description": "The architecture reassessment the guide asks for every year.", "type": "object", "additionalProperties": false, "properties": { "lastReviewed": { "description": "The date (YYYY-MM-DD) of the last architecture review.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a date (YYYY-MM-DD)" }, "intervalMonths": { "description": "Months between reviews (12 by default).", "type": "integer", "minimum": 1 } } }, "policies": { "description": "Per policy id: `off`, or `{ severity, params }` to change its severity or parameters.", "type": "object", "additionalProperties": { "x-expected": "\"off\" or a mapping with severity and/or params", "if": { "type": "string" }, "then": { "const": "off" }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "description": "The severity the policy reports with.", "enum": ["error", "warning", "notice"] }, "params": { "description": "Parameter values replacing the policy's defaults (names as `archlint policies` and docs/policies.md list them).", "type": "object" } } } } }, "policyPaths": { "description": "Extra folders of custom policies (relative to the scanned root, inside it), besides .archlint/policies/.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "waivers": { "description": "Findings accepted for a while: each names a policy, the files it covers, why, and when it expires.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["policy", "path", "reason", "expires"], "properties": { "policy": { "description": "The policy id waived.", "type": "string", "minLength": 1 }, "path": { "description": "Glob of the files (relative to the scanned root) whose findings are waived.", "type": "string", "minLength": 1 }, "subject": { "description": "Only findings about the entity of this name (a function, a workload, \u2026).", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted; shown in every report.", "type": "string", "pattern": "\\S", "x-expected": "a reason that is not blank" }, "expires": { "description": "The last day (YYYY-MM-DD, UTC) the waiver applies; after it the finding shows again and says so.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a date (YYYY-MM-DD)" } } } }, "failOn": { "description": "The lowest severity that fails the run (exit 1 / a failed step); `never` only reports.", "enum": ["error", "warning", "notice", "never"] }, "allowInlineIgnores": { "description": "Whether `archlint:ignore <policy> <reason>` comments in manifests suppress findings (true by default).", "type": "boolean" }, "unwaivable": { "description": "Policy ids that neither an inline ignore nor a waiver can suppress.", "type": "array", "items": { "type": "string", "minLength": 1 } } } };
    const func0 = Object.prototype.hasOwnProperty;
    const func1 = (function ucs2length(str) {
        const len = str.length;
        let length = 0;
        let pos = 0;
        let value;
        while (pos < len) {
            length++;
            value = str.charCodeAt(pos++);
            if (value >= 0xd800 && value <= 0xdbff && pos < len) {
                // high surrogate, and there is a next character
                value = str.charCodeAt(pos);
                if ((value & 0xfc00) === 0xdc00)
                    pos++; // low surrogate
            }
        }
        return length;
    });
    const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    const pattern1 = new RegExp("\\S", "u");
    function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://archlint.dev/schemas/config.schema.json" */ ; let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(func0.call(schema0.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.include !== undefined) {
            let data0 = data.include;
            const _errs2 = errors;
            const _errs3 = errors;
            if (Array.isArray(data0)) {
                let valid2 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    const _errs4 = errors;
                    const _errs5 = errors;
                    if (typeof data1 === "string") {
                        if (func1(data1) < 1) {
                            const err1 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.include.items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.include.items.type, parentSchema: schema0.properties.include.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                        valid2 = false;
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.include.type, parentSchema: schema0.properties.include, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            var valid0 = _errs2 === errors;
        }
        if (data.exclude !== undefined) {
            let data2 = data.exclude;
            const _errs6 = errors;
            const _errs7 = errors;
            if (Array.isArray(data2)) {
                let valid4 = true;
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (typeof data3 === "string") {
                        if (func1(data3) < 1) {
                            const err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.exclude.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.exclude.items.type, parentSchema: schema0.properties.exclude.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    var valid3 = _errs8 === errors;
                    if (!valid3) {
                        valid4 = false;
                    }
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.exclude.type, parentSchema: schema0.properties.exclude, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            var valid0 = _errs6 === errors;
        }
        if (data.team !== undefined) {
            let data4 = data.team;
            const _errs10 = errors;
            const _errs11 = errors;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                const _errs12 = errors;
                for (const key1 in data4) {
                    if (!((key1 === "size") || (key1 === "devopsExpertise"))) {
                        const err7 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.team, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                if (data4.size !== undefined) {
                    let data5 = data4.size;
                    const _errs13 = errors;
                    if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                        const err8 = { instancePath: instancePath + "/team/size", schemaPath: "#/properties/team/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.team.properties.size.type, parentSchema: schema0.properties.team.properties.size, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    const _errs14 = errors;
                    if ((typeof data5 == "number") && (isFinite(data5))) {
                        if (data5 < 1 || isNaN(data5)) {
                            const err9 = { instancePath: instancePath + "/team/size", schemaPath: "#/properties/team/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.team.properties.size, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    var valid5 = _errs13 === errors;
                }
                if (data4.devopsExpertise !== undefined) {
                    let data6 = data4.devopsExpertise;
                    const _errs15 = errors;
                    if (typeof data6 !== "boolean") {
                        const err10 = { instancePath: instancePath + "/team/devopsExpertise", schemaPath: "#/properties/team/properties/devopsExpertise/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.team.properties.devopsExpertise.type, parentSchema: schema0.properties.team.properties.devopsExpertise, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    const _errs16 = errors;
                    var valid5 = _errs15 === errors;
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.team.type, parentSchema: schema0.properties.team, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            var valid0 = _errs10 === errors;
        }
        if (data.workload !== undefined) {
            let data7 = data.workload;
            const _errs17 = errors;
            const _errs18 = errors;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                const _errs19 = errors;
                for (const key2 in data7) {
                    if (!((key2 === "traffic") || (key2 === "shortLived"))) {
                        const err12 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.workload, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data7.traffic !== undefined) {
                    let data8 = data7.traffic;
                    const _errs20 = errors;
                    const vSchema0 = schema0.properties.workload.properties.traffic.enum;
                    if (!(((data8 === "steady") || (data8 === "spiky")) || (data8 === "unpredictable"))) {
                        const err13 = { instancePath: instancePath + "/workload/traffic", schemaPath: "#/properties/workload/properties/traffic/enum", keyword: "enum", params: { allowedValues: schema0.properties.workload.properties.traffic.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.workload.properties.traffic.enum, parentSchema: schema0.properties.workload.properties.traffic, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    var valid6 = _errs20 === errors;
                }
                if (data7.shortLived !== undefined) {
                    let data9 = data7.shortLived;
                    const _errs21 = errors;
                    if (typeof data9 !== "boolean") {
                        const err14 = { instancePath: instancePath + "/workload/shortLived", schemaPath: "#/properties/workload/properties/shortLived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.workload.properties.shortLived.type, parentSchema: schema0.properties.workload.properties.shortLived, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    const _errs22 = errors;
                    var valid6 = _errs21 === errors;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.workload.type, parentSchema: schema0.properties.workload, data: data7 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            var valid0 = _errs17 === errors;
        }
        if (data.reassessment !== undefined) {
            let data10 = data.reassessment;
            const _errs23 = errors;
            const _errs24 = errors;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                const _errs25 = errors;
                for (const key3 in data10) {
                    if (!((key3 === "lastReviewed") || (key3 === "intervalMonths"))) {
                        const err16 = { instancePath: instancePath + "/reassessment", schemaPath: "#/properties/reassessment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.reassessment, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (data10.lastReviewed !== undefined) {
                    let data11 = data10.lastReviewed;
                    const _errs26 = errors;
                    const _errs27 = errors;
                    if (typeof data11 === "string") {
                        if (!pattern0.test(data11)) {
                            const err17 = { instancePath: instancePath + "/reassessment/lastReviewed", schemaPath: "#/properties/reassessment/properties/lastReviewed/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema0.properties.reassessment.properties.lastReviewed, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/reassessment/lastReviewed", schemaPath: "#/properties/reassessment/properties/lastReviewed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.reassessment.properties.lastReviewed.type, parentSchema: schema0.properties.reassessment.properties.lastReviewed, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    var valid7 = _errs26 === errors;
                }
                if (data10.intervalMonths !== undefined) {
                    let data12 = data10.intervalMonths;
                    const _errs28 = errors;
                    if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                        const err19 = { instancePath: instancePath + "/reassessment/intervalMonths", schemaPath: "#/properties/reassessment/properties/intervalMonths/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.reassessment.properties.intervalMonths.type, parentSchema: schema0.properties.reassessment.properties.intervalMonths, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    const _errs29 = errors;
                    if ((typeof data12 == "number") && (isFinite(data12))) {
                        if (data12 < 1 || isNaN(data12)) {
                            const err20 = { instancePath: instancePath + "/reassessment/intervalMonths", schemaPath: "#/properties/reassessment/properties/intervalMonths/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.reassessment.properties.intervalMonths, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    var valid7 = _errs28 === errors;
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/reassessment", schemaPath: "#/properties/reassessment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.reassessment.type, parentSchema: schema0.properties.reassessment, data: data10 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            var valid0 = _errs23 === errors;
        }
        if (data.policies !== undefined) {
            let data13 = data.policies;
            const _errs30 = errors;
            const _errs31 = errors;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                const _errs32 = errors;
                for (const key4 in data13) {
                    let data14 = data13[key4];
                    const _errs33 = errors;
                    const _errs34 = errors;
                    let valid9 = true;
                    const _errs35 = errors;
                    if (typeof data14 !== "string") {
                        const err22 = {};
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    const _errs36 = errors;
                    if (errors === _errs35) { }
                    var _valid0 = _errs35 === errors;
                    errors = _errs34;
                    if (vErrors !== null) {
                        if (_errs34) {
                            vErrors.length = _errs34;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause0;
                    if (_valid0) {
                        const _errs37 = errors;
                        if ("off" !== data14) {
                            const err23 = { instancePath: instancePath + "/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/then/const", keyword: "const", params: { allowedValue: "off" }, message: "must be equal to constant", schema: "off", parentSchema: schema0.properties.policies.additionalProperties.then, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        var _valid0 = _errs37 === errors;
                        valid9 = _valid0;
                        ifClause0 = "then";
                    }
                    else {
                        const _errs38 = errors;
                        const _errs39 = errors;
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            const _errs40 = errors;
                            for (const key5 in data14) {
                                if (!((key5 === "severity") || (key5 === "params"))) {
                                    const err24 = { instancePath: instancePath + "/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.policies.additionalProperties.else, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                            if (data14.severity !== undefined) {
                                let data15 = data14.severity;
                                const _errs41 = errors;
                                const vSchema1 = schema0.properties.policies.additionalProperties.else.properties.severity.enum;
                                if (!(((data15 === "error") || (data15 === "warning")) || (data15 === "notice"))) {
                                    const err25 = { instancePath: instancePath + "/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/policies/additionalProperties/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema0.properties.policies.additionalProperties.else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.policies.additionalProperties.else.properties.severity.enum, parentSchema: schema0.properties.policies.additionalProperties.else.properties.severity, data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                                var valid10 = _errs41 === errors;
                            }
                            if (data14.params !== undefined) {
                                let data16 = data14.params;
                                const _errs42 = errors;
                                if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                                    const err26 = { instancePath: instancePath + "/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/params", schemaPath: "#/properties/policies/additionalProperties/else/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policies.additionalProperties.else.properties.params.type, parentSchema: schema0.properties.policies.additionalProperties.else.properties.params, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                                const _errs43 = errors;
                                var valid10 = _errs42 === errors;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policies.additionalProperties.else.type, parentSchema: schema0.properties.policies.additionalProperties.else, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        var _valid0 = _errs38 === errors;
                        valid9 = _valid0;
                        ifClause0 = "else";
                    }
                    if (!valid9) {
                        const err28 = { instancePath: instancePath + "/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema0.properties.policies.additionalProperties.if, parentSchema: schema0.properties.policies.additionalProperties, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    var valid8 = _errs33 === errors;
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.policies.type, parentSchema: schema0.properties.policies, data: data13 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            var valid0 = _errs30 === errors;
        }
        if (data.policyPaths !== undefined) {
            let data17 = data.policyPaths;
            const _errs44 = errors;
            const _errs45 = errors;
            if (Array.isArray(data17)) {
                let valid12 = true;
                const len2 = data17.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data18 = data17[i2];
                    const _errs46 = errors;
                    const _errs47 = errors;
                    if (typeof data18 === "string") {
                        if (func1(data18) < 1) {
                            const err30 = { instancePath: instancePath + "/policyPaths/" + i2, schemaPath: "#/properties/policyPaths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.policyPaths.items, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err31 = { instancePath: instancePath + "/policyPaths/" + i2, schemaPath: "#/properties/policyPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.policyPaths.items.type, parentSchema: schema0.properties.policyPaths.items, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    var valid11 = _errs46 === errors;
                    if (!valid11) {
                        valid12 = false;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/policyPaths", schemaPath: "#/properties/policyPaths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.policyPaths.type, parentSchema: schema0.properties.policyPaths, data: data17 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            var valid0 = _errs44 === errors;
        }
        if (data.waivers !== undefined) {
            let data19 = data.waivers;
            const _errs48 = errors;
            const _errs49 = errors;
            if (Array.isArray(data19)) {
                let valid14 = true;
                const len3 = data19.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data20 = data19[i3];
                    const _errs50 = errors;
                    const _errs51 = errors;
                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        if (data20.policy === undefined) {
                            const err33 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property '" + "policy" + "'", schema: schema0.properties.waivers.items.required, parentSchema: schema0.properties.waivers.items, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        if (data20.path === undefined) {
                            const err34 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema0.properties.waivers.items.required, parentSchema: schema0.properties.waivers.items, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                        if (data20.reason === undefined) {
                            const err35 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema0.properties.waivers.items.required, parentSchema: schema0.properties.waivers.items, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                        if (data20.expires === undefined) {
                            const err36 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema0.properties.waivers.items.required, parentSchema: schema0.properties.waivers.items, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        const _errs52 = errors;
                        for (const key6 in data20) {
                            if (!(((((key6 === "policy") || (key6 === "path")) || (key6 === "subject")) || (key6 === "reason")) || (key6 === "expires"))) {
                                const err37 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.waivers.items, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        if (data20.policy !== undefined) {
                            let data21 = data20.policy;
                            const _errs53 = errors;
                            const _errs54 = errors;
                            if (typeof data21 === "string") {
                                if (func1(data21) < 1) {
                                    const err38 = { instancePath: instancePath + "/waivers/" + i3 + "/policy", schemaPath: "#/properties/waivers/items/properties/policy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.waivers.items.properties.policy, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err39 = { instancePath: instancePath + "/waivers/" + i3 + "/policy", schemaPath: "#/properties/waivers/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.policy.type, parentSchema: schema0.properties.waivers.items.properties.policy, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            var valid15 = _errs53 === errors;
                        }
                        if (data20.path !== undefined) {
                            let data22 = data20.path;
                            const _errs55 = errors;
                            const _errs56 = errors;
                            if (typeof data22 === "string") {
                                if (func1(data22) < 1) {
                                    const err40 = { instancePath: instancePath + "/waivers/" + i3 + "/path", schemaPath: "#/properties/waivers/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.waivers.items.properties.path, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err41 = { instancePath: instancePath + "/waivers/" + i3 + "/path", schemaPath: "#/properties/waivers/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.path.type, parentSchema: schema0.properties.waivers.items.properties.path, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                            var valid15 = _errs55 === errors;
                        }
                        if (data20.subject !== undefined) {
                            let data23 = data20.subject;
                            const _errs57 = errors;
                            const _errs58 = errors;
                            if (typeof data23 === "string") {
                                if (func1(data23) < 1) {
                                    const err42 = { instancePath: instancePath + "/waivers/" + i3 + "/subject", schemaPath: "#/properties/waivers/items/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.waivers.items.properties.subject, data: data23 };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err43 = { instancePath: instancePath + "/waivers/" + i3 + "/subject", schemaPath: "#/properties/waivers/items/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.subject.type, parentSchema: schema0.properties.waivers.items.properties.subject, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                            var valid15 = _errs57 === errors;
                        }
                        if (data20.reason !== undefined) {
                            let data24 = data20.reason;
                            const _errs59 = errors;
                            const _errs60 = errors;
                            if (typeof data24 === "string") {
                                if (!pattern1.test(data24)) {
                                    const err44 = { instancePath: instancePath + "/waivers/" + i3 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema0.properties.waivers.items.properties.reason, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err44];
                                    }
                                    else {
                                        vErrors.push(err44);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err45 = { instancePath: instancePath + "/waivers/" + i3 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.reason.type, parentSchema: schema0.properties.waivers.items.properties.reason, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            var valid15 = _errs59 === errors;
                        }
                        if (data20.expires !== undefined) {
                            let data25 = data20.expires;
                            const _errs61 = errors;
                            const _errs62 = errors;
                            if (typeof data25 === "string") {
                                if (!pattern0.test(data25)) {
                                    const err46 = { instancePath: instancePath + "/waivers/" + i3 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema0.properties.waivers.items.properties.expires, data: data25 };
                                    if (vErrors === null) {
                                        vErrors = [err46];
                                    }
                                    else {
                                        vErrors.push(err46);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err47 = { instancePath: instancePath + "/waivers/" + i3 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.expires.type, parentSchema: schema0.properties.waivers.items.properties.expires, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                            var valid15 = _errs61 === errors;
                        }
                    }
                    else {
                        const err48 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.waivers.items.type, parentSchema: schema0.properties.waivers.items, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                    var valid13 = _errs50 === errors;
                    if (!valid13) {
                        valid14 = false;
                    }
                }
            }
            else {
                const err49 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.waivers.type, parentSchema: schema0.properties.waivers, data: data19 };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
            var valid0 = _errs48 === errors;
        }
        if (data.failOn !== undefined) {
            let data26 = data.failOn;
            const _errs63 = errors;
            const vSchema2 = schema0.properties.failOn.enum;
            if (!((((data26 === "error") || (data26 === "warning")) || (data26 === "notice")) || (data26 === "never"))) {
                const err50 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema0.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.failOn.enum, parentSchema: schema0.properties.failOn, data: data26 };
                if (vErrors === null) {
                    vErrors = [err50];
                }
                else {
                    vErrors.push(err50);
                }
                errors++;
            }
            var valid0 = _errs63 === errors;
        }
        if (data.allowInlineIgnores !== undefined) {
            let data27 = data.allowInlineIgnores;
            const _errs64 = errors;
            if (typeof data27 !== "boolean") {
                const err51 = { instancePath: instancePath + "/allowInlineIgnores", schemaPath: "#/properties/allowInlineIgnores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.allowInlineIgnores.type, parentSchema: schema0.properties.allowInlineIgnores, data: data27 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
            const _errs65 = errors;
            var valid0 = _errs64 === errors;
        }
        if (data.unwaivable !== undefined) {
            let data28 = data.unwaivable;
            const _errs66 = errors;
            const _errs67 = errors;
            if (Array.isArray(data28)) {
                let valid17 = true;
                const len4 = data28.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data29 = data28[i4];
                    const _errs68 = errors;
                    const _errs69 = errors;
                    if (typeof data29 === "string") {
                        if (func1(data29) < 1) {
                            const err52 = { instancePath: instancePath + "/unwaivable/" + i4, schemaPath: "#/properties/unwaivable/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.unwaivable.items, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err53 = { instancePath: instancePath + "/unwaivable/" + i4, schemaPath: "#/properties/unwaivable/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.unwaivable.items.type, parentSchema: schema0.properties.unwaivable.items, data: data29 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                    var valid16 = _errs68 === errors;
                    if (!valid16) {
                        valid17 = false;
                    }
                }
            }
            else {
                const err54 = { instancePath: instancePath + "/unwaivable", schemaPath: "#/properties/unwaivable/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.unwaivable.type, parentSchema: schema0.properties.unwaivable, data: data28 };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
            var valid0 = _errs66 === errors;
        }
    }
    else {
        const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
        if (vErrors === null) {
            vErrors = [err55];
        }
        else {
            vErrors.push(err55);
        }
        errors++;
    } validate0.errors = vErrors; return errors === 0; }
    return validate0;
})();
// schemas/policy.schema.json
const validatePolicyFileUntyped = (() => {
    const schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://archlint.dev/schemas/policy.schema.json", "title": "archlint policy", "description": "One archlint policy: which entities it judges (subject, when), what must hold (assert), and what to say.", "type": "object", "additionalProperties": false, "required": ["id", "title", "severity", "subject", "assert", "message"], "properties": { "id": { "description": "Unique kebab-case id; users name it in suppressions and configs.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 1 }, "description": { "description": "A longer explanation (SARIF fullDescription).", "type": "string" }, "severity": { "enum": ["error", "warning", "notice"] }, "subject": { "enum": ["function", "workload", "autoscaler", "service", "gateway", "queue", "network-policy", "repository"] }, "each": { "description": "An array field of the subject: when/assert apply to each item, and each failing item is one finding.", "type": "string", "minLength": 1 }, "when": { "description": "JSON Schema: the subjects (or items) the policy applies to.", "type": "object" }, "assert": { "description": "JSON Schema that must hold; a subject that fails it is a finding.", "type": "object" }, "params": { "description": "Default parameters; `{ $param: name }` anywhere in when/assert/escalate is replaced by the value.", "type": "object" }, "escalate": { "description": "Severities for subjects matching a schema; the first match wins over `severity`.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["severity", "when"], "properties": { "severity": { "enum": ["error", "warning", "notice"] }, "when": { "type": "object" } } } }, "at": { "description": "The field whose source location the finding points at; the subject's own location otherwise.", "type": "string" }, "message": { "description": "Template: {{field}}, {{nested.field}}, {{params.name}}, {{params[field]}} (a param keyed by a field's value), {{a ?? b}} (the first one set).", "type": "string", "minLength": 1 }, "remediation": { "type": "string" }, "guide": { "description": "The section of the guide the policy comes from.", "type": "string" } } };
    const func0 = Object.prototype.hasOwnProperty;
    const func1 = (function ucs2length(str) {
        const len = str.length;
        let length = 0;
        let pos = 0;
        let value;
        while (pos < len) {
            length++;
            value = str.charCodeAt(pos++);
            if (value >= 0xd800 && value <= 0xdbff && pos < len) {
                // high surrogate, and there is a next character
                value = str.charCodeAt(pos);
                if ((value & 0xfc00) === 0xdc00)
                    pos++; // low surrogate
            }
        }
        return length;
    });
    const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
    function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://archlint.dev/schemas/policy.schema.json" */ ; let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.title === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.severity === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.subject === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property '" + "subject" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.assert === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property '" + "assert" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.message === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(func0.call(schema0.properties, key0))) {
                const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            const _errs2 = errors;
            const _errs3 = errors;
            if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                    const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema0.properties.id, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.id.type, parentSchema: schema0.properties.id, data: data0 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            var valid0 = _errs2 === errors;
        }
        if (data.title !== undefined) {
            let data1 = data.title;
            const _errs4 = errors;
            const _errs5 = errors;
            if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                    const err9 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.title, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.title.type, parentSchema: schema0.properties.title, data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            var valid0 = _errs4 === errors;
        }
        if (data.description !== undefined) {
            let data2 = data.description;
            const _errs6 = errors;
            if (typeof data2 !== "string") {
                const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.description.type, parentSchema: schema0.properties.description, data: data2 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            const _errs7 = errors;
            var valid0 = _errs6 === errors;
        }
        if (data.severity !== undefined) {
            let data3 = data.severity;
            const _errs8 = errors;
            const vSchema0 = schema0.properties.severity.enum;
            if (!(((data3 === "error") || (data3 === "warning")) || (data3 === "notice"))) {
                const err12 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema0.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.severity.enum, parentSchema: schema0.properties.severity, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            var valid0 = _errs8 === errors;
        }
        if (data.subject !== undefined) {
            let data4 = data.subject;
            const _errs9 = errors;
            const vSchema1 = schema0.properties.subject.enum;
            if (!((((((((data4 === "function") || (data4 === "workload")) || (data4 === "autoscaler")) || (data4 === "service")) || (data4 === "gateway")) || (data4 === "queue")) || (data4 === "network-policy")) || (data4 === "repository"))) {
                const err13 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/enum", keyword: "enum", params: { allowedValues: schema0.properties.subject.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.subject.enum, parentSchema: schema0.properties.subject, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var valid0 = _errs9 === errors;
        }
        if (data.each !== undefined) {
            let data5 = data.each;
            const _errs10 = errors;
            const _errs11 = errors;
            if (typeof data5 === "string") {
                if (func1(data5) < 1) {
                    const err14 = { instancePath: instancePath + "/each", schemaPath: "#/properties/each/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.each, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/each", schemaPath: "#/properties/each/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.each.type, parentSchema: schema0.properties.each, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            var valid0 = _errs10 === errors;
        }
        if (data.when !== undefined) {
            let data6 = data.when;
            const _errs12 = errors;
            if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                const err16 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.when.type, parentSchema: schema0.properties.when, data: data6 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            const _errs13 = errors;
            var valid0 = _errs12 === errors;
        }
        if (data.assert !== undefined) {
            let data7 = data.assert;
            const _errs14 = errors;
            if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err17 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.assert.type, parentSchema: schema0.properties.assert, data: data7 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            const _errs15 = errors;
            var valid0 = _errs14 === errors;
        }
        if (data.params !== undefined) {
            let data8 = data.params;
            const _errs16 = errors;
            if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                const err18 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.params.type, parentSchema: schema0.properties.params, data: data8 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            const _errs17 = errors;
            var valid0 = _errs16 === errors;
        }
        if (data.escalate !== undefined) {
            let data9 = data.escalate;
            const _errs18 = errors;
            const _errs19 = errors;
            if (Array.isArray(data9)) {
                let valid2 = true;
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data10 = data9[i0];
                    const _errs20 = errors;
                    const _errs21 = errors;
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        if (data10.severity === undefined) {
                            const err19 = { instancePath: instancePath + "/escalate/" + i0, schemaPath: "#/properties/escalate/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema0.properties.escalate.items.required, parentSchema: schema0.properties.escalate.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (data10.when === undefined) {
                            const err20 = { instancePath: instancePath + "/escalate/" + i0, schemaPath: "#/properties/escalate/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property '" + "when" + "'", schema: schema0.properties.escalate.items.required, parentSchema: schema0.properties.escalate.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        const _errs22 = errors;
                        for (const key1 in data10) {
                            if (!((key1 === "severity") || (key1 === "when"))) {
                                const err21 = { instancePath: instancePath + "/escalate/" + i0, schemaPath: "#/properties/escalate/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.escalate.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        if (data10.severity !== undefined) {
                            let data11 = data10.severity;
                            const _errs23 = errors;
                            const vSchema2 = schema0.properties.escalate.items.properties.severity.enum;
                            if (!(((data11 === "error") || (data11 === "warning")) || (data11 === "notice"))) {
                                const err22 = { instancePath: instancePath + "/escalate/" + i0 + "/severity", schemaPath: "#/properties/escalate/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema0.properties.escalate.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.escalate.items.properties.severity.enum, parentSchema: schema0.properties.escalate.items.properties.severity, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                            var valid3 = _errs23 === errors;
                        }
                        if (data10.when !== undefined) {
                            let data12 = data10.when;
                            const _errs24 = errors;
                            if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
                                const err23 = { instancePath: instancePath + "/escalate/" + i0 + "/when", schemaPath: "#/properties/escalate/items/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.escalate.items.properties.when.type, parentSchema: schema0.properties.escalate.items.properties.when, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            const _errs25 = errors;
                            var valid3 = _errs24 === errors;
                        }
                    }
                    else {
                        const err24 = { instancePath: instancePath + "/escalate/" + i0, schemaPath: "#/properties/escalate/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.escalate.items.type, parentSchema: schema0.properties.escalate.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                    var valid1 = _errs20 === errors;
                    if (!valid1) {
                        valid2 = false;
                    }
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/escalate", schemaPath: "#/properties/escalate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.escalate.type, parentSchema: schema0.properties.escalate, data: data9 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            var valid0 = _errs18 === errors;
        }
        if (data.at !== undefined) {
            let data13 = data.at;
            const _errs26 = errors;
            if (typeof data13 !== "string") {
                const err26 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.at.type, parentSchema: schema0.properties.at, data: data13 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            const _errs27 = errors;
            var valid0 = _errs26 === errors;
        }
        if (data.message !== undefined) {
            let data14 = data.message;
            const _errs28 = errors;
            const _errs29 = errors;
            if (typeof data14 === "string") {
                if (func1(data14) < 1) {
                    const err27 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.message, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            else {
                const err28 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.message.type, parentSchema: schema0.properties.message, data: data14 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            var valid0 = _errs28 === errors;
        }
        if (data.remediation !== undefined) {
            let data15 = data.remediation;
            const _errs30 = errors;
            if (typeof data15 !== "string") {
                const err29 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.remediation.type, parentSchema: schema0.properties.remediation, data: data15 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            const _errs31 = errors;
            var valid0 = _errs30 === errors;
        }
        if (data.guide !== undefined) {
            let data16 = data.guide;
            const _errs32 = errors;
            if (typeof data16 !== "string") {
                const err30 = { instancePath: instancePath + "/guide", schemaPath: "#/properties/guide/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.guide.type, parentSchema: schema0.properties.guide, data: data16 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            const _errs33 = errors;
            var valid0 = _errs32 === errors;
        }
    }
    else {
        const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
        if (vErrors === null) {
            vErrors = [err31];
        }
        else {
            vErrors.push(err31);
        }
        errors++;
    } validate0.errors = vErrors; return errors === 0; }
    return validate0;
})();
const validateConfig = validateConfigUntyped;
const validatePolicyFile = validatePolicyFileUntyped;

;// CONCATENATED MODULE: ./src/config/load-config.ts






const CONFIG_NAMES = [".archlint.yml", ".archlint.yaml"];
/** The config named explicitly, else `.archlint.yml` / `.archlint.yaml` at the root, else the defaults. */
function loadConfig(fs, root, explicit) {
    const path = explicit ?? CONFIG_NAMES.map((name) => `${root}/${name}`).find((p) => fs.stat(p)?.type === "file");
    if (!path)
        return { config: {} };
    const inside = (0,external_node_path_.relative)(root, path);
    const file = inside && !inside.startsWith("..") ? inside.split("\\").join("/") : path;
    const fail = (message, line = 1, column = 1) => {
        throw new ConfigurationErrors([{ file, line, column, message }]);
    };
    let text = "";
    try {
        text = Buffer.from(fs.readFile(path)).toString("utf8");
    }
    catch (error) {
        fail(`cannot read the config: ${error.message}`);
    }
    const parsed = parseFile(file, text, "yaml");
    if (parsed.error)
        fail(parsed.error.message, parsed.error.line, parsed.error.column);
    if (parsed.documents.length > 1)
        fail("the config holds one YAML document, not several");
    const locate = (p) => parsed.locator.locate(0, p);
    const document = datesAsWritten(parsed.documents[0] ?? {}, [], (p) => writtenDate(parsed.text, locate(p)));
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
        fail("the config must be a YAML mapping of settings (include, policies, waivers, \u2026)");
    }
    // Every problem at once: the schema's, then the days and globs it cannot judge, so one fix round is enough.
    const errors = validateConfig(document)
        ? []
        : describeSchemaErrors(validateConfig.errors ?? [], file, locate, "the config");
    const config = document;
    errors.push(...dateErrors(config, file, locate), ...globErrors(config, file, locate));
    if (errors.length)
        throw new ConfigurationErrors(errors, { config, source: { file, locate } });
    return { config, source: { file, locate } };
}
/**
 * YAML reads an unquoted `2026-06-30` as a timestamp, and rolls `2026-02-30` over to March 2nd: the config wants
 * the date as written, so an impossible day is refused instead of silently moved.
 */
function datesAsWritten(value, path, written) {
    if (value instanceof Date) {
        const text = written(path);
        if (text)
            return text;
        const iso = Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
        return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
    }
    if (Array.isArray(value))
        return value.map((item, i) => datesAsWritten(item, [...path, String(i)], written));
    if (typeof value !== "object" || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesAsWritten(item, [...path, key], written)]));
}
/** The date as written in the text a value's range covers (its key included, which holds no date). */
function writtenDate(text, at) {
    const line = text.split("\n", at.line)[at.line - 1];
    return line?.slice(at.column - 1, at.endColumn).match(/\d{4}-\d{1,2}-\d{1,2}(?![\d:T])/)?.[0];
}
/** The schema checks the shape of a date; this checks that the day exists (no 2026-02-30, no month 13). */
function dateErrors(config, file, locate) {
    const waivers = Array.isArray(config.waivers) ? config.waivers : [];
    const dates = [
        [["reassessment", "lastReviewed"], config.reassessment?.lastReviewed],
        ...waivers.map((w, i) => [["waivers", String(i), "expires"], w?.expires]),
    ];
    return dates
        .filter(([, date]) => typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isRealDate(date))
        .map(([path, date]) => ({
        file,
        ...locate(path),
        message: `${path.join(".")}: ${date} is not a day of the calendar`,
    }));
}
function isRealDate(date) {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
/**
 * Globs arrive with the pull request: each one (include, exclude, a waiver's path) is compiled to the linear-time
 * matcher here, and a pattern it refuses is reported at its line.
 */
function globErrors(config, file, locate) {
    const listed = (field) => Array.isArray(config[field]) ? (config[field] ?? []).map((glob, i) => [[field, String(i)], glob]) : [];
    const waivers = Array.isArray(config.waivers) ? config.waivers : [];
    const globs = [
        ...listed("include"),
        ...listed("exclude"),
        ...waivers.map((w, i) => [["waivers", String(i), "path"], w?.path]),
    ];
    return globs.flatMap(([path, glob]) => {
        if (typeof glob !== "string")
            return [];
        try {
            compileGlob(glob);
            return [];
        }
        catch (error) {
            if (!(error instanceof UnsafeGlobError))
                throw error;
            return [{ file, ...locate(path), message: error.message }];
        }
    });
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/evaluate/linear-regexp.ts

/**
 * `pattern` and `patternProperties` in policies (a team's own included) run on RE2, in linear time: no pattern
 * can hang a scan. Lookarounds and backreferences, which RE2 lacks, fail when the policy loads, at its line.
 * ajv passes its own flags (`u`), which RE2JS does not take: the pattern alone is compiled. `code` names it in
 * the validators generated at build time, which import it from here.
 */
const linearRegExp = Object.assign((pattern) => build/* RE2JS */.L3.compile(pattern), { code: "linearRegExp" });

;// CONCATENATED MODULE: ./src/evaluate/builtin-validators.generated.ts

const precompiled0 = validate0;
const schema0 = { "required": ["hasDeployables"], "properties": { "hasDeployables": { "const": true } } };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasDeployables === undefined) && (missing0 = "hasDeployables")) {
        validate0.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasDeployables !== undefined) {
            let data0 = data.hasDeployables;
            const _errs0 = errors;
            if (true !== data0) {
                validate0.errors = [{ instancePath: instancePath + "/hasDeployables", schemaPath: "#/properties/hasDeployables/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate0.errors = vErrors; return errors === 0; }
const precompiled1 = validate1;
const schema1 = { "not": { "required": ["fitMismatch"] } };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.fitMismatch === undefined) && (missing0 = "fitMismatch")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else { }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate1.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate1.errors = vErrors; return errors === 0; }
const precompiled2 = validate2;
const schema2 = { "required": ["hasDeployables", "reassessmentMonths"], "properties": { "hasDeployables": { "const": true } } };
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.hasDeployables === undefined) && (missing0 = "hasDeployables")) || ((data.reassessmentMonths === undefined) && (missing0 = "reassessmentMonths"))) {
        validate2.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasDeployables !== undefined) {
            let data0 = data.hasDeployables;
            const _errs0 = errors;
            if (true !== data0) {
                validate2.errors = [{ instancePath: instancePath + "/hasDeployables", schemaPath: "#/properties/hasDeployables/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate2.errors = vErrors; return errors === 0; }
const precompiled3 = validate3;
const schema3 = { "properties": { "reassessmentMonths": { "maximum": 12 } } };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reassessmentMonths !== undefined) {
        let data0 = data.reassessmentMonths;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 > 12 || isNaN(data0)) {
                validate3.errors = [{ instancePath: instancePath + "/reassessmentMonths", schemaPath: "#/properties/reassessmentMonths/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate3.errors = vErrors; return errors === 0; }
const precompiled4 = validate4;
const schema4 = { "required": ["hasLogs"], "properties": { "hasLogs": { "const": true } } };
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasLogs === undefined) && (missing0 = "hasLogs")) {
        validate4.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasLogs !== undefined) {
            let data0 = data.hasLogs;
            const _errs0 = errors;
            if (true !== data0) {
                validate4.errors = [{ instancePath: instancePath + "/hasLogs", schemaPath: "#/properties/hasLogs/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate4.errors = vErrors; return errors === 0; }
const precompiled5 = validate5;
const schema5 = { "anyOf": [{ "properties": { "ownedServiceCount": { "minimum": 5 } } }, { "properties": { "functionCount": { "minimum": 20 } } }] };
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ownedServiceCount !== undefined) {
        let data0 = data.ownedServiceCount;
        const _errs2 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 < 5 || isNaN(data0)) {
                const err0 = { instancePath: instancePath + "/ownedServiceCount", schemaPath: "#/anyOf/0/properties/ownedServiceCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            else { }
        }
        if (errors === _errs2) { }
        var valid1 = _errs2 === errors;
    }
    else {
        var valid1 = true;
    }
    if (valid1) { }
} if (errors === _errs1) { } var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.functionCount !== undefined) {
            let data1 = data.functionCount;
            const _errs4 = errors;
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 20 || isNaN(data1)) {
                    const err1 = { instancePath: instancePath + "/functionCount", schemaPath: "#/anyOf/1/properties/functionCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 20 }, message: "must be >= 20" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                else { }
            }
            if (errors === _errs4) { }
            var valid2 = _errs4 === errors;
        }
        else {
            var valid2 = true;
        }
        if (valid2) { }
    }
    if (errors === _errs3) { }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) { }
} if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
    validate5.errors = vErrors;
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate5.errors = vErrors; return errors === 0; }
const precompiled6 = validate6;
const schema6 = { "required": ["hasKubernetes"], "properties": { "hasKubernetes": { "const": true } } };
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasKubernetes === undefined) && (missing0 = "hasKubernetes")) {
        validate6.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasKubernetes !== undefined) {
            let data0 = data.hasKubernetes;
            const _errs0 = errors;
            if (true !== data0) {
                validate6.errors = [{ instancePath: instancePath + "/hasKubernetes", schemaPath: "#/properties/hasKubernetes/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate6.errors = vErrors; return errors === 0; }
const precompiled7 = validate7;
const schema7 = { "required": ["clusterInCode"], "properties": { "clusterInCode": { "const": true } } };
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.clusterInCode === undefined) && (missing0 = "clusterInCode")) {
        validate7.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.clusterInCode !== undefined) {
            let data0 = data.clusterInCode;
            const _errs0 = errors;
            if (true !== data0) {
                validate7.errors = [{ instancePath: instancePath + "/clusterInCode", schemaPath: "#/properties/clusterInCode/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate7.errors = vErrors; return errors === 0; }
const precompiled8 = validate8;
const schema8 = { "required": ["triggers"], "properties": { "triggers": { "contains": { "required": ["kind"], "properties": { "kind": { "enum": ["http-rest", "http-api", "http-other"] } } } } }, "not": { "required": ["deployTime"], "properties": { "deployTime": { "const": true } } } };
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.deployTime === undefined) && (missing0 = "deployTime")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.deployTime !== undefined) {
            let data0 = data.deployTime;
            const _errs2 = errors;
            if (true !== data0) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate8.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.triggers === undefined) && (missing1 = "triggers")) {
            validate8.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
        else {
            if (data.triggers !== undefined) {
                let data1 = data.triggers;
                const _errs3 = errors;
                if (Array.isArray(data1)) {
                    const _errs4 = errors;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs5 = errors;
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing2;
                            if ((data2.kind === undefined) && (missing2 = "kind")) {
                                const err2 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/properties/triggers/contains/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                            }
                            else {
                                if (data2.kind !== undefined) {
                                    let data3 = data2.kind;
                                    const _errs6 = errors;
                                    const vSchema0 = schema8.properties.triggers.contains.properties.kind.enum;
                                    if (!(((data3 === "http-rest") || (data3 === "http-api")) || (data3 === "http-other"))) {
                                        const err3 = { instancePath: instancePath + "/triggers/" + i0 + "/kind", schemaPath: "#/properties/triggers/contains/properties/kind/enum", keyword: "enum", params: { allowedValues: schema8.properties.triggers.contains.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                                        if (vErrors === null) {
                                            vErrors = [err3];
                                        }
                                        else {
                                            vErrors.push(err3);
                                        }
                                        errors++;
                                    }
                                    else { }
                                    if (errors === _errs6) { }
                                    var valid4 = _errs6 === errors;
                                }
                                else {
                                    var valid4 = true;
                                }
                                if (valid4) { }
                            }
                        }
                        if (errors === _errs5) { }
                        var valid3 = _errs5 === errors;
                        if (valid3) {
                            break;
                        }
                    }
                    if (!valid3) {
                        validate8.errors = [{ instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/contains", keyword: "contains", params: { minContains: 1 }, message: "must contain at least 1 valid item(s)" }];
                        return false;
                    }
                    else {
                        errors = _errs4;
                        if (vErrors !== null) {
                            if (_errs4) {
                                vErrors.length = _errs4;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (errors === _errs3) { }
                var valid2 = _errs3 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) { }
        }
    }
    if (errors === 0) { }
} validate8.errors = vErrors; return errors === 0; }
const precompiled9 = validate9;
const schema9 = { "anyOf": [{ "required": ["provisionedConcurrency"], "properties": { "provisionedConcurrency": { "exclusiveMinimum": 0 } } }, { "required": ["snapStart"], "properties": { "snapStart": { "const": true } } }, { "required": ["minScale"], "properties": { "minScale": { "minimum": 1 } } }, { "required": ["plan"], "properties": { "plan": { "enum": ["premium", "dedicated"] } } }] };
function validate9(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.provisionedConcurrency === undefined) && (missing0 = "provisionedConcurrency")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.provisionedConcurrency !== undefined) {
            let data0 = data.provisionedConcurrency;
            const _errs2 = errors;
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 <= 0 || isNaN(data0)) {
                    const err1 = { instancePath: instancePath + "/provisionedConcurrency", schemaPath: "#/anyOf/0/properties/provisionedConcurrency/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                else { }
            }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.snapStart === undefined) && (missing1 = "snapStart")) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        else {
            if (data.snapStart !== undefined) {
                let data1 = data.snapStart;
                const _errs4 = errors;
                if (true !== data1) {
                    const err3 = { instancePath: instancePath + "/snapStart", schemaPath: "#/anyOf/1/properties/snapStart/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                else { }
                if (errors === _errs4) { }
                var valid2 = _errs4 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) { }
        }
    }
    if (errors === _errs3) { }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing2;
            if ((data.minScale === undefined) && (missing2 = "minScale")) {
                const err4 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            else {
                if (data.minScale !== undefined) {
                    let data2 = data.minScale;
                    const _errs6 = errors;
                    if ((typeof data2 == "number") && (isFinite(data2))) {
                        if (data2 < 1 || isNaN(data2)) {
                            const err5 = { instancePath: instancePath + "/minScale", schemaPath: "#/anyOf/2/properties/minScale/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        else { }
                    }
                    if (errors === _errs6) { }
                    var valid3 = _errs6 === errors;
                }
                else {
                    var valid3 = true;
                }
                if (valid3) { }
            }
        }
        if (errors === _errs5) { }
        var _valid0 = _errs5 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs7 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing3;
                if ((data.plan === undefined) && (missing3 = "plan")) {
                    const err6 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                else {
                    if (data.plan !== undefined) {
                        let data3 = data.plan;
                        const _errs8 = errors;
                        const vSchema0 = schema9.anyOf[3].properties.plan.enum;
                        if (!((data3 === "premium") || (data3 === "dedicated"))) {
                            const err7 = { instancePath: instancePath + "/plan", schemaPath: "#/anyOf/3/properties/plan/enum", keyword: "enum", params: { allowedValues: schema9.anyOf[3].properties.plan.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        else { }
                        if (errors === _errs8) { }
                        var valid4 = _errs8 === errors;
                    }
                    else {
                        var valid4 = true;
                    }
                    if (valid4) { }
                }
            }
            if (errors === _errs7) { }
            var _valid0 = _errs7 === errors;
            valid0 = valid0 || _valid0;
            if (!valid0) { }
        }
    }
} if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
    validate9.errors = vErrors;
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate9.errors = vErrors; return errors === 0; }
const precompiled10 = validate10;
const schema10 = { "required": ["runtime"], "properties": { "runtime": { "pattern": "^(java|dotnet)" } } };
const func0 = linearRegExp;
const pattern0 = func0("^(java|dotnet)", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.runtime === undefined) && (missing0 = "runtime")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.runtime !== undefined) {
            let data0 = data.runtime;
            const _errs0 = errors;
            if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                    validate10.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/pattern", keyword: "pattern", params: { pattern: "^(java|dotnet)" }, message: "must match pattern \"" + "^(java|dotnet)" + "\"" }];
                    return false;
                }
                else { }
            }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate10.errors = vErrors; return errors === 0; }
const precompiled11 = validate11;
const schema11 = { "required": ["deploys"], "properties": { "deploys": { "const": true } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.deploys === undefined) && (missing0 = "deploys")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.deploys !== undefined) {
            let data0 = data.deploys;
            const _errs0 = errors;
            if (true !== data0) {
                validate11.errors = [{ instancePath: instancePath + "/deploys", schemaPath: "#/properties/deploys/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate11.errors = vErrors; return errors === 0; }
const precompiled12 = validate12;
const schema12 = { "required": ["autoscaledBy", "replicas"], "properties": { "platform": { "enum": ["kubernetes", "aws-ecs"] } }, "not": { "required": ["replicasIgnoredOnApply"], "properties": { "replicasIgnoredOnApply": { "const": true } } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.replicasIgnoredOnApply === undefined) && (missing0 = "replicasIgnoredOnApply")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.replicasIgnoredOnApply !== undefined) {
            let data0 = data.replicasIgnoredOnApply;
            const _errs2 = errors;
            if (true !== data0) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate12.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((data.autoscaledBy === undefined) && (missing1 = "autoscaledBy")) || ((data.replicas === undefined) && (missing1 = "replicas"))) {
            validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
        else {
            if (data.platform !== undefined) {
                let data1 = data.platform;
                const _errs3 = errors;
                const vSchema0 = schema12.properties.platform.enum;
                if (!((data1 === "kubernetes") || (data1 === "aws-ecs"))) {
                    validate12.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/enum", keyword: "enum", params: { allowedValues: schema12.properties.platform.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                }
                else { }
                if (errors === _errs3) { }
                var valid2 = _errs3 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) { }
        }
    }
    if (errors === 0) { }
} validate12.errors = vErrors; return errors === 0; }
const precompiled13 = validate13;
const schema13 = { "not": { "required": ["replicas"] } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.replicas === undefined) && (missing0 = "replicas")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else { }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate13.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate13.errors = vErrors; return errors === 0; }
const precompiled14 = validate14;
const schema14 = { "required": ["hasTraces"], "properties": { "hasTraces": { "const": true } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasTraces === undefined) && (missing0 = "hasTraces")) {
        validate14.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasTraces !== undefined) {
            let data0 = data.hasTraces;
            const _errs0 = errors;
            if (true !== data0) {
                validate14.errors = [{ instancePath: instancePath + "/hasTraces", schemaPath: "#/properties/hasTraces/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate14.errors = vErrors; return errors === 0; }
const precompiled15 = validate15;
const schema15 = { "required": ["platform", "triggers"], "properties": { "platform": { "const": "aws-lambda" }, "triggers": { "contains": { "required": ["kind"], "properties": { "kind": { "enum": ["queue", "pubsub", "storage", "event-bus"] } } } } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.platform === undefined) && (missing0 = "platform")) || ((data.triggers === undefined) && (missing0 = "triggers"))) {
        validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.platform !== undefined) {
            let data0 = data.platform;
            const _errs0 = errors;
            if ("aws-lambda" !== data0) {
                validate15.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/const", keyword: "const", params: { allowedValue: "aws-lambda" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) {
            if (data.triggers !== undefined) {
                let data1 = data.triggers;
                const _errs1 = errors;
                if (Array.isArray(data1)) {
                    const _errs2 = errors;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs3 = errors;
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if ((data2.kind === undefined) && (missing1 = "kind")) {
                                const err0 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/properties/triggers/contains/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                                if (vErrors === null) {
                                    vErrors = [err0];
                                }
                                else {
                                    vErrors.push(err0);
                                }
                                errors++;
                            }
                            else {
                                if (data2.kind !== undefined) {
                                    let data3 = data2.kind;
                                    const _errs4 = errors;
                                    const vSchema0 = schema15.properties.triggers.contains.properties.kind.enum;
                                    if (!((((data3 === "queue") || (data3 === "pubsub")) || (data3 === "storage")) || (data3 === "event-bus"))) {
                                        const err1 = { instancePath: instancePath + "/triggers/" + i0 + "/kind", schemaPath: "#/properties/triggers/contains/properties/kind/enum", keyword: "enum", params: { allowedValues: schema15.properties.triggers.contains.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                                        if (vErrors === null) {
                                            vErrors = [err1];
                                        }
                                        else {
                                            vErrors.push(err1);
                                        }
                                        errors++;
                                    }
                                    else { }
                                    if (errors === _errs4) { }
                                    var valid2 = _errs4 === errors;
                                }
                                else {
                                    var valid2 = true;
                                }
                                if (valid2) { }
                            }
                        }
                        if (errors === _errs3) { }
                        var valid1 = _errs3 === errors;
                        if (valid1) {
                            break;
                        }
                    }
                    if (!valid1) {
                        validate15.errors = [{ instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/contains", keyword: "contains", params: { minContains: 1 }, message: "must contain at least 1 valid item(s)" }];
                        return false;
                    }
                    else {
                        errors = _errs2;
                        if (vErrors !== null) {
                            if (_errs2) {
                                vErrors.length = _errs2;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (errors === _errs1) { }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) { }
        }
    }
} if (errors === 0) { } validate15.errors = vErrors; return errors === 0; }
const precompiled16 = validate16;
const schema16 = { "anyOf": [{ "required": ["reservedConcurrency"] }, { "properties": { "triggers": { "items": { "if": { "required": ["kind"], "properties": { "kind": { "enum": ["pubsub", "storage", "event-bus"] } } }, "then": false, "else": { "if": { "required": ["kind"], "properties": { "kind": { "const": "queue" } } }, "then": { "required": ["maximumConcurrency"] } } } } } }] };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.reservedConcurrency === undefined) && (missing0 = "reservedConcurrency")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else { }
} if (errors === _errs1) { } var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.triggers !== undefined) {
            let data0 = data.triggers;
            const _errs3 = errors;
            if (Array.isArray(data0)) {
                var valid2 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    const _errs4 = errors;
                    const _errs5 = errors;
                    let valid3 = true;
                    const _errs6 = errors;
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        let missing1;
                        if ((data1.kind === undefined) && (missing1 = "kind")) {
                            const err1 = {};
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                        else {
                            if (data1.kind !== undefined) {
                                let data2 = data1.kind;
                                const _errs7 = errors;
                                const vSchema0 = schema16.anyOf[1].properties.triggers.items.if.properties.kind.enum;
                                if (!(((data2 === "pubsub") || (data2 === "storage")) || (data2 === "event-bus"))) {
                                    const err2 = {};
                                    if (vErrors === null) {
                                        vErrors = [err2];
                                    }
                                    else {
                                        vErrors.push(err2);
                                    }
                                    errors++;
                                }
                                else { }
                                if (errors === _errs7) { }
                                var valid4 = _errs7 === errors;
                            }
                            else {
                                var valid4 = true;
                            }
                            if (valid4) { }
                        }
                    }
                    if (errors === _errs6) { }
                    var _valid1 = _errs6 === errors;
                    errors = _errs5;
                    if (vErrors !== null) {
                        if (_errs5) {
                            vErrors.length = _errs5;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause0;
                    if (_valid1) {
                        var _valid1 = false;
                        const err3 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/anyOf/1/properties/triggers/items/then/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                        valid3 = _valid1;
                        ifClause0 = "then";
                    }
                    else {
                        const _errs8 = errors;
                        const _errs9 = errors;
                        let valid5 = true;
                        const _errs10 = errors;
                        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                            let missing2;
                            if ((data1.kind === undefined) && (missing2 = "kind")) {
                                const err4 = {};
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                            else {
                                if (data1.kind !== undefined) {
                                    let data3 = data1.kind;
                                    const _errs11 = errors;
                                    if ("queue" !== data3) {
                                        const err5 = {};
                                        if (vErrors === null) {
                                            vErrors = [err5];
                                        }
                                        else {
                                            vErrors.push(err5);
                                        }
                                        errors++;
                                    }
                                    else { }
                                    if (errors === _errs11) { }
                                    var valid6 = _errs11 === errors;
                                }
                                else {
                                    var valid6 = true;
                                }
                                if (valid6) { }
                            }
                        }
                        if (errors === _errs10) { }
                        var _valid2 = _errs10 === errors;
                        errors = _errs9;
                        if (vErrors !== null) {
                            if (_errs9) {
                                vErrors.length = _errs9;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid2) {
                            const _errs12 = errors;
                            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                let missing3;
                                if ((data1.maximumConcurrency === undefined) && (missing3 = "maximumConcurrency")) {
                                    const err6 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/anyOf/1/properties/triggers/items/else/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err6];
                                    }
                                    else {
                                        vErrors.push(err6);
                                    }
                                    errors++;
                                }
                                else { }
                            }
                            if (errors === _errs12) { }
                            var _valid2 = _errs12 === errors;
                            valid5 = _valid2;
                        }
                        if (!valid5) {
                            const err7 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/anyOf/1/properties/triggers/items/else/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        else { }
                        if (errors === _errs8) { }
                        var _valid1 = _errs8 === errors;
                        valid3 = _valid1;
                        ifClause0 = "else";
                    }
                    if (!valid3) {
                        const err8 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/anyOf/1/properties/triggers/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    else { }
                    if (errors === _errs4) { }
                    var valid2 = _errs4 === errors;
                    if (!valid2) {
                        break;
                    }
                }
                if (valid2) { }
            }
            if (errors === _errs3) { }
            var valid1 = _errs3 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
    if (errors === _errs2) { }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) { }
} if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
    validate16.errors = vErrors;
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate16.errors = vErrors; return errors === 0; }
const precompiled17 = validate17;
const schema17 = { "required": ["platform", "triggers"], "properties": { "platform": { "const": "aws-lambda" }, "triggers": { "contains": { "required": ["kind"], "properties": { "kind": { "enum": ["queue", "stream", "pubsub", "storage", "event-bus"] } } } } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.platform === undefined) && (missing0 = "platform")) || ((data.triggers === undefined) && (missing0 = "triggers"))) {
        validate17.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.platform !== undefined) {
            let data0 = data.platform;
            const _errs0 = errors;
            if ("aws-lambda" !== data0) {
                validate17.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/const", keyword: "const", params: { allowedValue: "aws-lambda" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) {
            if (data.triggers !== undefined) {
                let data1 = data.triggers;
                const _errs1 = errors;
                if (Array.isArray(data1)) {
                    const _errs2 = errors;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs3 = errors;
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if ((data2.kind === undefined) && (missing1 = "kind")) {
                                const err0 = { instancePath: instancePath + "/triggers/" + i0, schemaPath: "#/properties/triggers/contains/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                                if (vErrors === null) {
                                    vErrors = [err0];
                                }
                                else {
                                    vErrors.push(err0);
                                }
                                errors++;
                            }
                            else {
                                if (data2.kind !== undefined) {
                                    let data3 = data2.kind;
                                    const _errs4 = errors;
                                    const vSchema0 = schema17.properties.triggers.contains.properties.kind.enum;
                                    if (!(((((data3 === "queue") || (data3 === "stream")) || (data3 === "pubsub")) || (data3 === "storage")) || (data3 === "event-bus"))) {
                                        const err1 = { instancePath: instancePath + "/triggers/" + i0 + "/kind", schemaPath: "#/properties/triggers/contains/properties/kind/enum", keyword: "enum", params: { allowedValues: schema17.properties.triggers.contains.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                                        if (vErrors === null) {
                                            vErrors = [err1];
                                        }
                                        else {
                                            vErrors.push(err1);
                                        }
                                        errors++;
                                    }
                                    else { }
                                    if (errors === _errs4) { }
                                    var valid2 = _errs4 === errors;
                                }
                                else {
                                    var valid2 = true;
                                }
                                if (valid2) { }
                            }
                        }
                        if (errors === _errs3) { }
                        var valid1 = _errs3 === errors;
                        if (valid1) {
                            break;
                        }
                    }
                    if (!valid1) {
                        validate17.errors = [{ instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/contains", keyword: "contains", params: { minContains: 1 }, message: "must contain at least 1 valid item(s)" }];
                        return false;
                    }
                    else {
                        errors = _errs2;
                        if (vErrors !== null) {
                            if (_errs2) {
                                vErrors.length = _errs2;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (errors === _errs1) { }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) { }
        }
    }
} if (errors === 0) { } validate17.errors = vErrors; return errors === 0; }
const precompiled18 = validate18;
const schema18 = { "allOf": [{ "if": { "properties": { "triggers": { "contains": { "required": ["kind"], "properties": { "kind": { "enum": ["stream", "pubsub", "storage", "event-bus"] } } } } } }, "then": { "required": ["failureDestination"], "properties": { "failureDestination": { "const": true } } } }, { "properties": { "triggers": { "items": { "if": { "required": ["kind", "queue"], "properties": { "kind": { "const": "queue" } } }, "then": { "properties": { "queue": { "properties": { "hasRedrive": { "const": true } } } } } } } } }] };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; let valid1 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.triggers !== undefined) {
        let data0 = data.triggers;
        const _errs3 = errors;
        if (Array.isArray(data0)) {
            const _errs4 = errors;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs5 = errors;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing0;
                    if ((data1.kind === undefined) && (missing0 = "kind")) {
                        const err0 = {};
                        if (vErrors === null) {
                            vErrors = [err0];
                        }
                        else {
                            vErrors.push(err0);
                        }
                        errors++;
                    }
                    else {
                        if (data1.kind !== undefined) {
                            let data2 = data1.kind;
                            const _errs6 = errors;
                            const vSchema0 = schema18.allOf[0].if.properties.triggers.contains.properties.kind.enum;
                            if (!((((data2 === "stream") || (data2 === "pubsub")) || (data2 === "storage")) || (data2 === "event-bus"))) {
                                const err1 = {};
                                if (vErrors === null) {
                                    vErrors = [err1];
                                }
                                else {
                                    vErrors.push(err1);
                                }
                                errors++;
                            }
                            else { }
                            if (errors === _errs6) { }
                            var valid4 = _errs6 === errors;
                        }
                        else {
                            var valid4 = true;
                        }
                        if (valid4) { }
                    }
                }
                if (errors === _errs5) { }
                var valid3 = _errs5 === errors;
                if (valid3) {
                    break;
                }
            }
            if (!valid3) {
                const err2 = {};
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (errors === _errs3) { }
        var valid2 = _errs3 === errors;
    }
    else {
        var valid2 = true;
    }
    if (valid2) { }
} if (errors === _errs2) { } var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.failureDestination === undefined) && (missing1 = "failureDestination")) {
            validate18.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
        else {
            if (data.failureDestination !== undefined) {
                let data3 = data.failureDestination;
                const _errs8 = errors;
                if (true !== data3) {
                    validate18.errors = [{ instancePath: instancePath + "/failureDestination", schemaPath: "#/allOf/0/then/properties/failureDestination/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                    return false;
                }
                else { }
                if (errors === _errs8) { }
                var valid5 = _errs8 === errors;
            }
            else {
                var valid5 = true;
            }
            if (valid5) { }
        }
    }
    if (errors === _errs7) { }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
} if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
    validate18.errors = vErrors;
    return false;
}
else { } if (errors === _errs0) { } var valid0 = _errs0 === errors; if (valid0) {
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.triggers !== undefined) {
            let data4 = data.triggers;
            const _errs10 = errors;
            if (Array.isArray(data4)) {
                var valid7 = true;
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data5 = data4[i1];
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid8 = true;
                    const _errs13 = errors;
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing2;
                        if (((data5.kind === undefined) && (missing2 = "kind")) || ((data5.queue === undefined) && (missing2 = "queue"))) {
                            const err4 = {};
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        else {
                            if (data5.kind !== undefined) {
                                let data6 = data5.kind;
                                const _errs14 = errors;
                                if ("queue" !== data6) {
                                    const err5 = {};
                                    if (vErrors === null) {
                                        vErrors = [err5];
                                    }
                                    else {
                                        vErrors.push(err5);
                                    }
                                    errors++;
                                }
                                else { }
                                if (errors === _errs14) { }
                                var valid9 = _errs14 === errors;
                            }
                            else {
                                var valid9 = true;
                            }
                            if (valid9) { }
                        }
                    }
                    if (errors === _errs13) { }
                    var _valid1 = _errs13 === errors;
                    errors = _errs12;
                    if (vErrors !== null) {
                        if (_errs12) {
                            vErrors.length = _errs12;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (_valid1) {
                        const _errs15 = errors;
                        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            if (data5.queue !== undefined) {
                                let data7 = data5.queue;
                                const _errs16 = errors;
                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                    if (data7.hasRedrive !== undefined) {
                                        let data8 = data7.hasRedrive;
                                        const _errs17 = errors;
                                        if (true !== data8) {
                                            validate18.errors = [{ instancePath: instancePath + "/triggers/" + i1 + "/queue/hasRedrive", schemaPath: "#/allOf/1/properties/triggers/items/then/properties/queue/properties/hasRedrive/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                            return false;
                                        }
                                        else { }
                                        if (errors === _errs17) { }
                                        var valid11 = _errs17 === errors;
                                    }
                                    else {
                                        var valid11 = true;
                                    }
                                    if (valid11) { }
                                }
                                if (errors === _errs16) { }
                                var valid10 = _errs16 === errors;
                            }
                            else {
                                var valid10 = true;
                            }
                            if (valid10) { }
                        }
                        if (errors === _errs15) { }
                        var _valid1 = _errs15 === errors;
                        valid8 = _valid1;
                    }
                    if (!valid8) {
                        const err6 = { instancePath: instancePath + "/triggers/" + i1, schemaPath: "#/allOf/1/properties/triggers/items/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                        validate18.errors = vErrors;
                        return false;
                    }
                    else { }
                    if (errors === _errs11) { }
                    var valid7 = _errs11 === errors;
                    if (!valid7) {
                        break;
                    }
                }
                if (valid7) { }
            }
            if (errors === _errs10) { }
            var valid6 = _errs10 === errors;
        }
        else {
            var valid6 = true;
        }
        if (valid6) { }
    }
    if (errors === _errs9) { }
    var valid0 = _errs9 === errors;
    if (valid0) { }
} if (errors === 0) { } validate18.errors = vErrors; return errors === 0; }
const precompiled19 = validate19;
const schema19 = { "required": ["timeoutShareOfPlatformMax"], "properties": { "timeoutShareOfPlatformMax": { "maximum": 1 } }, "not": { "anyOf": [{ "required": ["durable"], "properties": { "durable": { "const": true } } }, { "required": ["deployTime"], "properties": { "deployTime": { "const": true } } }] } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; const _errs2 = errors; let valid1 = false; const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.durable === undefined) && (missing0 = "durable")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.durable !== undefined) {
            let data0 = data.durable;
            const _errs4 = errors;
            if (true !== data0) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs4) { }
            var valid2 = _errs4 === errors;
        }
        else {
            var valid2 = true;
        }
        if (valid2) { }
    }
} if (errors === _errs3) { } var _valid0 = _errs3 === errors; valid1 = valid1 || _valid0; if (!valid1) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.deployTime === undefined) && (missing1 = "deployTime")) {
            const err2 = {};
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        else {
            if (data.deployTime !== undefined) {
                let data1 = data.deployTime;
                const _errs6 = errors;
                if (true !== data1) {
                    const err3 = {};
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                else { }
                if (errors === _errs6) { }
                var valid3 = _errs6 === errors;
            }
            else {
                var valid3 = true;
            }
            if (valid3) { }
        }
    }
    if (errors === _errs5) { }
    var _valid0 = _errs5 === errors;
    valid1 = valid1 || _valid0;
    if (!valid1) { }
} if (!valid1) {
    const err4 = {};
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
}
else {
    errors = _errs2;
    if (vErrors !== null) {
        if (_errs2) {
            vErrors.length = _errs2;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate19.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if ((data.timeoutShareOfPlatformMax === undefined) && (missing2 = "timeoutShareOfPlatformMax")) {
            validate19.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
        }
        else {
            if (data.timeoutShareOfPlatformMax !== undefined) {
                let data2 = data.timeoutShareOfPlatformMax;
                const _errs7 = errors;
                if ((typeof data2 == "number") && (isFinite(data2))) {
                    if (data2 > 1 || isNaN(data2)) {
                        validate19.errors = [{ instancePath: instancePath + "/timeoutShareOfPlatformMax", schemaPath: "#/properties/timeoutShareOfPlatformMax/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs7) { }
                var valid4 = _errs7 === errors;
            }
            else {
                var valid4 = true;
            }
            if (valid4) { }
        }
    }
    if (errors === 0) { }
} validate19.errors = vErrors; return errors === 0; }
const precompiled20 = validate20;
const schema20 = { "properties": { "timeoutShareOfPlatformMax": { "exclusiveMaximum": 0.8 } } };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.timeoutShareOfPlatformMax !== undefined) {
        let data0 = data.timeoutShareOfPlatformMax;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 >= 0.8 || isNaN(data0)) {
                validate20.errors = [{ instancePath: instancePath + "/timeoutShareOfPlatformMax", schemaPath: "#/properties/timeoutShareOfPlatformMax/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 0.8 }, message: "must be < 0.8" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate20.errors = vErrors; return errors === 0; }
const precompiled21 = validate21;
const schema21 = { "required": ["reservedConcurrency"] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.reservedConcurrency === undefined) && (missing0 = "reservedConcurrency")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate21.errors = vErrors; return errors === 0; }
const precompiled22 = validate22;
const schema22 = { "properties": { "reservedConcurrency": { "exclusiveMinimum": 0 } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reservedConcurrency !== undefined) {
        let data0 = data.reservedConcurrency;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 <= 0 || isNaN(data0)) {
                validate22.errors = [{ instancePath: instancePath + "/reservedConcurrency", schemaPath: "#/properties/reservedConcurrency/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate22.errors = vErrors; return errors === 0; }
const precompiled23 = validate23;
const schema23 = { "required": ["timeout", "gateway"], "not": { "required": ["timeoutIsDefault"] } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.timeoutIsDefault === undefined) && (missing0 = "timeoutIsDefault")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else { }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate23.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((data.timeout === undefined) && (missing1 = "timeout")) || ((data.gateway === undefined) && (missing1 = "gateway"))) {
            validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
        else { }
    }
    if (errors === 0) { }
} validate23.errors = vErrors; return errors === 0; }
const precompiled24 = validate24;
const schema24 = { "if": { "required": ["gatewayIntegrationTimeout"] }, "then": { "properties": { "timeout": { "maximum": { "$data": "1/gatewayIntegrationTimeout" } } } }, "else": { "allOf": [{ "if": { "properties": { "gateway": { "const": "api-gateway-rest" } } }, "then": { "properties": { "timeout": { "maximum": 29 } } } }, { "if": { "properties": { "gateway": { "const": "api-gateway-http" } } }, "then": { "properties": { "timeout": { "maximum": 30 } } } }, { "if": { "properties": { "gateway": { "const": "azure-http" } } }, "then": { "properties": { "timeout": { "maximum": 230 } } } }] } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = true; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.gatewayIntegrationTimeout === undefined) && (missing0 = "gatewayIntegrationTimeout")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else { }
} if (errors === _errs1) { } var _valid0 = _errs1 === errors; errors = _errs0; if (vErrors !== null) {
    if (_errs0) {
        vErrors.length = _errs0;
    }
    else {
        vErrors = null;
    }
} let ifClause0; if (_valid0) {
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.timeout !== undefined) {
            let data0 = data.timeout;
            const _errs3 = errors;
            if ((typeof data0 == "number") && (isFinite(data0))) {
                const vSchema0 = data && data.gatewayIntegrationTimeout;
                if (vSchema0 !== undefined && ((!((typeof vSchema0 == "number") && (isFinite(vSchema0)))) || (data0 > vSchema0 || isNaN(data0)))) {
                    validate24.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: vSchema0 }, message: "must be <= " + vSchema0 }];
                    return false;
                }
                else { }
            }
            if (errors === _errs3) { }
            var valid1 = _errs3 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
    if (errors === _errs2) { }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
}
else {
    const _errs4 = errors;
    const _errs5 = errors;
    const _errs6 = errors;
    let valid3 = true;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.gateway !== undefined) {
            let data1 = data.gateway;
            const _errs8 = errors;
            if ("api-gateway-rest" !== data1) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs8) { }
            var valid4 = _errs8 === errors;
        }
        else {
            var valid4 = true;
        }
        if (valid4) { }
    }
    if (errors === _errs7) { }
    var _valid1 = _errs7 === errors;
    errors = _errs6;
    if (vErrors !== null) {
        if (_errs6) {
            vErrors.length = _errs6;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid1) {
        const _errs9 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.timeout !== undefined) {
                let data2 = data.timeout;
                const _errs10 = errors;
                if ((typeof data2 == "number") && (isFinite(data2))) {
                    if (data2 > 29 || isNaN(data2)) {
                        validate24.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/else/allOf/0/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 29 }, message: "must be <= 29" }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs10) { }
                var valid5 = _errs10 === errors;
            }
            else {
                var valid5 = true;
            }
            if (valid5) { }
        }
        if (errors === _errs9) { }
        var _valid1 = _errs9 === errors;
        valid3 = _valid1;
    }
    if (!valid3) {
        const err2 = { instancePath, schemaPath: "#/else/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
        validate24.errors = vErrors;
        return false;
    }
    else { }
    if (errors === _errs5) { }
    var valid2 = _errs5 === errors;
    if (valid2) {
        const _errs11 = errors;
        const _errs12 = errors;
        let valid6 = true;
        const _errs13 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.gateway !== undefined) {
                let data3 = data.gateway;
                const _errs14 = errors;
                if ("api-gateway-http" !== data3) {
                    const err3 = {};
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                else { }
                if (errors === _errs14) { }
                var valid7 = _errs14 === errors;
            }
            else {
                var valid7 = true;
            }
            if (valid7) { }
        }
        if (errors === _errs13) { }
        var _valid2 = _errs13 === errors;
        errors = _errs12;
        if (vErrors !== null) {
            if (_errs12) {
                vErrors.length = _errs12;
            }
            else {
                vErrors = null;
            }
        }
        if (_valid2) {
            const _errs15 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.timeout !== undefined) {
                    let data4 = data.timeout;
                    const _errs16 = errors;
                    if ((typeof data4 == "number") && (isFinite(data4))) {
                        if (data4 > 30 || isNaN(data4)) {
                            validate24.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/else/allOf/1/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30" }];
                            return false;
                        }
                        else { }
                    }
                    if (errors === _errs16) { }
                    var valid8 = _errs16 === errors;
                }
                else {
                    var valid8 = true;
                }
                if (valid8) { }
            }
            if (errors === _errs15) { }
            var _valid2 = _errs15 === errors;
            valid6 = _valid2;
        }
        if (!valid6) {
            const err4 = { instancePath, schemaPath: "#/else/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
            validate24.errors = vErrors;
            return false;
        }
        else { }
        if (errors === _errs11) { }
        var valid2 = _errs11 === errors;
        if (valid2) {
            const _errs17 = errors;
            const _errs18 = errors;
            let valid9 = true;
            const _errs19 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.gateway !== undefined) {
                    let data5 = data.gateway;
                    const _errs20 = errors;
                    if ("azure-http" !== data5) {
                        const err5 = {};
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    else { }
                    if (errors === _errs20) { }
                    var valid10 = _errs20 === errors;
                }
                else {
                    var valid10 = true;
                }
                if (valid10) { }
            }
            if (errors === _errs19) { }
            var _valid3 = _errs19 === errors;
            errors = _errs18;
            if (vErrors !== null) {
                if (_errs18) {
                    vErrors.length = _errs18;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid3) {
                const _errs21 = errors;
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.timeout !== undefined) {
                        let data6 = data.timeout;
                        const _errs22 = errors;
                        if ((typeof data6 == "number") && (isFinite(data6))) {
                            if (data6 > 230 || isNaN(data6)) {
                                validate24.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/else/allOf/2/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 230 }, message: "must be <= 230" }];
                                return false;
                            }
                            else { }
                        }
                        if (errors === _errs22) { }
                        var valid11 = _errs22 === errors;
                    }
                    else {
                        var valid11 = true;
                    }
                    if (valid11) { }
                }
                if (errors === _errs21) { }
                var _valid3 = _errs21 === errors;
                valid9 = _valid3;
            }
            if (!valid9) {
                const err6 = { instancePath, schemaPath: "#/else/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
                validate24.errors = vErrors;
                return false;
            }
            else { }
            if (errors === _errs17) { }
            var valid2 = _errs17 === errors;
            if (valid2) { }
        }
    }
    if (errors === _errs4) { }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
} if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema" };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
    validate24.errors = vErrors;
    return false;
}
else { } if (errors === 0) { } validate24.errors = vErrors; return errors === 0; }
const precompiled25 = validate25;
const schema25 = { "required": ["timeout", "platformMaxTimeout"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.timeout === undefined) && (missing0 = "timeout")) || ((data.platformMaxTimeout === undefined) && (missing0 = "platformMaxTimeout"))) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate25.errors = vErrors; return errors === 0; }
const precompiled26 = validate26;
const schema26 = { "allOf": [{ "if": { "properties": { "platform": { "const": "aws-lambda" } } }, "then": { "properties": { "timeout": { "maximum": 900 } } } }, { "if": { "properties": { "platform": { "const": "azure-functions" }, "plan": { "const": "consumption" } }, "required": ["plan"] }, "then": { "properties": { "timeout": { "maximum": 600 } } } }, { "if": { "properties": { "platform": { "const": "gcp-functions" } } }, "then": { "properties": { "timeout": { "maximum": 540 } } } }, { "if": { "properties": { "platform": { "const": "knative" } } }, "then": { "properties": { "timeout": { "maximum": 3600 } } } }] };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; let valid1 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.platform !== undefined) {
        let data0 = data.platform;
        const _errs3 = errors;
        if ("aws-lambda" !== data0) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        else { }
        if (errors === _errs3) { }
        var valid2 = _errs3 === errors;
    }
    else {
        var valid2 = true;
    }
    if (valid2) { }
} if (errors === _errs2) { } var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.timeout !== undefined) {
            let data1 = data.timeout;
            const _errs5 = errors;
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 > 900 || isNaN(data1)) {
                    validate26.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/allOf/0/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 900 }, message: "must be <= 900" }];
                    return false;
                }
                else { }
            }
            if (errors === _errs5) { }
            var valid3 = _errs5 === errors;
        }
        else {
            var valid3 = true;
        }
        if (valid3) { }
    }
    if (errors === _errs4) { }
    var _valid0 = _errs4 === errors;
    valid1 = _valid0;
} if (!valid1) {
    const err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
    validate26.errors = vErrors;
    return false;
}
else { } if (errors === _errs0) { } var valid0 = _errs0 === errors; if (valid0) {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid4 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.plan === undefined) && (missing0 = "plan")) {
            const err2 = {};
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        else {
            if (data.platform !== undefined) {
                let data2 = data.platform;
                const _errs9 = errors;
                if ("azure-functions" !== data2) {
                    const err3 = {};
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                else { }
                if (errors === _errs9) { }
                var valid5 = _errs9 === errors;
            }
            else {
                var valid5 = true;
            }
            if (valid5) {
                if (data.plan !== undefined) {
                    let data3 = data.plan;
                    const _errs10 = errors;
                    if ("consumption" !== data3) {
                        const err4 = {};
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                    else { }
                    if (errors === _errs10) { }
                    var valid5 = _errs10 === errors;
                }
                else {
                    var valid5 = true;
                }
                if (valid5) { }
            }
        }
    }
    if (errors === _errs8) { }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
        if (_errs7) {
            vErrors.length = _errs7;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid1) {
        const _errs11 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.timeout !== undefined) {
                let data4 = data.timeout;
                const _errs12 = errors;
                if ((typeof data4 == "number") && (isFinite(data4))) {
                    if (data4 > 600 || isNaN(data4)) {
                        validate26.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/allOf/1/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs12) { }
                var valid6 = _errs12 === errors;
            }
            else {
                var valid6 = true;
            }
            if (valid6) { }
        }
        if (errors === _errs11) { }
        var _valid1 = _errs11 === errors;
        valid4 = _valid1;
    }
    if (!valid4) {
        const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
        validate26.errors = vErrors;
        return false;
    }
    else { }
    if (errors === _errs6) { }
    var valid0 = _errs6 === errors;
    if (valid0) {
        const _errs13 = errors;
        const _errs14 = errors;
        let valid7 = true;
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.platform !== undefined) {
                let data5 = data.platform;
                const _errs16 = errors;
                if ("gcp-functions" !== data5) {
                    const err6 = {};
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                else { }
                if (errors === _errs16) { }
                var valid8 = _errs16 === errors;
            }
            else {
                var valid8 = true;
            }
            if (valid8) { }
        }
        if (errors === _errs15) { }
        var _valid2 = _errs15 === errors;
        errors = _errs14;
        if (vErrors !== null) {
            if (_errs14) {
                vErrors.length = _errs14;
            }
            else {
                vErrors = null;
            }
        }
        if (_valid2) {
            const _errs17 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.timeout !== undefined) {
                    let data6 = data.timeout;
                    const _errs18 = errors;
                    if ((typeof data6 == "number") && (isFinite(data6))) {
                        if (data6 > 540 || isNaN(data6)) {
                            validate26.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/allOf/2/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 540 }, message: "must be <= 540" }];
                            return false;
                        }
                        else { }
                    }
                    if (errors === _errs18) { }
                    var valid9 = _errs18 === errors;
                }
                else {
                    var valid9 = true;
                }
                if (valid9) { }
            }
            if (errors === _errs17) { }
            var _valid2 = _errs17 === errors;
            valid7 = _valid2;
        }
        if (!valid7) {
            const err7 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
            validate26.errors = vErrors;
            return false;
        }
        else { }
        if (errors === _errs13) { }
        var valid0 = _errs13 === errors;
        if (valid0) {
            const _errs19 = errors;
            const _errs20 = errors;
            let valid10 = true;
            const _errs21 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.platform !== undefined) {
                    let data7 = data.platform;
                    const _errs22 = errors;
                    if ("knative" !== data7) {
                        const err8 = {};
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    else { }
                    if (errors === _errs22) { }
                    var valid11 = _errs22 === errors;
                }
                else {
                    var valid11 = true;
                }
                if (valid11) { }
            }
            if (errors === _errs21) { }
            var _valid3 = _errs21 === errors;
            errors = _errs20;
            if (vErrors !== null) {
                if (_errs20) {
                    vErrors.length = _errs20;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid3) {
                const _errs23 = errors;
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.timeout !== undefined) {
                        let data8 = data.timeout;
                        const _errs24 = errors;
                        if ((typeof data8 == "number") && (isFinite(data8))) {
                            if (data8 > 3600 || isNaN(data8)) {
                                validate26.errors = [{ instancePath: instancePath + "/timeout", schemaPath: "#/allOf/3/then/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" }];
                                return false;
                            }
                            else { }
                        }
                        if (errors === _errs24) { }
                        var valid12 = _errs24 === errors;
                    }
                    else {
                        var valid12 = true;
                    }
                    if (valid12) { }
                }
                if (errors === _errs23) { }
                var _valid3 = _errs23 === errors;
                valid10 = _valid3;
            }
            if (!valid10) {
                const err9 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
                validate26.errors = vErrors;
                return false;
            }
            else { }
            if (errors === _errs19) { }
            var valid0 = _errs19 === errors;
            if (valid0) { }
        }
    }
} if (errors === 0) { } validate26.errors = vErrors; return errors === 0; }
const precompiled27 = validate27;
const schema27 = { "required": ["platform"], "properties": { "platform": { "const": "aws-lambda" } }, "not": { "required": ["deployTime"], "properties": { "deployTime": { "const": true } } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.deployTime === undefined) && (missing0 = "deployTime")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.deployTime !== undefined) {
            let data0 = data.deployTime;
            const _errs2 = errors;
            if (true !== data0) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate27.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.platform === undefined) && (missing1 = "platform")) {
            validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
        else {
            if (data.platform !== undefined) {
                let data1 = data.platform;
                const _errs3 = errors;
                if ("aws-lambda" !== data1) {
                    validate27.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/const", keyword: "const", params: { allowedValue: "aws-lambda" }, message: "must be equal to constant" }];
                    return false;
                }
                else { }
                if (errors === _errs3) { }
                var valid2 = _errs3 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) { }
        }
    }
    if (errors === 0) { }
} validate27.errors = vErrors; return errors === 0; }
const precompiled28 = validate28;
const schema28 = { "required": ["tracing"], "properties": { "tracing": { "const": true } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.tracing === undefined) && (missing0 = "tracing")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.tracing !== undefined) {
            let data0 = data.tracing;
            const _errs0 = errors;
            if (true !== data0) {
                validate28.errors = [{ instancePath: instancePath + "/tracing", schemaPath: "#/properties/tracing/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate28.errors = vErrors; return errors === 0; }
const precompiled29 = validate29;
const schema29 = { "required": ["maxReplicas", "effectiveMinReplicas"] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.maxReplicas === undefined) && (missing0 = "maxReplicas")) || ((data.effectiveMinReplicas === undefined) && (missing0 = "effectiveMinReplicas"))) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate29.errors = vErrors; return errors === 0; }
const precompiled30 = validate30;
const schema30 = { "properties": { "maxReplicas": { "exclusiveMinimum": { "$data": "1/effectiveMinReplicas" } } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.maxReplicas !== undefined) {
        let data0 = data.maxReplicas;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            const vSchema0 = data && data.effectiveMinReplicas;
            if (vSchema0 !== undefined && ((!((typeof vSchema0 == "number") && (isFinite(vSchema0)))) || (data0 <= vSchema0 || isNaN(data0)))) {
                validate30.errors = [{ instancePath: instancePath + "/maxReplicas", schemaPath: "#/properties/maxReplicas/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: vSchema0 }, message: "must be > " + vSchema0 }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate30.errors = vErrors; return errors === 0; }
const precompiled31 = validate31;
const schema31 = { "required": ["effectiveMinReplicas"], "anyOf": [{ "required": ["scaler"], "properties": { "scaler": { "enum": ["hpa-v1", "hpa-v2"] } } }, { "required": ["minReplicas"], "properties": { "minReplicas": { "minimum": 1 } } }] };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.scaler === undefined) && (missing0 = "scaler")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.scaler !== undefined) {
            let data0 = data.scaler;
            const _errs2 = errors;
            const vSchema0 = schema31.anyOf[0].properties.scaler.enum;
            if (!((data0 === "hpa-v1") || (data0 === "hpa-v2"))) {
                const err1 = { instancePath: instancePath + "/scaler", schemaPath: "#/anyOf/0/properties/scaler/enum", keyword: "enum", params: { allowedValues: schema31.anyOf[0].properties.scaler.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.minReplicas === undefined) && (missing1 = "minReplicas")) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        else {
            if (data.minReplicas !== undefined) {
                let data1 = data.minReplicas;
                const _errs4 = errors;
                if ((typeof data1 == "number") && (isFinite(data1))) {
                    if (data1 < 1 || isNaN(data1)) {
                        const err3 = { instancePath: instancePath + "/minReplicas", schemaPath: "#/anyOf/1/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                    else { }
                }
                if (errors === _errs4) { }
                var valid2 = _errs4 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) { }
        }
    }
    if (errors === _errs3) { }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) { }
} if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
    validate31.errors = vErrors;
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if ((data.effectiveMinReplicas === undefined) && (missing2 = "effectiveMinReplicas")) {
            validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
        }
        else { }
    }
    if (errors === 0) { }
} validate31.errors = vErrors; return errors === 0; }
const precompiled32 = validate32;
const schema32 = { "properties": { "effectiveMinReplicas": { "minimum": 2 } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.effectiveMinReplicas !== undefined) {
        let data0 = data.effectiveMinReplicas;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 < 2 || isNaN(data0)) {
                validate32.errors = [{ instancePath: instancePath + "/effectiveMinReplicas", schemaPath: "#/properties/effectiveMinReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate32.errors = vErrors; return errors === 0; }
const precompiled33 = validate33;
const schema33 = { "required": ["targetFound"] };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.targetFound === undefined) && (missing0 = "targetFound")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate33.errors = vErrors; return errors === 0; }
const precompiled34 = validate34;
const schema34 = { "properties": { "targetFound": { "const": true } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targetFound !== undefined) {
        let data0 = data.targetFound;
        const _errs0 = errors;
        if (true !== data0) {
            validate34.errors = [{ instancePath: instancePath + "/targetFound", schemaPath: "#/properties/targetFound/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
            return false;
        }
        else { }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate34.errors = vErrors; return errors === 0; }
const precompiled35 = validate35;
const schema35 = { "properties": { "resources": { "maxItems": 0 } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resources !== undefined) {
        let data0 = data.resources;
        const _errs0 = errors;
        if (Array.isArray(data0)) {
            if (data0.length > 0) {
                validate35.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate35.errors = vErrors; return errors === 0; }
const precompiled36 = validate36;
const schema36 = { "anyOf": [{ "required": ["hasIac"], "properties": { "hasIac": { "const": true } } }, { "required": ["hasKubernetes"], "properties": { "hasKubernetes": { "const": true } } }] };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasIac === undefined) && (missing0 = "hasIac")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.hasIac !== undefined) {
            let data0 = data.hasIac;
            const _errs2 = errors;
            if (true !== data0) {
                const err1 = { instancePath: instancePath + "/hasIac", schemaPath: "#/anyOf/0/properties/hasIac/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.hasKubernetes === undefined) && (missing1 = "hasKubernetes")) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        else {
            if (data.hasKubernetes !== undefined) {
                let data1 = data.hasKubernetes;
                const _errs4 = errors;
                if (true !== data1) {
                    const err3 = { instancePath: instancePath + "/hasKubernetes", schemaPath: "#/anyOf/1/properties/hasKubernetes/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                else { }
                if (errors === _errs4) { }
                var valid2 = _errs4 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) { }
        }
    }
    if (errors === _errs3) { }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) { }
} if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
    validate36.errors = vErrors;
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate36.errors = vErrors; return errors === 0; }
const precompiled37 = validate37;
const schema37 = { "required": ["effect"], "properties": { "effect": { "const": "Allow" } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.effect === undefined) && (missing0 = "effect")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.effect !== undefined) {
            let data0 = data.effect;
            const _errs0 = errors;
            if ("Allow" !== data0) {
                validate37.errors = [{ instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/const", keyword: "const", params: { allowedValue: "Allow" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate37.errors = vErrors; return errors === 0; }
const precompiled38 = validate38;
const schema38 = { "properties": { "wildcardAction": { "const": false }, "unscopedActions": { "maxItems": 0 } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.wildcardAction !== undefined) {
        let data0 = data.wildcardAction;
        const _errs0 = errors;
        if (false !== data0) {
            validate38.errors = [{ instancePath: instancePath + "/wildcardAction", schemaPath: "#/properties/wildcardAction/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" }];
            return false;
        }
        else { }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) {
        if (data.unscopedActions !== undefined) {
            let data1 = data.unscopedActions;
            const _errs1 = errors;
            if (Array.isArray(data1)) {
                if (data1.length > 0) {
                    validate38.errors = [{ instancePath: instancePath + "/unscopedActions", schemaPath: "#/properties/unscopedActions/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" }];
                    return false;
                }
                else { }
            }
            if (errors === _errs1) { }
            var valid0 = _errs1 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate38.errors = vErrors; return errors === 0; }
const precompiled39 = validate39;
const schema39 = { "required": ["platform"], "properties": { "platform": { "const": "knative" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.platform === undefined) && (missing0 = "platform")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.platform !== undefined) {
            let data0 = data.platform;
            const _errs0 = errors;
            if ("knative" !== data0) {
                validate39.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/const", keyword: "const", params: { allowedValue: "knative" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate39.errors = vErrors; return errors === 0; }
const precompiled40 = validate40;
const schema40 = { "required": ["maxScale"], "properties": { "maxScale": { "exclusiveMinimum": 0 } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.maxScale === undefined) && (missing0 = "maxScale")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.maxScale !== undefined) {
            let data0 = data.maxScale;
            const _errs0 = errors;
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 <= 0 || isNaN(data0)) {
                    validate40.errors = [{ instancePath: instancePath + "/maxScale", schemaPath: "#/properties/maxScale/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                    return false;
                }
                else { }
            }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate40.errors = vErrors; return errors === 0; }
const precompiled41 = validate41;
const schema41 = { "required": ["hasKubernetes", "teamSize"], "properties": { "hasKubernetes": { "const": true } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.hasKubernetes === undefined) && (missing0 = "hasKubernetes")) || ((data.teamSize === undefined) && (missing0 = "teamSize"))) {
        validate41.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasKubernetes !== undefined) {
            let data0 = data.hasKubernetes;
            const _errs0 = errors;
            if (true !== data0) {
                validate41.errors = [{ instancePath: instancePath + "/hasKubernetes", schemaPath: "#/properties/hasKubernetes/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate41.errors = vErrors; return errors === 0; }
const precompiled42 = validate42;
const schema42 = { "properties": { "teamSize": { "minimum": 6 } } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.teamSize !== undefined) {
        let data0 = data.teamSize;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 < 6 || isNaN(data0)) {
                validate42.errors = [{ instancePath: instancePath + "/teamSize", schemaPath: "#/properties/teamSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 6 }, message: "must be >= 6" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate42.errors = vErrors; return errors === 0; }
const precompiled43 = validate43;
const schema43 = { "required": ["platform"], "properties": { "platform": { "const": "aws-lambda" } } };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.platform === undefined) && (missing0 = "platform")) {
        validate43.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.platform !== undefined) {
            let data0 = data.platform;
            const _errs0 = errors;
            if ("aws-lambda" !== data0) {
                validate43.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/const", keyword: "const", params: { allowedValue: "aws-lambda" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate43.errors = vErrors; return errors === 0; }
const precompiled44 = validate44;
const schema44 = { "required": ["logRetentionDays"] };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.logRetentionDays === undefined) && (missing0 = "logRetentionDays")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate44.errors = vErrors; return errors === 0; }
const precompiled45 = validate45;
const schema45 = { "required": ["hasMetrics"], "properties": { "hasMetrics": { "const": true } } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasMetrics === undefined) && (missing0 = "hasMetrics")) {
        validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasMetrics !== undefined) {
            let data0 = data.hasMetrics;
            const _errs0 = errors;
            if (true !== data0) {
                validate45.errors = [{ instancePath: instancePath + "/hasMetrics", schemaPath: "#/properties/hasMetrics/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate45.errors = vErrors; return errors === 0; }
const precompiled46 = validate46;
const schema46 = { "required": ["kind", "queue"], "properties": { "kind": { "const": "queue" }, "queue": { "required": ["visibilityToTimeoutRatio"] } } };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.kind === undefined) && (missing0 = "kind")) || ((data.queue === undefined) && (missing0 = "queue"))) {
        validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.kind !== undefined) {
            let data0 = data.kind;
            const _errs0 = errors;
            if ("queue" !== data0) {
                validate46.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "queue" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) {
            if (data.queue !== undefined) {
                let data1 = data.queue;
                const _errs1 = errors;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if ((data1.visibilityToTimeoutRatio === undefined) && (missing1 = "visibilityToTimeoutRatio")) {
                        validate46.errors = [{ instancePath: instancePath + "/queue", schemaPath: "#/properties/queue/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs1) { }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) { }
        }
    }
} if (errors === 0) { } validate46.errors = vErrors; return errors === 0; }
const precompiled47 = validate47;
const schema47 = { "properties": { "queue": { "properties": { "visibilityToTimeoutRatio": { "minimum": 6 } } } } };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.queue !== undefined) {
        let data0 = data.queue;
        const _errs0 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.visibilityToTimeoutRatio !== undefined) {
                let data1 = data0.visibilityToTimeoutRatio;
                const _errs1 = errors;
                if ((typeof data1 == "number") && (isFinite(data1))) {
                    if (data1 < 6 || isNaN(data1)) {
                        validate47.errors = [{ instancePath: instancePath + "/queue/visibilityToTimeoutRatio", schemaPath: "#/properties/queue/properties/visibilityToTimeoutRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 6 }, message: "must be >= 6" }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs1) { }
                var valid1 = _errs1 === errors;
            }
            else {
                var valid1 = true;
            }
            if (valid1) { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate47.errors = vErrors; return errors === 0; }
const precompiled48 = validate48;
const schema48 = { "required": ["totalReservedConcurrency"] };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.totalReservedConcurrency === undefined) && (missing0 = "totalReservedConcurrency")) {
        validate48.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate48.errors = vErrors; return errors === 0; }
const precompiled49 = validate49;
const schema49 = { "properties": { "totalReservedConcurrency": { "maximum": 900 } } };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.totalReservedConcurrency !== undefined) {
        let data0 = data.totalReservedConcurrency;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 > 900 || isNaN(data0)) {
                validate49.errors = [{ instancePath: instancePath + "/totalReservedConcurrency", schemaPath: "#/properties/totalReservedConcurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 900 }, message: "must be <= 900" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate49.errors = vErrors; return errors === 0; }
const precompiled50 = validate50;
const schema50 = { "required": ["containerServiceCount"], "properties": { "containerServiceCount": { "minimum": 10 } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.containerServiceCount === undefined) && (missing0 = "containerServiceCount")) {
        validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.containerServiceCount !== undefined) {
            let data0 = data.containerServiceCount;
            const _errs0 = errors;
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 10 || isNaN(data0)) {
                    validate50.errors = [{ instancePath: instancePath + "/containerServiceCount", schemaPath: "#/properties/containerServiceCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10" }];
                    return false;
                }
                else { }
            }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate50.errors = vErrors; return errors === 0; }
const precompiled51 = validate51;
const schema51 = { "required": ["hasMesh"], "properties": { "hasMesh": { "const": true } } };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.hasMesh === undefined) && (missing0 = "hasMesh")) {
        validate51.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasMesh !== undefined) {
            let data0 = data.hasMesh;
            const _errs0 = errors;
            if (true !== data0) {
                validate51.errors = [{ instancePath: instancePath + "/hasMesh", schemaPath: "#/properties/hasMesh/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate51.errors = vErrors; return errors === 0; }
const precompiled52 = validate52;
const schema52 = { "required": ["exposed", "gatewayInFront", "exposedServiceCount"], "properties": { "exposedServiceCount": { "minimum": 2 } } };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((((data.exposed === undefined) && (missing0 = "exposed")) || ((data.gatewayInFront === undefined) && (missing0 = "gatewayInFront"))) || ((data.exposedServiceCount === undefined) && (missing0 = "exposedServiceCount"))) {
        validate52.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.exposedServiceCount !== undefined) {
            let data0 = data.exposedServiceCount;
            const _errs0 = errors;
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 2 || isNaN(data0)) {
                    validate52.errors = [{ instancePath: instancePath + "/exposedServiceCount", schemaPath: "#/properties/exposedServiceCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" }];
                    return false;
                }
                else { }
            }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate52.errors = vErrors; return errors === 0; }
const precompiled53 = validate53;
const schema53 = { "properties": { "gatewayInFront": { "const": true } } };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gatewayInFront !== undefined) {
        let data0 = data.gatewayInFront;
        const _errs0 = errors;
        if (true !== data0) {
            validate53.errors = [{ instancePath: instancePath + "/gatewayInFront", schemaPath: "#/properties/gatewayInFront/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
            return false;
        }
        else { }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate53.errors = vErrors; return errors === 0; }
const precompiled54 = validate54;
const schema54 = { "required": ["hasDeployables", "teamSize"], "properties": { "hasDeployables": { "const": true } } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.hasDeployables === undefined) && (missing0 = "hasDeployables")) || ((data.teamSize === undefined) && (missing0 = "teamSize"))) {
        validate54.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.hasDeployables !== undefined) {
            let data0 = data.hasDeployables;
            const _errs0 = errors;
            if (true !== data0) {
                validate54.errors = [{ instancePath: instancePath + "/hasDeployables", schemaPath: "#/properties/hasDeployables/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) { }
    }
} if (errors === 0) { } validate54.errors = vErrors; return errors === 0; }
const precompiled55 = validate55;
const schema55 = { "properties": { "servicesPerEngineer": { "maximum": 2 } } };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.servicesPerEngineer !== undefined) {
        let data0 = data.servicesPerEngineer;
        const _errs0 = errors;
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 > 2 || isNaN(data0)) {
                validate55.errors = [{ instancePath: instancePath + "/servicesPerEngineer", schemaPath: "#/properties/servicesPerEngineer/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2" }];
                return false;
            }
            else { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate55.errors = vErrors; return errors === 0; }
const precompiled56 = validate56;
const schema56 = { "required": ["databaseSharedWith"] };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.databaseSharedWith === undefined) && (missing0 = "databaseSharedWith")) {
        validate56.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate56.errors = vErrors; return errors === 0; }
const precompiled57 = validate57;
const schema57 = { "not": { "required": ["databaseSharedWith"] } };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.databaseSharedWith === undefined) && (missing0 = "databaseSharedWith")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else { }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate57.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) { } validate57.errors = vErrors; return errors === 0; }
const precompiled58 = validate58;
const schema58 = { "required": ["cost"] };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.cost === undefined) && (missing0 = "cost")) {
        validate58.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else { }
} if (errors === 0) { } validate58.errors = vErrors; return errors === 0; }
const precompiled59 = validate59;
const schema59 = { "properties": { "cost": { "properties": { "monthly": { "maximum": { "$data": "1/containerMonthly" } } } } } };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cost !== undefined) {
        let data0 = data.cost;
        const _errs0 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.monthly !== undefined) {
                let data1 = data0.monthly;
                const _errs1 = errors;
                if ((typeof data1 == "number") && (isFinite(data1))) {
                    const vSchema0 = data0 && data0.containerMonthly;
                    if (vSchema0 !== undefined && ((!((typeof vSchema0 == "number") && (isFinite(vSchema0)))) || (data1 > vSchema0 || isNaN(data1)))) {
                        validate59.errors = [{ instancePath: instancePath + "/cost/monthly", schemaPath: "#/properties/cost/properties/monthly/maximum", keyword: "maximum", params: { comparison: "<=", limit: vSchema0 }, message: "must be <= " + vSchema0 }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs1) { }
                var valid1 = _errs1 === errors;
            }
            else {
                var valid1 = true;
            }
            if (valid1) { }
        }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate59.errors = vErrors; return errors === 0; }
const precompiled60 = validate60;
const schema60 = { "required": ["longRunning", "readinessProbe"], "properties": { "longRunning": { "const": true }, "receivesTraffic": { "const": true }, "sidecar": { "const": false } } };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.longRunning === undefined) && (missing0 = "longRunning")) || ((data.readinessProbe === undefined) && (missing0 = "readinessProbe"))) {
        validate60.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.longRunning !== undefined) {
            let data0 = data.longRunning;
            const _errs0 = errors;
            if (true !== data0) {
                validate60.errors = [{ instancePath: instancePath + "/longRunning", schemaPath: "#/properties/longRunning/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) {
            if (data.receivesTraffic !== undefined) {
                let data1 = data.receivesTraffic;
                const _errs1 = errors;
                if (true !== data1) {
                    validate60.errors = [{ instancePath: instancePath + "/receivesTraffic", schemaPath: "#/properties/receivesTraffic/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                    return false;
                }
                else { }
                if (errors === _errs1) { }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.sidecar !== undefined) {
                    let data2 = data.sidecar;
                    const _errs2 = errors;
                    if (false !== data2) {
                        validate60.errors = [{ instancePath: instancePath + "/sidecar", schemaPath: "#/properties/sidecar/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" }];
                        return false;
                    }
                    else { }
                    if (errors === _errs2) { }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) { }
            }
        }
    }
} if (errors === 0) { } validate60.errors = vErrors; return errors === 0; }
const precompiled61 = validate61;
const schema61 = { "properties": { "readinessProbe": { "const": true } } };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.readinessProbe !== undefined) {
        let data0 = data.readinessProbe;
        const _errs0 = errors;
        if (true !== data0) {
            validate61.errors = [{ instancePath: instancePath + "/readinessProbe", schemaPath: "#/properties/readinessProbe/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
            return false;
        }
        else { }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate61.errors = vErrors; return errors === 0; }
const precompiled62 = validate62;
const schema62 = { "required": ["networkIsolated", "ownedServiceCount"], "properties": { "platform": { "const": "kubernetes" }, "ownedServiceCount": { "minimum": 2 } } };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (((data.networkIsolated === undefined) && (missing0 = "networkIsolated")) || ((data.ownedServiceCount === undefined) && (missing0 = "ownedServiceCount"))) {
        validate62.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
    }
    else {
        if (data.platform !== undefined) {
            let data0 = data.platform;
            const _errs0 = errors;
            if ("kubernetes" !== data0) {
                validate62.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/const", keyword: "const", params: { allowedValue: "kubernetes" }, message: "must be equal to constant" }];
                return false;
            }
            else { }
            if (errors === _errs0) { }
            var valid0 = _errs0 === errors;
        }
        else {
            var valid0 = true;
        }
        if (valid0) {
            if (data.ownedServiceCount !== undefined) {
                let data1 = data.ownedServiceCount;
                const _errs1 = errors;
                if ((typeof data1 == "number") && (isFinite(data1))) {
                    if (data1 < 2 || isNaN(data1)) {
                        validate62.errors = [{ instancePath: instancePath + "/ownedServiceCount", schemaPath: "#/properties/ownedServiceCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" }];
                        return false;
                    }
                    else { }
                }
                if (errors === _errs1) { }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) { }
        }
    }
} if (errors === 0) { } validate62.errors = vErrors; return errors === 0; }
const precompiled63 = validate63;
const schema63 = { "properties": { "networkIsolated": { "const": true } } };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.networkIsolated !== undefined) {
        let data0 = data.networkIsolated;
        const _errs0 = errors;
        if (true !== data0) {
            validate63.errors = [{ instancePath: instancePath + "/networkIsolated", schemaPath: "#/properties/networkIsolated/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
            return false;
        }
        else { }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate63.errors = vErrors; return errors === 0; }
const precompiled64 = validate64;
const schema64 = { "required": ["autoscaled", "owned", "stateless", "workloadType"], "properties": { "owned": { "const": true }, "stateless": { "const": true }, "workloadType": { "enum": ["Deployment", "ReplicaSet", "helm-values", "ecs-service"] } }, "not": { "required": ["replicas"], "properties": { "replicas": { "const": 0 } } } };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.replicas === undefined) && (missing0 = "replicas")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.replicas !== undefined) {
            let data0 = data.replicas;
            const _errs2 = errors;
            if (0 !== data0) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            else { }
            if (errors === _errs2) { }
            var valid1 = _errs2 === errors;
        }
        else {
            var valid1 = true;
        }
        if (valid1) { }
    }
} if (errors === _errs1) { } var valid0 = _errs1 === errors; if (valid0) {
    validate64.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((((data.autoscaled === undefined) && (missing1 = "autoscaled")) || ((data.owned === undefined) && (missing1 = "owned"))) || ((data.stateless === undefined) && (missing1 = "stateless"))) || ((data.workloadType === undefined) && (missing1 = "workloadType"))) {
            validate64.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
        else {
            if (data.owned !== undefined) {
                let data1 = data.owned;
                const _errs3 = errors;
                if (true !== data1) {
                    validate64.errors = [{ instancePath: instancePath + "/owned", schemaPath: "#/properties/owned/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                    return false;
                }
                else { }
                if (errors === _errs3) { }
                var valid2 = _errs3 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) {
                if (data.stateless !== undefined) {
                    let data2 = data.stateless;
                    const _errs4 = errors;
                    if (true !== data2) {
                        validate64.errors = [{ instancePath: instancePath + "/stateless", schemaPath: "#/properties/stateless/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                        return false;
                    }
                    else { }
                    if (errors === _errs4) { }
                    var valid2 = _errs4 === errors;
                }
                else {
                    var valid2 = true;
                }
                if (valid2) {
                    if (data.workloadType !== undefined) {
                        let data3 = data.workloadType;
                        const _errs5 = errors;
                        const vSchema0 = schema64.properties.workloadType.enum;
                        if (!((((data3 === "Deployment") || (data3 === "ReplicaSet")) || (data3 === "helm-values")) || (data3 === "ecs-service"))) {
                            validate64.errors = [{ instancePath: instancePath + "/workloadType", schemaPath: "#/properties/workloadType/enum", keyword: "enum", params: { allowedValues: schema64.properties.workloadType.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                        }
                        else { }
                        if (errors === _errs5) { }
                        var valid2 = _errs5 === errors;
                    }
                    else {
                        var valid2 = true;
                    }
                    if (valid2) { }
                }
            }
        }
    }
    if (errors === 0) { }
} validate64.errors = vErrors; return errors === 0; }
const precompiled65 = validate65;
const schema65 = { "properties": { "autoscaled": { "const": true } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.autoscaled !== undefined) {
        let data0 = data.autoscaled;
        const _errs0 = errors;
        if (true !== data0) {
            validate65.errors = [{ instancePath: instancePath + "/autoscaled", schemaPath: "#/properties/autoscaled/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
            return false;
        }
        else { }
        if (errors === _errs0) { }
        var valid0 = _errs0 === errors;
    }
    else {
        var valid0 = true;
    }
    if (valid0) { }
} if (errors === 0) { } validate65.errors = vErrors; return errors === 0; }
/** Each built-in policy schema's validator, by the schema's JSON (see `schemaCompiler`). */
const PRECOMPILED_POLICY_SCHEMAS = new Map([
    ["{\"required\":[\"hasDeployables\"],\"properties\":{\"hasDeployables\":{\"const\":true}}}", precompiled0],
    ["{\"not\":{\"required\":[\"fitMismatch\"]}}", precompiled1],
    ["{\"required\":[\"hasDeployables\",\"reassessmentMonths\"],\"properties\":{\"hasDeployables\":{\"const\":true}}}", precompiled2],
    ["{\"properties\":{\"reassessmentMonths\":{\"maximum\":12}}}", precompiled3],
    ["{\"required\":[\"hasLogs\"],\"properties\":{\"hasLogs\":{\"const\":true}}}", precompiled4],
    ["{\"anyOf\":[{\"properties\":{\"ownedServiceCount\":{\"minimum\":5}}},{\"properties\":{\"functionCount\":{\"minimum\":20}}}]}", precompiled5],
    ["{\"required\":[\"hasKubernetes\"],\"properties\":{\"hasKubernetes\":{\"const\":true}}}", precompiled6],
    ["{\"required\":[\"clusterInCode\"],\"properties\":{\"clusterInCode\":{\"const\":true}}}", precompiled7],
    ["{\"required\":[\"triggers\"],\"properties\":{\"triggers\":{\"contains\":{\"required\":[\"kind\"],\"properties\":{\"kind\":{\"enum\":[\"http-rest\",\"http-api\",\"http-other\"]}}}}},\"not\":{\"required\":[\"deployTime\"],\"properties\":{\"deployTime\":{\"const\":true}}}}", precompiled8],
    ["{\"anyOf\":[{\"required\":[\"provisionedConcurrency\"],\"properties\":{\"provisionedConcurrency\":{\"exclusiveMinimum\":0}}},{\"required\":[\"snapStart\"],\"properties\":{\"snapStart\":{\"const\":true}}},{\"required\":[\"minScale\"],\"properties\":{\"minScale\":{\"minimum\":1}}},{\"required\":[\"plan\"],\"properties\":{\"plan\":{\"enum\":[\"premium\",\"dedicated\"]}}}]}", precompiled9],
    ["{\"required\":[\"runtime\"],\"properties\":{\"runtime\":{\"pattern\":\"^(java|dotnet)\"}}}", precompiled10],
    ["{\"required\":[\"deploys\"],\"properties\":{\"deploys\":{\"const\":true}}}", precompiled11],
    ["{\"required\":[\"autoscaledBy\",\"replicas\"],\"properties\":{\"platform\":{\"enum\":[\"kubernetes\",\"aws-ecs\"]}},\"not\":{\"required\":[\"replicasIgnoredOnApply\"],\"properties\":{\"replicasIgnoredOnApply\":{\"const\":true}}}}", precompiled12],
    ["{\"not\":{\"required\":[\"replicas\"]}}", precompiled13],
    ["{\"required\":[\"hasTraces\"],\"properties\":{\"hasTraces\":{\"const\":true}}}", precompiled14],
    ["{\"required\":[\"platform\",\"triggers\"],\"properties\":{\"platform\":{\"const\":\"aws-lambda\"},\"triggers\":{\"contains\":{\"required\":[\"kind\"],\"properties\":{\"kind\":{\"enum\":[\"queue\",\"pubsub\",\"storage\",\"event-bus\"]}}}}}}", precompiled15],
    ["{\"anyOf\":[{\"required\":[\"reservedConcurrency\"]},{\"properties\":{\"triggers\":{\"items\":{\"if\":{\"required\":[\"kind\"],\"properties\":{\"kind\":{\"enum\":[\"pubsub\",\"storage\",\"event-bus\"]}}},\"then\":false,\"else\":{\"if\":{\"required\":[\"kind\"],\"properties\":{\"kind\":{\"const\":\"queue\"}}},\"then\":{\"required\":[\"maximumConcurrency\"]}}}}}}]}", precompiled16],
    ["{\"required\":[\"platform\",\"triggers\"],\"properties\":{\"platform\":{\"const\":\"aws-lambda\"},\"triggers\":{\"contains\":{\"required\":[\"kind\"],\"properties\":{\"kind\":{\"enum\":[\"queue\",\"stream\",\"pubsub\",\"storage\",\"event-bus\"]}}}}}}", precompiled17],
    ["{\"allOf\":[{\"if\":{\"properties\":{\"triggers\":{\"contains\":{\"required\":[\"kind\"],\"properties\":{\"kind\":{\"enum\":[\"stream\",\"pubsub\",\"storage\",\"event-bus\"]}}}}}},\"then\":{\"required\":[\"failureDestination\"],\"properties\":{\"failureDestination\":{\"const\":true}}}},{\"properties\":{\"triggers\":{\"items\":{\"if\":{\"required\":[\"kind\",\"queue\"],\"properties\":{\"kind\":{\"const\":\"queue\"}}},\"then\":{\"properties\":{\"queue\":{\"properties\":{\"hasRedrive\":{\"const\":true}}}}}}}}}]}", precompiled18],
    ["{\"required\":[\"timeoutShareOfPlatformMax\"],\"properties\":{\"timeoutShareOfPlatformMax\":{\"maximum\":1}},\"not\":{\"anyOf\":[{\"required\":[\"durable\"],\"properties\":{\"durable\":{\"const\":true}}},{\"required\":[\"deployTime\"],\"properties\":{\"deployTime\":{\"const\":true}}}]}}", precompiled19],
    ["{\"properties\":{\"timeoutShareOfPlatformMax\":{\"exclusiveMaximum\":0.8}}}", precompiled20],
    ["{\"required\":[\"reservedConcurrency\"]}", precompiled21],
    ["{\"properties\":{\"reservedConcurrency\":{\"exclusiveMinimum\":0}}}", precompiled22],
    ["{\"required\":[\"timeout\",\"gateway\"],\"not\":{\"required\":[\"timeoutIsDefault\"]}}", precompiled23],
    ["{\"if\":{\"required\":[\"gatewayIntegrationTimeout\"]},\"then\":{\"properties\":{\"timeout\":{\"maximum\":{\"$data\":\"1/gatewayIntegrationTimeout\"}}}},\"else\":{\"allOf\":[{\"if\":{\"properties\":{\"gateway\":{\"const\":\"api-gateway-rest\"}}},\"then\":{\"properties\":{\"timeout\":{\"maximum\":29}}}},{\"if\":{\"properties\":{\"gateway\":{\"const\":\"api-gateway-http\"}}},\"then\":{\"properties\":{\"timeout\":{\"maximum\":30}}}},{\"if\":{\"properties\":{\"gateway\":{\"const\":\"azure-http\"}}},\"then\":{\"properties\":{\"timeout\":{\"maximum\":230}}}}]}}", precompiled24],
    ["{\"required\":[\"timeout\",\"platformMaxTimeout\"]}", precompiled25],
    ["{\"allOf\":[{\"if\":{\"properties\":{\"platform\":{\"const\":\"aws-lambda\"}}},\"then\":{\"properties\":{\"timeout\":{\"maximum\":900}}}},{\"if\":{\"properties\":{\"platform\":{\"const\":\"azure-functions\"},\"plan\":{\"const\":\"consumption\"}},\"required\":[\"plan\"]},\"then\":{\"properties\":{\"timeout\":{\"maximum\":600}}}},{\"if\":{\"properties\":{\"platform\":{\"const\":\"gcp-functions\"}}},\"then\":{\"properties\":{\"timeout\":{\"maximum\":540}}}},{\"if\":{\"properties\":{\"platform\":{\"const\":\"knative\"}}},\"then\":{\"properties\":{\"timeout\":{\"maximum\":3600}}}}]}", precompiled26],
    ["{\"required\":[\"platform\"],\"properties\":{\"platform\":{\"const\":\"aws-lambda\"}},\"not\":{\"required\":[\"deployTime\"],\"properties\":{\"deployTime\":{\"const\":true}}}}", precompiled27],
    ["{\"required\":[\"tracing\"],\"properties\":{\"tracing\":{\"const\":true}}}", precompiled28],
    ["{\"required\":[\"maxReplicas\",\"effectiveMinReplicas\"]}", precompiled29],
    ["{\"properties\":{\"maxReplicas\":{\"exclusiveMinimum\":{\"$data\":\"1/effectiveMinReplicas\"}}}}", precompiled30],
    ["{\"required\":[\"effectiveMinReplicas\"],\"anyOf\":[{\"required\":[\"scaler\"],\"properties\":{\"scaler\":{\"enum\":[\"hpa-v1\",\"hpa-v2\"]}}},{\"required\":[\"minReplicas\"],\"properties\":{\"minReplicas\":{\"minimum\":1}}}]}", precompiled31],
    ["{\"properties\":{\"effectiveMinReplicas\":{\"minimum\":2}}}", precompiled32],
    ["{\"required\":[\"targetFound\"]}", precompiled33],
    ["{\"properties\":{\"targetFound\":{\"const\":true}}}", precompiled34],
    ["{\"properties\":{\"resources\":{\"maxItems\":0}}}", precompiled35],
    ["{\"anyOf\":[{\"required\":[\"hasIac\"],\"properties\":{\"hasIac\":{\"const\":true}}},{\"required\":[\"hasKubernetes\"],\"properties\":{\"hasKubernetes\":{\"const\":true}}}]}", precompiled36],
    ["{\"required\":[\"effect\"],\"properties\":{\"effect\":{\"const\":\"Allow\"}}}", precompiled37],
    ["{\"properties\":{\"wildcardAction\":{\"const\":false},\"unscopedActions\":{\"maxItems\":0}}}", precompiled38],
    ["{\"required\":[\"platform\"],\"properties\":{\"platform\":{\"const\":\"knative\"}}}", precompiled39],
    ["{\"required\":[\"maxScale\"],\"properties\":{\"maxScale\":{\"exclusiveMinimum\":0}}}", precompiled40],
    ["{\"required\":[\"hasKubernetes\",\"teamSize\"],\"properties\":{\"hasKubernetes\":{\"const\":true}}}", precompiled41],
    ["{\"properties\":{\"teamSize\":{\"minimum\":6}}}", precompiled42],
    ["{\"required\":[\"platform\"],\"properties\":{\"platform\":{\"const\":\"aws-lambda\"}}}", precompiled43],
    ["{\"required\":[\"logRetentionDays\"]}", precompiled44],
    ["{\"required\":[\"hasMetrics\"],\"properties\":{\"hasMetrics\":{\"const\":true}}}", precompiled45],
    ["{\"required\":[\"kind\",\"queue\"],\"properties\":{\"kind\":{\"const\":\"queue\"},\"queue\":{\"required\":[\"visibilityToTimeoutRatio\"]}}}", precompiled46],
    ["{\"properties\":{\"queue\":{\"properties\":{\"visibilityToTimeoutRatio\":{\"minimum\":6}}}}}", precompiled47],
    ["{\"required\":[\"totalReservedConcurrency\"]}", precompiled48],
    ["{\"properties\":{\"totalReservedConcurrency\":{\"maximum\":900}}}", precompiled49],
    ["{\"required\":[\"containerServiceCount\"],\"properties\":{\"containerServiceCount\":{\"minimum\":10}}}", precompiled50],
    ["{\"required\":[\"hasMesh\"],\"properties\":{\"hasMesh\":{\"const\":true}}}", precompiled51],
    ["{\"required\":[\"exposed\",\"gatewayInFront\",\"exposedServiceCount\"],\"properties\":{\"exposedServiceCount\":{\"minimum\":2}}}", precompiled52],
    ["{\"properties\":{\"gatewayInFront\":{\"const\":true}}}", precompiled53],
    ["{\"required\":[\"hasDeployables\",\"teamSize\"],\"properties\":{\"hasDeployables\":{\"const\":true}}}", precompiled54],
    ["{\"properties\":{\"servicesPerEngineer\":{\"maximum\":2}}}", precompiled55],
    ["{\"required\":[\"databaseSharedWith\"]}", precompiled56],
    ["{\"not\":{\"required\":[\"databaseSharedWith\"]}}", precompiled57],
    ["{\"required\":[\"cost\"]}", precompiled58],
    ["{\"properties\":{\"cost\":{\"properties\":{\"monthly\":{\"maximum\":{\"$data\":\"1/containerMonthly\"}}}}}}", precompiled59],
    ["{\"required\":[\"longRunning\",\"readinessProbe\"],\"properties\":{\"longRunning\":{\"const\":true},\"receivesTraffic\":{\"const\":true},\"sidecar\":{\"const\":false}}}", precompiled60],
    ["{\"properties\":{\"readinessProbe\":{\"const\":true}}}", precompiled61],
    ["{\"required\":[\"networkIsolated\",\"ownedServiceCount\"],\"properties\":{\"platform\":{\"const\":\"kubernetes\"},\"ownedServiceCount\":{\"minimum\":2}}}", precompiled62],
    ["{\"properties\":{\"networkIsolated\":{\"const\":true}}}", precompiled63],
    ["{\"required\":[\"autoscaled\",\"owned\",\"stateless\",\"workloadType\"],\"properties\":{\"owned\":{\"const\":true},\"stateless\":{\"const\":true},\"workloadType\":{\"enum\":[\"Deployment\",\"ReplicaSet\",\"helm-values\",\"ecs-service\"]}},\"not\":{\"required\":[\"replicas\"],\"properties\":{\"replicas\":{\"const\":0}}}}", precompiled64],
    ["{\"properties\":{\"autoscaled\":{\"const\":true}}}", precompiled65],
]);

;// CONCATENATED MODULE: ./src/evaluate/fields-read.ts
const COMBINATORS = ["allOf", "anyOf", "oneOf"];
const BRANCHES = ["not", "if", "then", "else"];
/**
 * The subject's own fields a policy reads: those its schemas name at the top level (in `properties` or
 * `required`, through allOf/anyOf/oneOf/not/if/then/else), and its `at` field. A subject with one of them
 * unresolved is not judged by the policy, so no finding is ever invented from a value archlint could not read.
 */
function fieldsRead(policy) {
    const fields = new Set(policy.at ? [policy.at.split(".")[0]] : []);
    if (policy.each)
        return fields;
    for (const schema of [policy.when, policy.assert, ...(policy.escalate ?? []).map((e) => e.when)]) {
        if (schema)
            collect(schema, fields);
    }
    return fields;
}
function collect(schema, fields) {
    if (typeof schema !== "object" || schema === null)
        return;
    const node = schema;
    if (typeof node.properties === "object" && node.properties !== null) {
        for (const key of Object.keys(node.properties))
            fields.add(key);
    }
    if (Array.isArray(node.required))
        for (const key of node.required)
            fields.add(String(key));
    for (const key of COMBINATORS)
        if (Array.isArray(node[key]))
            for (const part of node[key])
                collect(part, fields);
    for (const key of BRANCHES)
        collect(node[key], fields);
}

;// CONCATENATED MODULE: ./src/evaluate/compile.ts




const compilers = new Map();
/** How policy schemas compile; `scripts/precompile-policies.ts` generates the built-in ones' code with these. */
function policyAjvOptions(builtin) {
    return {
        $data: true,
        strict: true,
        strictTypes: false,
        strictRequired: false,
        allErrors: false,
        validateSchema: !builtin,
        // The optimising pass costs more at every start than it saves on the few thousand subjects of a scan.
        code: { regExp: linearRegExp, optimize: false },
    };
}
/**
 * One validator cache per process: a schema, once its params are substituted, is compiled once, whether the
 * loader checks it or a scan runs it, whatever the number of subjects. The built-in policies' schemas (with
 * their default params) were compiled at build time, so a scan compiles only what a team wrote or changed.
 * Only a team's own policies are checked against the JSON Schema meta-schema when they compile (compiling the
 * meta-schema costs more than all the built-in policies): the built-in ones are checked by archlint's tests.
 */
function schemaCompiler(origin = { builtin: false }) {
    const existing = compilers.get(origin.builtin);
    if (existing)
        return existing;
    let ajv;
    const compiled = new Map();
    const compiler = (schema) => {
        const key = JSON.stringify(schema);
        let validate = compiled.get(key) ?? (origin.builtin ? PRECOMPILED_POLICY_SCHEMAS.get(key) : undefined);
        if (!validate) {
            ajv ??= new dist_ajv.Ajv(policyAjvOptions(origin.builtin));
            validate = ajv.compile(schema);
        }
        compiled.set(key, validate);
        return validate;
    };
    compilers.set(origin.builtin, compiler);
    return compiler;
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
        reads: fieldsRead(policy),
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
    return policies.flatMap((policy) => {
        const setting = settings[policy.id];
        if (setting === "off")
            return [];
        const effective = setting?.severity ? { ...policy, severity: setting.severity } : policy;
        return [compilePolicy(effective, schemaCompiler(policy.origin), setting?.params)];
    });
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/extract/evidence/delivery-catalog.ts
/** CI/CD systems, by the path of their pipeline files. */
const CI_SYSTEMS = [
    { system: "GitHub Actions", path: /^\.github\/workflows\/[^/]+\.ya?ml$/ },
    { system: "GitLab CI", path: /(^|\/)\.gitlab-ci\.ya?ml$/ },
    { system: "Jenkins", path: /(^|\/)Jenkinsfile[^/]*$/ },
    { system: "CircleCI", path: /(^|\/)\.circleci\/config\.ya?ml$/ },
    {
        system: "Azure Pipelines",
        path: /(^|\/)(azure-pipelines[^/]*|\.azure-pipelines\/[^/]+|\.azuredevops\/[^/]+)\.ya?ml$/,
    },
    { system: "Bitbucket Pipelines", path: /(^|\/)bitbucket-pipelines\.ya?ml$/ },
    { system: "Buildkite", path: /(^|\/)\.buildkite\/[^/]+\.ya?ml$/ },
    { system: "AWS CodeBuild", path: /(^|\/)buildspec[^/]*\.ya?ml$/ },
    { system: "Google Cloud Build", path: /(^|\/)cloudbuild[^/]*\.(ya?ml|json)$/ },
    { system: "Travis CI", path: /(^|\/)\.travis\.ya?ml$/ },
    { system: "Drone", path: /(^|\/)\.drone\.ya?ml$/ },
    { system: "AWS Amplify Console", path: /(^|\/)amplify\.ya?ml$/ },
];
/**
 * Pipelines declared as resources or exports rather than by file name: the evidence is a line of the file.
 * `deploys` says whether the declaration itself shows a deployment.
 */
const CI_DECLARATIONS = [
    {
        system: "AWS CodePipeline",
        pattern: /\bAWS::CodePipeline::Pipeline\b|resource\s+"aws_codepipeline"/,
        deploys: /["']?[Cc]ategory["']?\s*[:=]\s*["']?Deploy\b/,
    },
    {
        system: "AWS CodePipeline",
        pattern: /\bapplications\/aws-sam-codepipeline-cd\b/,
        deploys: /\bapplications\/aws-sam-codepipeline-cd\b/,
    },
    {
        system: "AWS Amplify Console",
        pattern: /\bAWS::Amplify::(Branch|App)\b|resource\s+"aws_amplify_(branch|app)"/,
        deploys: /\bEnableAutoBuild["']?\s*:\s*["']?true\b|\benable_auto_build\s*=\s*true\b/,
    },
    { system: "Azure Pipelines (classic release)", pattern: /"deployPhases"\s*:/, deploys: /"deployPhases"\s*:/ },
];
/**
 * A job that creates its own cluster (kind, k3d, minikube) and deploys into it is an end-to-end test: the
 * cluster dies with the job, nothing is delivered.
 */
const THROWAWAY_CLUSTER = /\bkind\s+create\s+cluster\b|\bk3d\s+cluster\s+create\b|\bminikube\s+start\b|uses\s*:\s*["']?(helm\/kind-action|engineerd\/setup-kind|container-tools\/kind-action|AbsaOSS\/k3d-action|nolar\/setup-k3d-k3s|medyagh\/setup-minikube|manusa\/actions-setup-minikube)@/;
/** GitOps: a controller that applies the repository to a cluster deploys by definition. */
const GITOPS = [
    { system: "Argo CD", kind: /^(Application|ApplicationSet)$/, apiGroup: /^argoproj\.io\// },
    { system: "Flux", kind: /^(Kustomization|HelmRelease)$/, apiGroup: /^(kustomize|helm)\.toolkit\.fluxcd\.io\// },
];
/** Global options between a tool and its subcommand: `terraform -chdir=infra apply`, `kubectl -n shop apply`. */
const OPTIONS = String.raw `(?:\s+--?[\w-]+(?:=\S+|\s+[^\s-]\S*)?)*`;
const tool = (names, subcommands) => new RegExp(String.raw `\b(?:${names})${OPTIONS}\s+(?:${subcommands})\b`);
/**
 * Commands, actions and tasks that deploy, as a pipeline step would run them. `intoCluster`: the step deploys to
 * whatever cluster the job is connected to, so in a job that creates a throwaway one it is a test.
 */
const DEPLOY_STEPS = [
    { label: "sam deploy", pattern: /\bsam\s+deploy\b/ },
    { label: "serverless deploy", pattern: /\b(serverless|sls)\s+deploy\b/ },
    { label: "cdk deploy", pattern: /\bcdk(tf)?\s+deploy\b/ },
    { label: "terraform apply", pattern: tool("terraform|tofu|terragrunt", "(?:run-all\\s+)?apply") },
    { label: "pulumi up", pattern: tool("pulumi", "up") },
    {
        label: "kubectl apply",
        pattern: tool("kubectl", "apply|create|replace|set\\s+image|rollout\\s+restart"),
        intoCluster: true,
    },
    { label: "helm upgrade/install", pattern: tool("helm|helmfile", "upgrade|install|apply|sync"), intoCluster: true },
    { label: "gcloud deploy", pattern: /\bgcloud\s+(beta\s+)?([\w-]+\s+){0,2}deploy\b|\bgke-deploy\b/ },
    {
        label: "az deploy",
        pattern: /\baz\s+[\w-]+(\s+[\w-]+)*?\s+(deploy|deployment\s+(group|sub)\s+create|deployment\s+source)\b/,
    },
    { label: "func publish", pattern: /\bfunc\s+azure\s+functionapp\s+publish\b/ },
    { label: "skaffold run", pattern: /\bskaffold\s+(run|deploy)\b/, intoCluster: true },
    { label: "aws cloudformation deploy", pattern: /\baws\s+cloudformation\s+(deploy|create-stack|update-stack)\b/ },
    {
        label: "aws deploy",
        pattern: /\baws\s+(ecs\s+update-service|lambda\s+update-function-code|deploy\s+create-deployment)\b/,
    },
    { label: "docker stack deploy", pattern: /\bdocker\s+stack\s+deploy\b/ },
    {
        label: "chart release",
        pattern: /uses\s*:\s*["']?helm\/chart-releaser-action@|\bhelm\s+push\b|\bcr\s+upload\b/,
    },
    { label: "argocd sync", pattern: /\bargocd\s+app\s+sync\b|\bflux\s+reconcile\b/, intoCluster: true },
    {
        label: "deploy script",
        pattern: /\b(make|npm\s+run|yarn|pnpm(\s+run)?)\s+deploy[\w:-]*\b|[\w./-]*deploy[\w.-]*\.(sh|bash|ps1|py|js|mjs|ts)\b|\.(sh|bash|ps1|py)\s+deploy\b/,
        intoCluster: true,
    },
    {
        label: "Amplify Console build",
        onlyIn: "AWS Amplify Console",
        pattern: /^\s*(frontend|backend|applications)\s*:/m,
    },
    {
        label: "deploy action",
        pattern: /uses\s*:\s*["']?(aws-actions\/(amazon-ecs-deploy-task-definition|aws-cloudformation-github-deploy)|azure\/(webapps-deploy|functions-action|k8s-deploy|arm-deploy|static-web-apps-deploy)|google-github-actions\/(deploy-cloudrun|deploy-cloud-functions|deploy-appengine)|serverless\/github-action|pulumi\/actions)@/i,
    },
    {
        label: "deploy task",
        pattern: /task\s*:\s*["']?(AzureFunctionApp|AzureWebApp|AzureRmWebAppDeployment|AzureResourceManagerTemplateDeployment|AzureResourceGroupDeployment|KubernetesManifest|HelmDeploy|AzureStaticWebApp|AzureContainerApps)@/,
    },
    { label: "GitLab environment", onlyIn: "GitLab CI", pattern: /^\s+environment\s*:\s*(\S|$)/m },
];

;// CONCATENATED MODULE: ./src/discover/deployment-role.ts
/** Folders whose manifests are opt-in add-ons or illustrations, not the system the repository deploys. */
const OPTIONAL_FOLDERS = new Set(["extras", "extra", "examples", "example", "samples", "sample"]);
/** Folders that hold tests and their inputs. */
const TEST_FOLDERS = new Set(["test", "tests", "__tests__", "e2e", "fixtures", "testdata", "__snapshots__"]);
/** Compose files whose name says they run tests or CI, not the deployed system (`docker-compose.ci.yml`). */
const TEST_COMPOSE = /^(docker-)?compose[-._].*\b(test|tests|ci|e2e|it)\b.*\.ya?ml$/i;
/** Snapshots a test compares against (`AppStackExpected.json`, `*.snap`): copies of a stack, not one deployed. */
const TEST_SNAPSHOT = /(Expected\.json|\.snap)$/;
/** A folder a Compose file sits in that runs tests (`ci/docker-compose.yml`). */
const CI_FOLDERS = new Set(["ci", ".ci"]);
/**
 * Whether a file (POSIX, relative to the scanned root: folders above the root never count) is set aside, and why:
 * optional (an add-on or example) or test (a test's input, a snapshot, a test or CI compose file).
 */
function setAsideRole(path) {
    const parts = path.split("/");
    const name = parts[parts.length - 1] ?? "";
    const folders = parts.slice(0, -1);
    const lower = folders.map((folder) => folder.toLowerCase());
    const testAt = lower.findIndex((folder, index) => TEST_FOLDERS.has(folder) || (folder === "src" && lower[index + 1] === "test"));
    if (testAt >= 0) {
        const marker = lower[testAt] === "src" ? "src/test/" : `${folders[testAt]}/`;
        return { role: "test", reason: `below ${marker}`, marker };
    }
    const snapshot = TEST_SNAPSHOT.exec(name);
    if (snapshot)
        return { role: "test", reason: "a test snapshot", marker: snapshot[1] ?? name };
    const isCompose = /^(docker-)?compose([-._].*)?\.ya?ml$/i.test(name);
    if (isCompose && TEST_COMPOSE.test(name))
        return { role: "test", reason: "a compose file for tests or CI", marker: name };
    const ci = folders.find((folder) => CI_FOLDERS.has(folder.toLowerCase()));
    if (isCompose && ci)
        return { role: "test", reason: `a compose file below ${ci}/`, marker: `${ci}/` };
    const optional = folders.find((folder) => OPTIONAL_FOLDERS.has(folder.toLowerCase()));
    if (optional)
        return { role: "optional", reason: `below ${optional}/`, marker: `${optional}/` };
    return undefined;
}
/**
 * Whether the config's `include` names a set-aside file: one of its patterns spells out what set the file aside
 * (`examples/**`, `**\/docker-compose.ci.yml`, `**\/*Expected.json`), so a catch-all such as `**\/*.yml` does not.
 */
const namedByInclude = (role, include) => include.some((pattern) => pattern.toLowerCase().includes(role.marker.toLowerCase()));

;// CONCATENATED MODULE: ./src/discover/manifest-names.ts
/**
 * Directories that hold dependencies or generated output, never the team's own manifests; `.archlint` holds
 * custom policies and their fixtures, whose example manifests must not count as the repository's.
 */
const SKIPPED_DIRECTORIES = new Set([
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
const SCRIPT_FOLDERS = /(^|\/)(scripts?|deploy(ments?)?|infra(structure)?|hack|bin|ci|\.github|tools|setup|clusters?)\//i;
/** A script archlint reads wherever it is, without being named by a pipeline: at the root or in a usual folder. */
const isScriptInUsualPlace = (path) => SCRIPT.test(path) && (!path.includes("/") || SCRIPT_FOLDERS.test(path));
const isScript = (name) => SCRIPT.test(name);
function isSecretFile(name) {
    return SECRET_FILES.some((pattern) => pattern.test(name));
}
/**
 * The format a file is read as, or undefined when archlint has no use for it. A script elsewhere than the usual
 * places is read only when a pipeline runs it (see `discover`).
 */
function formatOf(name, path = name) {
    const lower = name.toLowerCase();
    if (isSecretFile(name))
        return undefined;
    if (isScript(name))
        return isScriptInUsualPlace(path) ? "script" : undefined;
    // A Terraform template that says what it renders (`policy.json.tftpl`) is read as that, placeholders and all.
    const rendered = lower.endsWith(".tftpl") ? lower.slice(0, -".tftpl".length) : lower;
    if (rendered.endsWith(".yml") || rendered.endsWith(".yaml"))
        return "yaml";
    if (rendered.endsWith(".json"))
        return "json";
    if (rendered !== lower)
        return undefined;
    if (lower.endsWith(".tf") || lower.endsWith(".tofu") || lower.endsWith(".hcl"))
        return "hcl";
    if (lower.endsWith(".tpl"))
        return "helm-template";
    return TEXT_NAMES.some((pattern) => pattern.test(name)) ? "text" : undefined;
}

;// CONCATENATED MODULE: ./src/discover/discover.ts






const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Walks the root: .gitignore files apply below their folder; symlinks never lead out of the root. */
function discover(fs, options) {
    const root = fs.realPath(options.root) ?? options.root;
    // No include list means every file: nothing to match.
    const include = options.include?.length ? options.include.map(compileGlob) : undefined;
    const exclude = (options.exclude ?? []).map(compileGlob);
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const files = [];
    const skipped = [];
    const otherScripts = [];
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
            const format = formatOf(entry.name, path);
            const script = !format && isScript(entry.name);
            if ((!format && !script) || excluded(path, false) || (include && !include.some((m) => m.match(path))))
                continue;
            if (ignoredByGit(localScopes, path, false))
                continue;
            const size = sizeInsideRoot(fs, root, `${absolute}/${entry.name}`, entry.type);
            if (typeof size === "string")
                skipped.push({ path, reason: size });
            else if (size > maxBytes)
                skipped.push({ path, reason: `${size} bytes, above the ${maxBytes}-byte cap` });
            else if (format)
                files.push({ path, format, size });
            else
                otherScripts.push({ path, format: "script", size });
        }
    };
    walk("", []);
    files.push(...scriptsPipelinesRun(fs, root, files, otherScripts));
    return { ...setAside(markHelmTemplates(files), options.include ?? []), skipped };
}
/**
 * Examples, add-ons and tests leave the files judged, unless `include` names them. The marks are read below the
 * root only, and a root holding nothing else (a scanned `examples/` collection, a test suite) is judged whole: a
 * scan never ends up empty because of them.
 */
function setAside(files, include) {
    const kept = [];
    const aside = [];
    for (const file of files) {
        const role = setAsideRole(file.path);
        if (role && !namedByInclude(role, include))
            aside.push({ path: file.path, role: role.role, reason: role.reason });
        else
            kept.push(file);
    }
    return kept.length === 0 ? { files, setAside: [] } : { files: kept, setAside: aside };
}
/**
 * Scripts outside the usual folders that a CI pipeline names (`run: ./gke/create.sh`, by file name): read like
 * the others. Pipelines are read here only when such scripts exist.
 */
function scriptsPipelinesRun(fs, root, files, scripts) {
    if (scripts.length === 0)
        return [];
    const pipelines = files
        .filter((file) => CI_SYSTEMS.some(({ path }) => path.test(file.path)))
        .map((file) => Buffer.from(fs.readFile(`${root}/${file.path}`)).toString("utf8"));
    return scripts.filter((script) => pipelines.some((text) => text.includes(external_node_path_.posix.basename(script.path))));
}
/** The size of a regular file, or why it is not read (a symlink that leaves the root, a directory link, \u2026). */
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
 * Message templates: `{{field}}`, `{{a.b}}`, `{{params.x}}`, `{{params[field]}}`, which reads the param
 * named by the value of `field` (a cap per platform, say), and `{{a ?? b}}`, the first of them that is set.
 */
function renderTemplate(template, context) {
    return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_, expression) => {
        const values = expression.split("??").map((alternative) => lookup(alternative.trim(), context));
        return format(values.find((value) => value !== undefined && value !== null));
    });
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
            else if (!readsUnresolved(compiled, entity) && violates(compiled, entity))
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
/** The policy reads a field the manifest sets to a value that could not be resolved: no finding is invented. */
function readsUnresolved(compiled, entity) {
    return (entity.unresolved ?? []).some((field) => compiled.reads.has(field));
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
        subjectRef: entity.ref,
        field: fieldPath,
        ...(typeof entity.variantIdentity === "string"
            ? { variants: entity.variants, variantIdentity: entity.variantIdentity }
            : {}),
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
/** Not a policy: an `archlint:ignore` comment that suppressed nothing (see src/suppress/). */
const UNUSED_SUPPRESSION = "unused-suppression";

;// CONCATENATED MODULE: ./src/parse/hcl/cursor.ts
/** A syntax error at a character offset; the parser turns it into the file's one parse error. */
class HclSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Reads HCL source character by character: whitespace, the three comment styles, and expectations. */
class Cursor {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    peek(offset = 0) {
        return this.text.charAt(this.pos + offset);
    }
    atEnd() {
        return this.pos >= this.text.length;
    }
    startsWith(token) {
        return this.text.startsWith(token, this.pos);
    }
    /** Skips spaces and comments; newlines too when `newlines` (inside brackets they are not significant). */
    skip(newlines) {
        for (;;) {
            const c = this.peek();
            if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n"))
                this.pos++;
            else if (c === "#" || this.startsWith("//"))
                this.skipLineComment(newlines);
            else if (this.startsWith("/*")) {
                const end = this.text.indexOf("*/", this.pos + 2);
                if (end < 0)
                    throw new HclSyntaxError("unterminated /* comment", this.pos);
                this.pos = end + 2;
            }
            else
                return;
        }
    }
    skipLineComment(newlines) {
        const end = this.text.indexOf("\n", this.pos);
        this.pos = end < 0 ? this.text.length : newlines ? end + 1 : end;
    }
    expect(token, what = `"${token}"`) {
        if (!this.startsWith(token))
            throw this.error(`expected ${what}`);
        this.pos += token.length;
    }
    identifier() {
        const match = /[A-Za-z_][A-Za-z0-9_-]*/y;
        match.lastIndex = this.pos;
        const found = match.exec(this.text);
        if (!found)
            throw this.error("expected a name");
        this.pos += found[0].length;
        return found[0];
    }
    isIdentifierStart() {
        return /[A-Za-z_]/.test(this.peek());
    }
    error(message) {
        const found = this.atEnd() ? "end of file" : JSON.stringify(this.peek());
        return new HclSyntaxError(`${message}, found ${found}`, this.pos);
    }
}

;// CONCATENATED MODULE: ./src/parse/hcl/templates.ts

/** Skips to the bracket that closes the one just opened, over nested brackets and strings. */
function skipBalanced(cursor, close) {
    const opened = cursor.pos - 1;
    let depth = 0;
    while (!cursor.atEnd()) {
        const c = cursor.peek();
        if (c === '"') {
            quoted(cursor);
            continue;
        }
        if (c === "{" || c === "(" || c === "[")
            depth++;
        else if (c === "}" || c === ")" || c === "]") {
            if (depth === 0) {
                if (c !== close)
                    throw cursor.error(`expected "${close}"`);
                cursor.pos++;
                return;
            }
            depth--;
        }
        cursor.pos++;
    }
    throw new HclSyntaxError(`unterminated expression: expected "${close}"`, opened);
}
const ESCAPES = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
/** A quoted template: escapes decoded; `${\u2026}` and `%{\u2026}` kept as written, so references stay recognisable. */
function quoted(cursor) {
    const start = cursor.pos;
    cursor.pos++;
    let value = "";
    for (;;) {
        const c = cursor.peek();
        if (cursor.atEnd() || c === "\n")
            throw new HclSyntaxError("unterminated string", start);
        if (c === '"')
            break;
        if (c === "\\") {
            const next = cursor.peek(1);
            if (next === "u" || next === "U") {
                const digits = next === "u" ? 4 : 8;
                value += String.fromCodePoint(Number.parseInt(cursor.text.slice(cursor.pos + 2, cursor.pos + 2 + digits), 16));
                cursor.pos += 2 + digits;
            }
            else {
                value += ESCAPES[next] ?? next;
                cursor.pos += 2;
            }
        }
        else if ((c === "$" || c === "%") && cursor.peek(1) === "{") {
            const from = cursor.pos;
            cursor.pos += 2;
            skipBalanced(cursor, "}");
            value += cursor.text.slice(from, cursor.pos);
        }
        else if ((c === "$" || c === "%") && cursor.peek(1) === c && cursor.peek(2) === "{") {
            value += cursor.text.slice(cursor.pos, cursor.pos + 3);
            cursor.pos += 3;
        }
        else {
            value += c;
            cursor.pos++;
        }
    }
    cursor.pos++;
    return { value, node: { start, end: cursor.pos } };
}
/** `<<EOF` or `<<-EOF` (indented: the common leading whitespace is removed) up to the marker's own line. */
function heredoc(cursor) {
    const start = cursor.pos;
    cursor.pos += 2;
    const indented = cursor.peek() === "-";
    if (indented)
        cursor.pos++;
    const marker = cursor.identifier();
    const lineEnd = cursor.text.indexOf("\n", cursor.pos);
    if (lineEnd < 0 || cursor.text.slice(cursor.pos, lineEnd).trim() !== "") {
        throw cursor.error("expected a line break after the heredoc marker");
    }
    const contentStart = lineEnd + 1;
    let lineStart = contentStart;
    for (;;) {
        if (lineStart >= cursor.text.length)
            throw new HclSyntaxError(`heredoc not closed by ${marker}`, start);
        const next = cursor.text.indexOf("\n", lineStart);
        const lineStop = next < 0 ? cursor.text.length : next;
        if (cursor.text.slice(lineStart, lineStop).trim() === marker) {
            const content = cursor.text.slice(contentStart, lineStart);
            cursor.pos = lineStart + cursor.text.slice(lineStart, lineStop).indexOf(marker) + marker.length;
            const value = indented ? dedent(content) : content;
            return { value, node: { start, end: cursor.pos, embedded: [contentStart, lineStart] } };
        }
        lineStart = lineStop + 1;
    }
}
function dedent(content) {
    const lines = content.split("\n");
    const widths = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
    const strip = widths.length ? Math.min(...widths) : 0;
    return lines.map((line) => line.slice(strip)).join("\n");
}

;// CONCATENATED MODULE: ./src/parse/hcl/expressions.ts


const BINARY_OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%"];
/**
 * An expression as a plain value, the shape `.tf.json` files have: literals, objects and tuples as themselves,
 * and every other expression (references, calls, for-expressions, operators) as its source text in `${\u2026}`.
 * `jsonencode(x)` is read as `x`, so a policy document written with it is an object.
 */
function parseExpression(cursor, nested) {
    const start = cursor.pos;
    const first = parsePostfixed(cursor);
    let opaque = false;
    for (;;) {
        const before = cursor.pos;
        cursor.skip(nested);
        const operator = BINARY_OPERATORS.find((op) => cursor.startsWith(op));
        if (operator) {
            cursor.pos += operator.length;
            cursor.skip(nested);
            parsePostfixed(cursor);
            opaque = true;
            continue;
        }
        if (cursor.peek() === "?") {
            cursor.pos++;
            cursor.skip(nested);
            parseExpression(cursor, nested);
            cursor.skip(nested);
            cursor.expect(":", '":" of a conditional');
            cursor.skip(nested);
            parseExpression(cursor, nested);
            opaque = true;
            continue;
        }
        cursor.pos = before;
        break;
    }
    return opaque ? rawExpression(cursor, start) : first;
}
function rawExpression(cursor, start) {
    return { value: `\${${cursor.text.slice(start, cursor.pos).trim()}}`, node: { start, end: cursor.pos } };
}
function parsePostfixed(cursor) {
    const start = cursor.pos;
    const term = parseTerm(cursor);
    let traversed = false;
    for (;;) {
        if (cursor.peek() === "." && cursor.peek(1) !== ".") {
            cursor.pos++;
            if (cursor.peek() === "*")
                cursor.pos++;
            else if (/\d/.test(cursor.peek()))
                number(cursor);
            else
                cursor.identifier();
        }
        else if (cursor.peek() === "[") {
            cursor.pos++;
            cursor.skip(true);
            if (cursor.peek() === "*")
                cursor.pos++;
            else
                parseExpression(cursor, true);
            cursor.skip(true);
            cursor.expect("]");
        }
        else
            break;
        traversed = true;
    }
    return traversed ? rawExpression(cursor, start) : term;
}
function parseTerm(cursor) {
    const start = cursor.pos;
    const c = cursor.peek();
    if (c === '"')
        return quoted(cursor);
    if (cursor.startsWith("<<"))
        return heredoc(cursor);
    if (/\d/.test(c)) {
        const value = number(cursor);
        return { value, node: { start, end: cursor.pos } };
    }
    if (c === "{")
        return objectOrFor(cursor);
    if (c === "[")
        return tupleOrFor(cursor);
    if (c === "(") {
        cursor.pos++;
        cursor.skip(true);
        parseExpression(cursor, true);
        cursor.skip(true);
        cursor.expect(")");
        return rawExpression(cursor, start);
    }
    if (c === "-" || c === "!") {
        cursor.pos++;
        cursor.skip(false);
        const operand = parsePostfixed(cursor);
        if (c === "-" && typeof operand.value === "number")
            return { value: -operand.value, node: { start, end: cursor.pos } };
        return rawExpression(cursor, start);
    }
    if (cursor.isIdentifierStart())
        return identifierTerm(cursor);
    throw cursor.error("expected an expression");
}
const KEYWORDS = { true: true, false: false, null: null };
function identifierTerm(cursor) {
    const start = cursor.pos;
    let name = cursor.identifier();
    while (cursor.startsWith("::")) {
        cursor.pos += 2;
        name += `::${cursor.identifier()}`;
    }
    if (cursor.peek() !== "(") {
        if (name in KEYWORDS)
            return { value: KEYWORDS[name], node: { start, end: cursor.pos } };
        return rawExpression(cursor, start);
    }
    cursor.pos++;
    const args = [];
    cursor.skip(true);
    while (cursor.peek() !== ")") {
        args.push(parseExpression(cursor, true));
        cursor.skip(true);
        if (cursor.startsWith("...")) {
            cursor.pos += 3;
            cursor.skip(true);
        }
        if (cursor.peek() === ",") {
            cursor.pos++;
            cursor.skip(true);
        }
        else if (cursor.peek() !== ")")
            throw cursor.error('expected "," or ")" in a function call');
    }
    cursor.pos++;
    const only = args[0];
    if (name === "jsonencode" && args.length === 1 && only) {
        return { value: only.value, node: { ...only.node, start, end: cursor.pos } };
    }
    return rawExpression(cursor, start);
}
function number(cursor) {
    const match = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
    match.lastIndex = cursor.pos;
    const found = match.exec(cursor.text);
    if (!found)
        throw cursor.error("expected a number");
    cursor.pos += found[0].length;
    return Number(found[0]);
}
function startsFor(cursor) {
    const match = /for\s+[A-Za-z_][\w-]*\s*(,|in\s)/y;
    match.lastIndex = cursor.pos;
    return match.test(cursor.text);
}
function objectOrFor(cursor) {
    const start = cursor.pos;
    cursor.pos++;
    cursor.skip(true);
    if (startsFor(cursor)) {
        skipBalanced(cursor, "}");
        return rawExpression(cursor, start);
    }
    const value = {};
    const children = new Map();
    while (cursor.peek() !== "}") {
        if (cursor.atEnd())
            throw new HclSyntaxError('unterminated object: expected "}"', start);
        const keyStart = cursor.pos;
        const key = objectKey(cursor);
        cursor.skip(true);
        if (cursor.peek() !== "=" && cursor.peek() !== ":")
            throw cursor.error('expected "=" or ":" after an object key');
        cursor.pos++;
        cursor.skip(true);
        const item = parseExpression(cursor, true);
        if (!(key in value)) {
            value[key] = item.value;
            children.set(key, { ...item.node, start: keyStart });
        }
        cursor.skip(true);
        if (cursor.peek() === ",") {
            cursor.pos++;
            cursor.skip(true);
        }
    }
    cursor.pos++;
    return { value, node: { start, end: cursor.pos, children } };
}
function objectKey(cursor) {
    if (cursor.isIdentifierStart()) {
        const before = cursor.pos;
        const name = cursor.identifier();
        cursor.skip(true);
        if (cursor.peek() === "=" || cursor.peek() === ":")
            return name;
        cursor.pos = before;
    }
    const key = parseExpression(cursor, true);
    return typeof key.value === "string" ? key.value : cursor.text.slice(key.node.start, key.node.end);
}
function tupleOrFor(cursor) {
    const start = cursor.pos;
    cursor.pos++;
    cursor.skip(true);
    if (startsFor(cursor)) {
        skipBalanced(cursor, "]");
        return rawExpression(cursor, start);
    }
    const value = [];
    const children = new Map();
    while (cursor.peek() !== "]") {
        if (cursor.atEnd())
            throw new HclSyntaxError('unterminated list: expected "]"', start);
        const item = parseExpression(cursor, true);
        children.set(String(value.length), item.node);
        value.push(item.value);
        cursor.skip(true);
        if (cursor.peek() === ",") {
            cursor.pos++;
            cursor.skip(true);
        }
        else if (cursor.peek() !== "]")
            throw cursor.error('expected "," or "]" in a list');
    }
    cursor.pos++;
    return { value, node: { start, end: cursor.pos, children } };
}

;// CONCATENATED MODULE: ./src/parse/hcl/hcl-locator.ts


/**
 * Positions in an HCL file, from the ranges the parser kept. A path that goes on past a heredoc continues into
 * the JSON document written inside it (an IAM policy's `Statement[0]`), found with jsonc-parser.
 */
class HclLocator {
    text;
    root;
    lines;
    constructor(text, root) {
        this.text = text;
        this.root = root;
    }
    locate(_doc, path) {
        this.lines ??= new LineIndex(this.text);
        let node = this.root;
        let range = [node.start, node.end];
        for (let index = 0; index < path.length; index++) {
            const next = node.children?.get(String(path[index]));
            if (!next) {
                if (node.embedded)
                    range = embeddedRange(this.text, node.embedded, path.slice(index)) ?? range;
                break;
            }
            node = next;
            range = [node.start, node.end];
        }
        return this.lines.range(range[0], range[1]);
    }
}

;// CONCATENATED MODULE: ./src/parse/hcl/parse-hcl.ts




/**
 * Reads an HCL file (Terraform `.tf`) into one document shaped as `.tf.json` is: labelled blocks nest by their
 * labels (`resource.aws_lambda_function.api`), unlabelled blocks are lists (`tracing_config[0]`), attributes are
 * plain values or `${expression}` text. Positions are kept for every block, attribute and member.
 */
function parseHcl(path, text) {
    const cursor = new Cursor(text);
    try {
        const { value, node } = parseBody(cursor, false);
        return { path, format: "hcl", text, documents: [value], locator: new HclLocator(text, node) };
    }
    catch (error) {
        const failure = syntaxError(error, cursor);
        const { line, column } = new LineIndex(text).position(failure.offset);
        const locator = new HclLocator(text, { start: 0, end: 0 });
        return { path, format: "hcl", text, documents: [], locator, error: { message: failure.message, line, column } };
    }
}
function syntaxError(error, cursor) {
    if (error instanceof HclSyntaxError)
        return error;
    if (error instanceof RangeError)
        return new HclSyntaxError("HCL nested too deeply to read", cursor.pos);
    throw error;
}
function parseBody(cursor, inBlock) {
    const value = {};
    const node = { start: cursor.pos, end: cursor.pos, children: new Map() };
    for (;;) {
        cursor.skip(true);
        if (cursor.atEnd()) {
            if (inBlock)
                throw cursor.error('expected "}" to close the block');
            break;
        }
        if (inBlock && cursor.peek() === "}")
            break;
        const start = cursor.pos;
        const name = cursor.identifier();
        cursor.skip(false);
        if (cursor.peek() === "=" && cursor.peek(1) !== "=") {
            cursor.pos++;
            cursor.skip(false);
            const expression = parseExpression(cursor, false);
            if (!(name in value)) {
                value[name] = expression.value;
                node.children?.set(name, { ...expression.node, start });
            }
            endOfItem(cursor, inBlock);
        }
        else {
            const labels = blockLabels(cursor);
            cursor.expect("{", 'a "{" or "=" after a name');
            const body = parseBody(cursor, true);
            cursor.pos++;
            addBlock(value, node, name, labels, body.value, { ...body.node, start, end: cursor.pos });
            endOfItem(cursor, inBlock);
        }
    }
    node.end = cursor.pos;
    return { value, node };
}
function blockLabels(cursor) {
    const labels = [];
    while (cursor.peek() !== "{") {
        if (cursor.peek() === '"') {
            const label = parseExpression(cursor, false).value;
            labels.push(String(label));
        }
        else if (cursor.isIdentifierStart())
            labels.push(cursor.identifier());
        else
            throw cursor.error('expected a block label, "{" or "="');
        cursor.skip(false);
    }
    return labels;
}
function endOfItem(cursor, inBlock) {
    cursor.skip(false);
    if (cursor.atEnd() || cursor.peek() === "\n" || (inBlock && cursor.peek() === "}"))
        return;
    throw cursor.error("expected a line break after an attribute or block");
}
/** Labelled blocks nest by label (the first one declared wins); unlabelled ones of a name form a list. */
function addBlock(parent, parentNode, name, labels, body, node) {
    const children = parentNode.children;
    if (labels.length === 0) {
        const list = parent[name] ?? [];
        if (!Array.isArray(list))
            return;
        const container = children.get(name) ?? { start: node.start, end: node.end, children: new Map() };
        container.children?.set(String(list.length), node);
        children.set(name, container);
        list.push(body);
        parent[name] = list;
        return;
    }
    let holder = parent;
    let holderNodes = children;
    for (const key of [name, ...labels.slice(0, -1)]) {
        const next = holder[key] ?? {};
        if (typeof next !== "object" || next === null || Array.isArray(next))
            return;
        holder[key] = next;
        holder = next;
        const container = holderNodes.get(key) ?? { start: node.start, end: node.end, children: new Map() };
        holderNodes.set(key, container);
        holderNodes = container.children;
    }
    const last = labels[labels.length - 1];
    if (last in holder)
        return;
    holder[last] = body;
    holderNodes.set(last, node);
}

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
/** A path below `base`, inside the JSON text it points at when it points at one (`embedded`). */
const refInto = (base, ...path) => base.embedded ? { ...base, embedded: [...base.embedded, ...path] } : refAt(base, ...path);

;// CONCATENATED MODULE: ./src/extract/evidence/categories.ts
/** Evidence categories: the four observability pillars, then the facts about tooling around the manifests. */
const PILLARS = ["metrics", "traces", "logs", "dashboards"];
const EVIDENCE = {
    mesh: "mesh",
    iac: "iac",
    clusterInCode: "cluster-in-code",
    /** A cloud cluster created by a command in a script or a pipeline step: automated, but not declared as code. */
    clusterByScript: "cluster-by-script",
    kubernetes: "kubernetes",
    compose: "compose",
    ci: "ci",
    deploy: "deploy",
    codeowner: "codeowner",
    /** Emitted by the Helm adapter: a dependency of a chart, by chart name. */
    chartDependency: "chart-dependency",
    /** Emitted by the build detector: a Dockerfile's folder, its final base image, a Skaffold artifact's image. */
    buildContext: "build-context",
    buildBase: "build-base",
    buildImage: "build-image",
    /** Emitted by the CloudFormation adapter: the folder of a SAM application that serves an API. */
    apiStack: "api-stack",
    /** Emitted by the Azure Functions adapter: the folder of a Function App (its host.json). */
    functionApp: "function-app",
};

;// CONCATENATED MODULE: ./src/extract/values.ts
/** Small readers shared by adapters: manifests hold numbers as strings and maps where lists were expected. */
/** A value that is set in the manifest but cannot be known without deploying (an env lookup, `!If`, \u2026). */
const UNRESOLVED = Symbol("unresolved");
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
/** The value at a path of mapping keys, or undefined when any step is missing. */
function valueAt(root, path) {
    let node = root;
    for (const key of path) {
        if (!isDict(node) || !(String(key) in node))
            return undefined;
        node = node[String(key)];
    }
    return node;
}
/** One item or a list of items, as a list (IAM `Action`, `Resource`, `Statement`). */
function asList(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** A table's own entry for a key that comes from a manifest: `__proto__` or `constructor` find nothing. */
function own(table, key) {
    return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

;// CONCATENATED MODULE: ./src/extract/azure/bindings.ts

/** function.json trigger binding types and the trigger kind each one is. */
const TRIGGER_KINDS = {
    httptrigger: "http-other",
    queuetrigger: "queue",
    servicebustrigger: "queue",
    rabbitmqtrigger: "queue",
    eventhubtrigger: "stream",
    cosmosdbtrigger: "stream",
    kafkatrigger: "stream",
    timertrigger: "schedule",
    blobtrigger: "storage",
    eventgridtrigger: "event-bus",
};
/** The binding that triggers a function (`direction: in`, a type ending in `Trigger`), as a trigger. */
function bindingTrigger(binding) {
    const type = asString(binding.type);
    if (!type || !/trigger$/i.test(type))
        return undefined;
    const kind = own(TRIGGER_KINDS, type.toLowerCase()) ?? "other";
    const trigger = { kind, type };
    if (kind === "http-other")
        trigger.synchronous = true;
    const schedule = asString(binding.schedule);
    if (kind === "schedule" && schedule)
        trigger.schedule = schedule;
    const source = binding.queueName ?? binding.topicName ?? binding.eventHubName ?? binding.path ?? binding.collectionName;
    if (typeof source === "string")
        trigger.source = source;
    return trigger;
}
/** `hh:mm:ss` or `d.hh:mm:ss` (a .NET TimeSpan) in seconds; undefined for `-1` (unbounded) and anything else. */
function timeSpanSeconds(value) {
    const match = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?\s*$/.exec(asString(value) ?? "");
    if (!match)
        return undefined;
    const [, days = "0", hours = "0", minutes = "0", seconds = "0"] = match;
    return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
}

;// CONCATENATED MODULE: ./src/extract/azure/plans.ts

const plans_MAX_DEPTH = 12;
const FUNCTION_APP_TYPES = ["azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"];
/** Y1 / Dynamic is Consumption, EP* / ElasticPremium is Premium; any other App Service SKU is Dedicated. */
function planOfSku(sku) {
    if (/^(y1|dynamic)$/i.test(sku))
        return "consumption";
    if (/^(ep\d|elasticpremium)$/i.test(sku))
        return "premium";
    if (/^(fc1|flexconsumption)$/i.test(sku))
        return undefined;
    return "dedicated";
}
/**
 * Hosting plans declared for function apps: `Microsoft.Web/serverfarms` in ARM (and Bicep compiled to JSON)
 * whose kind is `functionapp` or whose tier is Dynamic / ElasticPremium, and Terraform `azurerm_service_plan`
 * (`sku_name`) or `azurerm_app_service_plan` (`sku.tier`) that a function app in the same file uses or that
 * only functions can use. Flex Consumption has other limits and is not mapped.
 */
function plansIn(file) {
    const doc = file.documents[0];
    if (file.format === "json" && isDict(doc) && /deploymentTemplate/i.test(asString(doc.$schema) ?? ""))
        return armPlans(doc, file.path, [], 0);
    if (file.format === "hcl" && file.path.endsWith(".tf") && isDict(doc))
        return terraformPlans(doc, file.path);
    return [];
}
function armPlans(node, file, path, depth) {
    if (depth > plans_MAX_DEPTH)
        return [];
    if (Array.isArray(node))
        return node.flatMap((item, index) => armPlans(item, file, [...path, index], depth + 1));
    if (!isDict(node))
        return [];
    if (asString(node.type)?.toLowerCase() === "microsoft.web/serverfarms" && isDict(node.sku)) {
        const tier = asString(node.sku.tier) ?? "";
        const name = asString(node.sku.name) ?? tier;
        const forFunctions = /functionapp|elastic/i.test(asString(node.kind) ?? "") || /^(dynamic|elasticpremium)$/i.test(tier);
        const plan = planOfSku(tier || name);
        return forFunctions && plan ? [{ plan, ref: { file, doc: 0, path: [...path, "sku"] }, sku: name }] : [];
    }
    return Object.entries(node).flatMap(([key, value]) => armPlans(value, file, [...path, key], depth + 1));
}
function terraformPlans(doc, file) {
    const resources = isDict(doc.resource) ? doc.resource : {};
    const used = new Set(FUNCTION_APP_TYPES.flatMap((type) => Object.values(isDict(resources[type]) ? resources[type] : {}))
        .filter(isDict)
        .map((app) => asString(app.service_plan_id ?? app.app_service_plan_id) ?? ""));
    const isUsed = (address) => [...used].some((reference) => reference.includes(`${address}.`));
    const found = [];
    const servicePlans = isDict(resources.azurerm_service_plan) ? resources.azurerm_service_plan : {};
    for (const [name, body] of Object.entries(servicePlans)) {
        const sku = isDict(body) ? asString(body.sku_name) : undefined;
        const plan = sku ? planOfSku(sku) : undefined;
        if (!sku || !plan || (plan === "dedicated" && !isUsed(`azurerm_service_plan.${name}`)))
            continue;
        found.push({ plan, ref: { file, doc: 0, path: ["resource", "azurerm_service_plan", name, "sku_name"] }, sku });
    }
    const legacyPlans = isDict(resources.azurerm_app_service_plan) ? resources.azurerm_app_service_plan : {};
    for (const [name, body] of Object.entries(legacyPlans)) {
        const sku = isDict(body) && Array.isArray(body.sku) && isDict(body.sku[0]) ? asString(body.sku[0].tier) : undefined;
        const plan = sku ? planOfSku(sku) : undefined;
        const forFunctions = isDict(body) && /functionapp|elastic/i.test(asString(body.kind) ?? "");
        if (!sku || !plan || !(forFunctions || isUsed(`azurerm_app_service_plan.${name}`)))
            continue;
        const path = ["resource", "azurerm_app_service_plan", name, "sku", 0, "tier"];
        found.push({ plan, ref: { file, doc: 0, path }, sku });
    }
    return found;
}
const PLAN_LABELS = {
    consumption: "Consumption",
    premium: "Premium",
    dedicated: "Dedicated",
};
function choosePlan(evidence) {
    const kinds = [...new Set(evidence.map((e) => e.plan))];
    const first = evidence[0];
    if (kinds.length === 1 && first) {
        const { file } = first.ref;
        return { plan: first.plan, note: `${PLAN_LABELS[first.plan]} plan declared in ${file} (sku ${first.sku})` };
    }
    if (kinds.length > 1)
        return { note: `several hosting plans are declared (${kinds.join(", ")}): the plan is unknown` };
    return { plan: "consumption", note: "Consumption plan assumed: no hosting plan is declared in the scanned files" };
}

;// CONCATENATED MODULE: ./src/extract/azure/adapter.ts






const AZURE_FORMAT = "azure-functions";
/** functionTimeout when host.json sets none: 5 min on Consumption, 30 min on Premium and Dedicated. */
const DEFAULT_TIMEOUTS = { consumption: 300, premium: 1800, dedicated: 1800 };
/**
 * Azure Functions (function.json model, v1 to v4 scripts): each `<name>/function.json` is a function named by
 * its folder; `functionTimeout` comes from the host.json of the nearest parent folder. The hosting plan comes
 * from ARM or Terraform plan declarations in the scan (see plans.ts); without any, Consumption is assumed and
 * every timeout says so. A Function App is the outermost folder with a host.json: every function under it is
 * deployed with it (`functionApp` on each function), and an app whose functions are declared in code (.NET,
 * Java) has no function.json but still is an app (`function-app` evidence).
 */
const azureFunctions = {
    name: AZURE_FORMAT,
    create: () => {
        const hosts = new Map();
        const functions = [];
        const plans = [];
        return {
            extract(file) {
                plans.push(...plansIn(file));
                const doc = file.documents[0];
                if (file.format !== "json" || !isDict(doc))
                    return;
                const name = external_node_path_.posix.basename(file.path);
                if (name === "host.json")
                    hosts.set(external_node_path_.posix.dirname(file.path), doc);
                else if (name === "function.json" && Array.isArray(doc.bindings) && file.path.includes("/"))
                    functions.push({ path: file.path, bindings: doc.bindings });
            },
            finish(sink) {
                const plan = choosePlan(plans);
                for (const file of functions) {
                    const fn = azureFunction(file, nearestHost(file.path, hosts), plan);
                    const app = outermostHost(file.path, hosts);
                    if (app !== undefined)
                        fn.functionApp = app;
                    sink.entity(fn);
                }
                for (const dir of hosts.keys()) {
                    if (outermostHost(`${dir}/host.json`, hosts) !== dir)
                        continue;
                    const file = dir === "." ? "host.json" : `${dir}/host.json`;
                    sink.evidence({ category: EVIDENCE.functionApp, value: dir, file, line: 1 });
                }
            },
        };
    },
};
function nearestHost(functionPath, hosts) {
    let dir = external_node_path_.posix.dirname(external_node_path_.posix.dirname(functionPath));
    for (;;) {
        const doc = hosts.get(dir);
        if (doc)
            return { path: dir === "." ? "host.json" : `${dir}/host.json`, doc };
        if (dir === "." || dir === "/" || dir === "")
            return undefined;
        dir = external_node_path_.posix.dirname(dir);
    }
}
/** The folder of the outermost host.json above a file (its own folder included): the Function App's root. */
function outermostHost(path, hosts) {
    let found;
    for (let dir = external_node_path_.posix.dirname(path);; dir = external_node_path_.posix.dirname(dir)) {
        if (hosts.has(dir))
            found = dir;
        if (dir === "." || dir === "/" || dir === "")
            return found;
    }
}
function azureFunction(file, host, choice) {
    const ref = { file: file.path, doc: 0, path: [] };
    const name = external_node_path_.posix.basename(external_node_path_.posix.dirname(file.path));
    const fn = createEntity({ kind: "function", name, platform: "azure-functions", format: AZURE_FORMAT, ref }, { triggers: [] });
    if (choice.plan)
        setField(fn, "plan", choice.plan, ref, choice.note);
    const timeout = host?.doc.functionTimeout;
    if (host && timeout !== undefined && timeout !== null) {
        const at = { file: host.path, doc: 0, path: ["functionTimeout"] };
        const seconds = timeSpanSeconds(timeout);
        if (seconds !== undefined)
            setField(fn, "timeout", seconds, at, choice.note);
        else if (asString(timeout)?.trim() !== "-1")
            markUnresolved(fn, "timeout", at);
    }
    else if (choice.plan) {
        const seconds = DEFAULT_TIMEOUTS[choice.plan];
        const note = `functionTimeout not set: the plan's default of ${seconds / 60} min applies; ${choice.note}`;
        setField(fn, "timeout", seconds, host ? { file: host.path, doc: 0, path: [] } : ref, note);
        fn.timeoutIsDefault = true;
    }
    file.bindings.forEach((binding, index) => {
        if (!isDict(binding) || (binding.direction !== undefined && binding.direction !== "in"))
            return;
        const trigger = bindingTrigger(binding);
        if (!trigger)
            return;
        recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: { ...ref, path: ["bindings", index] } });
        fn.triggers.push(trigger);
    });
    return fn;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/intrinsics.ts

/** The name of an intrinsic function object (`Ref`, `Fn::GetAtt`, \u2026), or undefined for plain data. */
function intrinsicName(value) {
    if (!isDict(value))
        return undefined;
    const keys = Object.keys(value);
    const [key] = keys;
    return keys.length === 1 && key !== undefined && (key === "Ref" || key.startsWith("Fn::")) ? key : undefined;
}
const SUB_VARIABLE = /\$\{([^}!][^}]*)\}/g;
/**
 * Reads CloudFormation values without deploying: literals, `Ref` to a Parameter's `Default` and `Fn::Sub` over
 * such parameters resolve; `!If`, `!FindInMap`, imports, pseudo parameters and resource attributes do not.
 * `pre` lets a host format resolve its own syntax first (Serverless `${self:\u2026}` in `resources:`).
 */
class Intrinsics {
    parameters;
    pre;
    parameterNotes;
    links;
    constructor(parameters, pre = (value) => value, parameterNotes = new Map(), links = {}) {
        this.parameters = parameters;
        this.pre = pre;
        this.parameterNotes = parameterNotes;
        this.links = links;
    }
    /** Where a `Ref` to a parameter got its value, when a parent stack passed it. */
    noteFor(raw) {
        const value = this.pre(raw);
        return intrinsicName(value) === "Ref" ? this.parameterNotes.get(String(value.Ref)) : undefined;
    }
    /** A plain value, or UNRESOLVED: never a guess. */
    resolve(raw) {
        const value = this.pre(raw);
        if (value === UNRESOLVED)
            return UNRESOLVED;
        const name = intrinsicName(value);
        if (!name)
            return value;
        if (name === "Ref")
            return this.parameterDefault(value.Ref) ?? UNRESOLVED;
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
    nameKey(raw) {
        const value = this.pre(raw);
        if (typeof value === "string")
            return value;
        if (typeof value === "number")
            return String(value);
        const name = intrinsicName(value);
        const argument = name ? value[name] : undefined;
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
    /** Logical ids a value refers to, through `Ref`, `Fn::GetAtt` or `${\u2026}` in `Fn::Sub`, anywhere inside it. */
    references(value) {
        const found = [];
        const walk = (node) => {
            const name = intrinsicName(node);
            const argument = name ? node[name] : undefined;
            if (name === "Ref" && typeof argument === "string")
                found.push(argument);
            else if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
                found.push(argument[0]);
            }
            else if (name === "Fn::Sub") {
                const text = Array.isArray(argument) ? argument[0] : argument;
                if (typeof text === "string") {
                    for (const match of text.matchAll(SUB_VARIABLE))
                        found.push(match[1].split(".")[0]);
                }
                if (Array.isArray(argument))
                    walk(argument[1]);
            }
            else if (Array.isArray(node))
                node.forEach(walk);
            else if (isDict(node))
                Object.values(node).forEach(walk);
        };
        walk(value);
        return found;
    }
    /** Text for a message: the name key, else the intrinsic's name (`<Fn::If>`). */
    describe(value) {
        return this.nameKey(value) ?? (typeof value === "string" ? value : `<${intrinsicName(value) ?? "value"}>`);
    }
    parameterDefault(name) {
        if (typeof name !== "string")
            return undefined;
        const parameter = this.parameters[name];
        const value = isDict(parameter) ? this.pre(parameter.Default) : undefined;
        return typeof value === "string" || typeof value === "number" ? value : undefined;
    }
    substitute(argument) {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        if (typeof text !== "string")
            return undefined;
        let failed = false;
        const result = text.replace(SUB_VARIABLE, (token, variable) => {
            const own = isDict(variables) && variable in variables ? this.nameKey(variables[variable]) : undefined;
            const value = own ?? this.parameterDefault(variable);
            if (isDict(variables) && variable in variables && own === undefined)
                failed = true;
            return value === undefined ? token : String(value);
        });
        return failed ? undefined : result;
    }
    join(argument) {
        if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1]))
            return undefined;
        const parts = argument[1].map((part) => this.nameKey(part));
        return parts.every((part) => part !== undefined) ? parts.join(argument[0]) : undefined;
    }
}
const OUTPUT_TOKEN = /\$\{([^}.!]+)\.Outputs\.([^}]+)\}/g;
/** The nested-stack outputs a value refers to: `!GetAtt Stack.Outputs.X`, or `${Stack.Outputs.X}` in a `!Sub`. */
function stackOutputs(value) {
    const name = intrinsicName(value);
    const argument = name ? value[name] : undefined;
    if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
        const output = typeof argument[1] === "string" ? /^Outputs\.(.+)$/.exec(argument[1])?.[1] : undefined;
        return output ? [[argument[0], output]] : [];
    }
    const text = name === "Fn::Sub" ? (Array.isArray(argument) ? argument[0] : argument) : undefined;
    if (typeof text !== "string")
        return [];
    return [...text.matchAll(OUTPUT_TOKEN)].map((match) => [match[1], match[2]]);
}
/**
 * The key that joins an event source to a queue entity: `cfn:<file>#<LogicalId>` for a reference to a queue in
 * the same template, `sqs:<name>` for an SQS ARN whose queue name is known.
 */
function queueKey(value, file, intrinsics) {
    const name = intrinsicName(value);
    const argument = name ? value[name] : undefined;
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

;// CONCATENATED MODULE: ./src/extract/iam.ts


/** AWS managed policies that grant everything; they count as `Allow * on *`. */
const ADMIN_POLICY = /(^|\/)AdministratorAccess$/;
/**
 * The statements of a policy document's `Statement` (one statement or a list), each with its own reference so
 * a finding lands on the statement's line. Resources that are references become text (`${Table.Arn}`); an
 * action that cannot be resolved (`!If`, `${env:\u2026}`) is left out rather than guessed at.
 */
function documentStatements(statements, owner, ref, intrinsics, sink) {
    const list = Array.isArray(statements)
        ? statements.map((s, i) => [s, refInto(ref, i)])
        : [[statements, ref]];
    for (const [raw, statementRef] of list) {
        if (!isDict(raw) || typeof raw.Effect !== "string")
            continue;
        sink.statement({
            owner,
            effect: raw.Effect,
            actions: asList(raw.Action)
                .map((action) => intrinsics.resolve(action))
                .filter((action) => typeof action === "string"),
            resources: asList(raw.Resource).map((resource) => intrinsics.describe(resource)),
            ref: statementRef,
        });
    }
}
/** A managed policy attached by name or ARN: only the ones that grant everything become a statement. */
function managedPolicyStatement(name, owner, ref) {
    if (!ADMIN_POLICY.test(name))
        return undefined;
    return { owner, effect: "Allow", actions: ["*"], resources: ["*"], ref };
}
/** A policy document written as JSON text (a heredoc, `PolicyDocument: |`), or undefined when it is not one. */
function parseJsonDocument(text) {
    if (!text.trimStart().startsWith("{"))
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return isDict(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The statements of a policy document that is plain JSON (a Terraform `policy`, a standalone file), each on its
 * own line. Statements with `NotAction`, without an `Effect`, or naming a `Principal` (a trust or resource
 * policy: who may act, not what a role may do) are not judged.
 */
function plainDocumentStatements(document, ref, owner, sink) {
    if (!isDict(document))
        return;
    const list = document.Statement;
    const items = Array.isArray(list)
        ? list.map((item, index) => [item, ["Statement", index]])
        : [[list, ["Statement"]]];
    for (const [item, path] of items) {
        if (!isDict(item) || typeof item.Effect !== "string")
            continue;
        if ("NotAction" in item || "Principal" in item || "NotPrincipal" in item)
            continue;
        sink.statement({
            owner,
            effect: item.Effect,
            actions: strings(item.Action),
            resources: strings(item.Resource),
            ref: refAt(ref, ...path),
        });
    }
}
function strings(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((item) => typeof item === "string");
}

;// CONCATENATED MODULE: ./src/extract/serverless/events.ts


/** Serverless Framework event names and the trigger kind each one is (AWS provider). */
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
};
/** `provider.name: google`: HTTP functions sit behind Google's front end, not API Gateway; events are Pub/Sub or storage. */
const GOOGLE_EVENT_KINDS = { http: "http-other", event: "pubsub" };
/** `provider.name: azure` (serverless-azure-functions): the bindings its events become. */
const AZURE_EVENT_KINDS = {
    http: "http-other",
    timer: "schedule",
    queue: "queue",
    serviceBus: "queue",
    eventHub: "stream",
    blob: "storage",
    cosmosDB: "stream",
};
/** `provider.name: knative` (serverless-knative): every service answers HTTP; events reach it through sources. */
const KNATIVE_EVENT_KINDS = {
    cronJob: "schedule",
    kafka: "stream",
    awsSqs: "queue",
    gcpPubSub: "pubsub",
    custom: "event-bus",
};
/**
 * Event names are read only for the providers whose platforms archlint models; another provider's (Cloudflare,
 * OpenWhisk, Fn, Kubeless, \u2026) are kept as `other`: their gateways, limits and settings are not Lambda's.
 */
const EVENT_KINDS_BY_PLATFORM = {
    "aws-lambda": EVENT_KINDS,
    "gcp-functions": GOOGLE_EVENT_KINDS,
    "azure-functions": AZURE_EVENT_KINDS,
    knative: KNATIVE_EVENT_KINDS,
};
function toTrigger(type, settings, variables, context) {
    const kinds = own(EVENT_KINDS_BY_PLATFORM, context.platform);
    const kind = (kinds && own(kinds, type)) ?? "other";
    const trigger = { kind, type };
    const resolved = variables.resolve(settings);
    const options = isDict(resolved) ? resolved : {};
    if (kind === "http-rest" || kind === "http-api")
        trigger.synchronous = options.async !== true;
    if (context.platform === "gcp-functions" && type === "event" && /storage/i.test(String(options.eventType))) {
        trigger.kind = "storage";
    }
    const source = sourceOf(kind, resolved, options);
    if (source !== undefined)
        trigger.source = source;
    if (type === "sqs" && source !== undefined) {
        const key = queueKey(source, context.file, context.intrinsics);
        if (key)
            trigger.sourceKey = key;
    }
    if (kind === "schedule" && options.enabled !== false) {
        const rate = typeof resolved === "string"
            ? resolved
            : (options.rate ?? options.schedule ?? valueAt(options, ["x-azure-settings", "schedule"]));
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
function sourceOf(kind, resolved, options) {
    if (typeof resolved === "string" && kind !== "schedule")
        return resolved;
    const value = options.arn ?? options.queue ?? options.topicName ?? options.bucket ?? options.stream ?? options.resource;
    return value === UNRESOLVED ? undefined : value;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/template.ts



const CLOUDFORMATION_FORMAT = "cloudformation";
const SAM_FORMAT = "aws-sam";
function createTemplate(root, where, sink, options = {}) {
    const globals = isDict(root.Globals) && isDict(root.Globals.Function) ? root.Globals.Function : {};
    const parameters = options.parameters ?? (isDict(root.Parameters) ? root.Parameters : {});
    const resources = isDict(root.Resources) ? root.Resources : {};
    const intrinsics = new Intrinsics(parameters, options.pre, options.parameterNotes, options.links);
    return { ...where, resources, globals, intrinsics, sink, openApi: options.openApi };
}
const at = (template, ...path) => ({
    file: template.file,
    doc: template.doc,
    path: [...template.base, ...path],
});
function resourcesOf(template, ...types) {
    return Object.entries(template.resources).flatMap(([id, resource]) => {
        if (!isDict(resource) || typeof resource.Type !== "string" || !types.includes(resource.Type))
            return [];
        const properties = isDict(resource.Properties) ? resource.Properties : {};
        const ref = (...path) => at(template, "Resources", id, ...(path.length ? ["Properties", ...path] : []));
        return [{ id, type: resource.Type, properties, ref }];
    });
}
/** Resolves a value into a field: set with its origin, or marked unresolved; never a guess. */
function template_assign(template, entity, field, raw, ref, convert, note) {
    const value = template.intrinsics.resolve(raw);
    const converted = value === UNRESOLVED ? undefined : convert(value);
    if (converted === undefined)
        markUnresolved(entity, field, ref);
    else
        setField(entity, field, converted, ref, note ?? template.intrinsics.noteFor(raw));
}
/** The function a value points at: by logical id (`Ref`, `GetAtt`, `${Fn.Arn}`) or by its name or ARN. */
function functionFor(template, functions, value) {
    const ids = new Set(template.intrinsics.references(value));
    const byId = functions.find((fn) => ids.has(fn.id));
    if (byId)
        return byId;
    for (const [stack, output] of stackOutputs(value)) {
        const nested = template.intrinsics.links.outputFunction?.(stack, output);
        if (nested)
            return nested;
    }
    const key = template.intrinsics.nameKey(value);
    if (key === undefined)
        return undefined;
    // A function ARN, alone or inside an API Gateway invocation URI (`\u2026:lambda:path/2015-03-31/functions/<arn>/invocations`).
    const name = /:function:([^:/]+)/.exec(key)?.[1] ?? key;
    return functions.find((fn) => fn.nameKeys.includes(name));
}
/** A numeric setting at a path, when it resolves to a number. */
function numberAt(template, properties, path) {
    return numberOf(template, valueAt(properties, path));
}
/** A value as a number, when it resolves to one. */
function numberOf(template, raw) {
    const value = raw === undefined ? undefined : template.intrinsics.resolve(raw);
    return value === UNRESOLVED ? undefined : asNumber(value);
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/custom-resources.ts



const CUSTOM_RESOURCE = /^(Custom::.+|AWS::CloudFormation::CustomResource)$/;
/**
 * The environment variables through which a CDK provider framework's `onEvent` / `isComplete` functions call
 * the user's handlers: those run at deploy time too.
 */
const PROVIDER_FRAMEWORK_TARGETS = ["USER_ON_EVENT_FUNCTION_ARN", "USER_IS_COMPLETE_FUNCTION_ARN"];
/**
 * Functions CloudFormation calls while it deploys the stack, not on a request path: the handler a custom
 * resource's `ServiceToken` names, and the handlers a CDK provider framework function calls for it. They get
 * `deployTime`, which the tracing, cold-start and long-running policies leave alone.
 */
function markDeployTimeFunctions(template, functions) {
    const mark = (target, path) => {
        const fn = functionFor(template, functions, target);
        if (fn && fn.entity.deployTime !== true)
            setField(fn.entity, "deployTime", true, at(template, ...path));
    };
    for (const [id, resource] of Object.entries(template.resources)) {
        if (!isDict(resource) || typeof resource.Type !== "string" || !CUSTOM_RESOURCE.test(resource.Type))
            continue;
        const token = valueAt(resource, ["Properties", "ServiceToken"]);
        if (token !== undefined)
            mark(token, ["Resources", id, "Properties", "ServiceToken"]);
    }
    for (const fn of functions) {
        if (fn.entity.deployTime !== true)
            continue;
        const resource = template.resources[fn.id];
        const variables = valueAt(resource, ["Properties", "Environment", "Variables"]);
        if (!isDict(variables))
            continue;
        for (const name of PROVIDER_FRAMEWORK_TARGETS) {
            if (variables[name] !== undefined)
                mark(variables[name], ["Resources", fn.id, "Properties", "Environment", "Variables", name]);
        }
    }
}

;// CONCATENATED MODULE: ./src/extract/containers/off-the-shelf-images.json
const off_the_shelf_images_namespaceObject = /*#__PURE__*/JSON.parse('{"LZ":{"database":["postgres","postgresql","mysql","mariadb","mongo","mongodb","cassandra","couchdb","couchbase","cockroach","cockroachdb","neo4j","mssql-server","oracle","influxdb","clickhouse-server","clickhouse","timescaledb","spanner-emulator","dynamodb-local","etcd","scylla"],"cache":["redis","redis-stack","valkey","memcached","hazelcast","keydb","dragonfly","redismod"],"broker":["rabbitmq","kafka","cp-kafka","zookeeper","cp-zookeeper","nats","nats-streaming","activemq","artemis","pulsar","mosquitto","eclipse-mosquitto","redpanda","emqx","storm"],"proxy":["nginx","nginx-unprivileged","openresty","envoy","traefik","haproxy","caddy","httpd","kong","squid","ingress-nginx","nginx-ingress-controller","istio-proxyv2","istio/pilot","linkerd-proxy","oauth2-proxy","varnish","bitnami/apache","gce-proxy","cloud-sql-proxy","cloudsql-proxy","istio/proxyv2","esp","esp-v2"],"observability":["prometheus","alertmanager","pushgateway","node-exporter","kube-state-metrics","blackbox-exporter","grafana","jaeger","jaegertracing/all-in-one","jaeger-all-in-one","jaeger-collector","jaeger-query","jaeger-agent","zipkin","tempo","loki","promtail","elasticsearch","opensearch","opensearch-dashboards","kibana","logstash","fluentd","fluent-bit","opentelemetry-collector","opentelemetry-collector-contrib","otel-collector","otelcol","otelcol-contrib","telegraf","datadog-agent","datadog/agent","filebeat","metricbeat","cadvisor","thanos","mimir","vector","statsd-exporter","statsd","aws-xray-daemon","aws-for-fluent-bit","aws-otel-collector","cloudwatch-agent"],"service-discovery":["consul","eureka","zookeeper-exporter","coredns"],"secrets":["vault"],"storage":["minio","localstack","azurite","fake-gcs-server","seaweedfs"],"utility":["busybox","alpine","ubuntu","debian","curl","pause","mailhog","mailpit","adminer","phpmyadmin","pgadmin4","mongo-express","redis-commander","selenium","wiremock","keycloak","sonarqube","jenkins","registry","portainer","wait-for-it","dockerize","hello-world","k8s-wait-for","kubectl","curlimages/curl","tiny-tools","pihole","cloudflared","spark","flink","zeppelin"],"search":["solr","meilisearch","typesense"]},"kT":{"-exporter":"observability","_exporter":"observability"},"eu":{"k8s.gcr.io/":"platform","registry.k8s.io/":"platform","gcr.io/google_containers/":"platform","gcr.io/google-containers/":"platform","quay.io/prometheus/":"observability","prom/":"observability","grafana/":"observability","docker.elastic.co/":"observability","jaegertracing/":"observability","otel/":"observability","bitnami/":"infrastructure","istio/":"proxy","docker.io/istio/":"proxy","selenium/":"utility","hazelcast/":"cache"}}');
;// CONCATENATED MODULE: ./src/extract/containers/images.ts

const BY_NAME = new Map();
for (const [category, names] of Object.entries(off_the_shelf_images_namespaceObject.LZ)) {
    for (const name of names)
        BY_NAME.set(name, category);
}
const SUFFIXES = Object.entries(off_the_shelf_images_namespaceObject.kT);
const PUBLISHERS = Object.entries(off_the_shelf_images_namespaceObject.eu);
/** `registry:5000/team/app:1.2@sha256:\u2026` \u2192 `team/app`: the registry host, tag and digest removed, lowercased. */
function imageRepository(image) {
    let rest = image.trim().toLowerCase().split("@")[0] ?? "";
    const slash = rest.indexOf("/");
    const first = slash < 0 ? "" : rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost")
        rest = rest.slice(slash + 1);
    const lastSlash = rest.lastIndexOf("/");
    const colon = rest.indexOf(":", lastSlash + 1);
    return colon < 0 ? rest : rest.slice(0, colon);
}
/** The last path segment of an image's repository (`quay.io/prometheus/node-exporter:v1` \u2192 `node-exporter`). */
function imageBasename(image) {
    const repository = imageRepository(image);
    return repository.slice(repository.lastIndexOf("/") + 1);
}
/**
 * The category of a recognised off-the-shelf image (database, cache, broker, proxy, observability, \u2026), or
 * undefined for an image archlint does not recognise (the team's own, as far as archlint can tell).
 */
function offTheShelfCategory(image) {
    const repository = imageRepository(image);
    if (!repository || repository.includes("{{") || repository.includes("${"))
        return undefined;
    const segments = repository.split("/");
    const last = segments.at(-1) ?? "";
    const lastTwo = segments.slice(-2).join("/");
    const named = BY_NAME.get(lastTwo) ?? BY_NAME.get(last);
    if (named)
        return named;
    const full = image
        .trim()
        .toLowerCase()
        .replace(/^docker\.io\/(library\/)?/, "");
    const publisher = PUBLISHERS.find(([prefix]) => full.startsWith(prefix));
    if (publisher)
        return publisher[1];
    return SUFFIXES.find(([suffix]) => last.endsWith(suffix))?.[1];
}
/** The category of a component by its bare name (`postgres`, `valkey`, `grafana`), or undefined. */
function componentCategoryOfName(name) {
    return BY_NAME.get(name.toLowerCase());
}
const SERVICE_SUFFIXES = /[-_](service|svc|deployment|deploy|server|app|api)$/;
/**
 * The key that identifies one service across formats: lowercased, non-alphanumerics folded to `-`, and one
 * common suffix (`-service`, `-svc`, `-deployment`, `-deploy`, `-server`, `-app`, `-api`) removed unless the name
 * is nothing but that suffix. `cart-service`, `Cart`, `cart_svc` all give `cart`.
 */
function serviceKey(name) {
    const folded = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    const trimmed = folded.replace(SERVICE_SUFFIXES, "");
    return trimmed || folded;
}

;// CONCATENATED MODULE: ./src/extract/containers/ownership.ts

/**
 * A workload is the team's own unless every image it runs is a recognised off-the-shelf one. A build context
 * is positive evidence; a missing one is not evidence against (manifests often live apart from the code).
 */
function ownershipOf(images, buildContext) {
    if (buildContext !== undefined)
        return { owned: true, ownedReason: `build context ${buildContext}` };
    const unrecognised = images.find((image) => !offTheShelfCategory(image));
    if (unrecognised)
        return { owned: true, ownedReason: `image ${unrecognised} is not a recognised off-the-shelf image` };
    const first = images[0];
    if (!first)
        return { owned: true, ownedReason: "no image named, so not a recognised off-the-shelf image" };
    const component = offTheShelfCategory(first);
    return { owned: false, ownedReason: `${imageBasename(first)} is off-the-shelf (${component})`, component };
}

;// CONCATENATED MODULE: ./src/extract/containers/ecs-service.ts




const ECS_PLATFORM = "aws-ecs";
const ECS_SERVICE = "ecs-service";
/** A container definition's field in either spelling (`Image` in CloudFormation, `image` in ECS JSON). */
function definitionField(body, name) {
    const pascal = name.charAt(0).toUpperCase() + name.slice(1);
    return pascal in body ? [body[pascal], pascal] : [body[name], name];
}
/**
 * An ECS service as a workload: desired count as replicas, each container with its image, its CPU and memory
 * (the task's when the container sets none) and its health: a container `healthCheck` is ECS's liveness check,
 * and the container is ready when its target group's health check or its own gates it.
 */
function ecsWorkload(service) {
    const { reader } = service;
    const workload = createEntity({
        kind: "workload",
        name: service.name,
        platform: ECS_PLATFORM,
        format: service.format,
        ref: service.ref,
        qualifier: service.qualifier,
    }, { workloadType: ECS_SERVICE, containers: [], podLabels: {}, images: [], stateless: true });
    if (service.desiredCount)
        readNumber(workload, "replicas", service.desiredCount, reader);
    if (service.desiredCountIgnored)
        setField(workload, "replicasIgnoredOnApply", true, service.desiredCountIgnored);
    if (service.launchType)
        workload.launchType = service.launchType;
    if (service.securityGroups.length)
        workload.securityGroups = service.securityGroups;
    if (service.taskUnknown)
        markUnresolved(workload, "containers", service.taskUnknown);
    const task = service.task;
    if (task?.cpu)
        readText(workload, "cpu", task.cpu, reader);
    if (task?.memory)
        readText(workload, "memory", task.memory, reader);
    if (task?.containersUnknown)
        markUnresolved(workload, "containers", task.containersUnknown);
    const ecr = [];
    for (const definition of task?.containers ?? []) {
        const container = ecsContainer(definition, service, workload);
        const repository = task?.ecrRepository(definitionField(definition.body, "image")[0]);
        if (repository)
            ecr.push(repository);
        workload.origins[`containers.${workload.containers.length}`] = { ref: definition.ref };
        workload.containers.push(container);
        if (container.image)
            workload.images.push(container.image);
    }
    markSidecars(workload.containers);
    if (service.loadBalancers.length) {
        workload.targetGroups = service.loadBalancers.map((lb) => ({
            ...(lb.targetGroup ? { name: lb.targetGroup } : {}),
            ...(lb.container ? { container: lb.container } : {}),
            ...(lb.healthCheck === undefined ? {} : { healthCheck: lb.healthCheck }),
        }));
    }
    if (ecr[0])
        workload.ecrRepository = ecr[0];
    Object.assign(workload, ownership(workload.images, ecr[0]));
    workload.stateless = !service.daemon && !task?.persistentVolume && !/[-_](db|database)$/i.test(service.name);
    workload.serviceKey = serviceKey(mainContainer(service, workload)?.name ?? service.name);
    return workload;
}
/**
 * An image from an ECR repository of the stack is the team's own; so is one the stack is given at deploy time (a
 * parameter or variable with no default), unless what is known of it names an off-the-shelf image (an ECR
 * mirror `${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/postgres:16` is still a database).
 */
function ownership(images, ecrRepository) {
    if (ecrRepository)
        return { owned: true, ownedReason: `image from ${ecrRepository}, an ECR repository of the stack` };
    const first = images[0];
    if (first && images.every((image) => image.includes("${") && !offTheShelfCategory(image)))
        return { owned: true, ownedReason: `image set at deploy time (${first}), not a recognised off-the-shelf image` };
    return ownershipOf(images);
}
/** The container requests reach: the one the load balancer targets, else the first. */
function mainContainer(service, workload) {
    const target = service.loadBalancers.find((lb) => lb.container)?.container;
    return workload.containers.find((c) => c.name === target) ?? workload.containers[0];
}
function ecsContainer(definition, service, workload) {
    const { body, reader } = definition;
    const [rawName] = definitionField(body, "name");
    const name = asString(reader.value(rawName)) ?? `container ${workload.containers.length + 1}`;
    const [rawImage] = definitionField(body, "image");
    // An image that does not resolve is kept as written (`${ImageUri}`), so what is known of it still counts.
    const image = asString(reader.value(rawImage)) ?? (rawImage === undefined ? undefined : reader.text(rawImage));
    const requests = containerRequests(definition, service, workload);
    const healthCheck = isDict(definitionField(body, "healthCheck")[0]);
    const container = { name, requests, longRunning: true, livenessProbe: healthCheck };
    if (image)
        container.image = image;
    const targets = service.loadBalancers.filter((lb) => lb.container === name || (lb.container === undefined && service.task?.containers.length === 1));
    const [portMappings] = definitionField(body, "portMappings");
    if (targets.length > 0) {
        container.receivesTraffic = true;
        const balanced = targets.some((lb) => lb.healthCheck !== false);
        if (healthCheck || balanced)
            container.readinessProbe = true;
        else {
            container.readinessProbe = false;
            container.missingProbes =
                "no health check: its target group's health check is off and it declares no container healthCheck";
        }
    }
    else if (service.discovery && Array.isArray(portMappings) && portMappings.length > 0) {
        container.receivesTraffic = true;
        container.readinessProbe = healthCheck;
        if (!healthCheck)
            container.missingProbes = "no container healthCheck, which Cloud Map and Service Connect rely on to route to it";
    }
    else if (service.publicIp && Array.isArray(portMappings) && portMappings.length > 0) {
        // Its task has a public IP and opens ports with nothing in front: clients reach the task directly.
        container.receivesTraffic = true;
        container.readinessProbe = healthCheck;
        if (!healthCheck)
            container.missingProbes = "no health check: no container healthCheck, and it is reached on its public IP";
    }
    else
        container.receivesTraffic = false;
    return container;
}
/**
 * CPU and memory: the container's own reservation (`cpu`, `memoryReservation`, else its hard `memory` limit),
 * else the task's, which all its containers share.
 */
function containerRequests(definition, service, workload) {
    const { body, reader } = definition;
    const requests = {};
    const index = workload.containers.length;
    const own = (field) => {
        const [raw, key] = definitionField(body, field);
        const value = raw === undefined ? undefined : asNumber(reader.value(raw));
        return value === undefined || value === 0 ? undefined : { value: String(value), ref: refInto(definition.ref, key) };
    };
    const cpu = own("cpu");
    const memory = own("memoryReservation") ?? own("memory");
    const task = service.task;
    const shared = (setting) => {
        const value = setting ? asString(service.reader.value(setting.raw)) : undefined;
        return value && setting ? { value, ref: setting.ref, note: "the task's, shared by its containers" } : undefined;
    };
    const found = [
        ["cpu", cpu ?? shared(task?.cpu)],
        ["memory", memory ?? shared(task?.memory)],
    ];
    for (const [resource, read] of found) {
        if (!read)
            continue;
        requests[resource] = read.value;
        const origin = read.note ? { ref: read.ref, note: read.note } : { ref: read.ref };
        workload.origins[`containers.${index}.requests.${resource}`] = origin;
    }
    return requests;
}
/** An off-the-shelf helper (a log router, a proxy, an X-Ray daemon) in a task whose own container is ready. */
function markSidecars(containers) {
    const gated = containers.some((c) => c.readinessProbe === true && !(c.image && offTheShelfCategory(c.image)));
    for (const container of containers) {
        if (container.image && offTheShelfCategory(container.image))
            container.sidecar = gated;
        else
            container.sidecar = false;
    }
}
function readNumber(workload, field, setting, reader) {
    const value = asNumber(reader.value(setting.raw));
    if (value === undefined)
        markUnresolved(workload, field, setting.ref);
    else
        setField(workload, field, value, setting.ref, reader.note?.(setting.raw));
}
function readText(workload, field, setting, reader) {
    const value = asString(reader.value(setting.raw));
    if (value === undefined)
        markUnresolved(workload, field, setting.ref);
    else
        setField(workload, field, value, setting.ref, reader.note?.(setting.raw));
}
const PREDEFINED_RESOURCES = {
    ECSServiceAverageCPUUtilization: "cpu",
    ECSServiceAverageMemoryUtilization: "memory",
    ALBRequestCountPerTarget: "requests",
};
/**
 * An Application Auto Scaling target on `ecs:service:DesiredCount`: min and max capacity (both required by the
 * API, so no default applies), the service it scales, and its target-tracking metrics.
 */
function ecsAutoscaler(target) {
    const { reader } = target;
    const autoscaler = createEntity({
        kind: "autoscaler",
        name: target.name,
        platform: ECS_PLATFORM,
        format: target.format,
        ref: target.ref,
        qualifier: target.qualifier,
    }, { scaler: "application-autoscaling", metrics: [], targetId: target.workload.id });
    setField(autoscaler, "target", { kind: ECS_SERVICE, name: target.workload.name }, target.targetRef);
    if (target.minCapacity) {
        const min = asNumber(reader.value(target.minCapacity.raw));
        if (min === undefined)
            markUnresolved(autoscaler, "minReplicas", target.minCapacity.ref);
        else {
            const note = reader.note?.(target.minCapacity.raw);
            setField(autoscaler, "minReplicas", min, target.minCapacity.ref, note);
            setField(autoscaler, "effectiveMinReplicas", min, target.minCapacity.ref, note);
        }
    }
    if (target.maxCapacity) {
        const max = asNumber(reader.value(target.maxCapacity.raw));
        if (max === undefined)
            markUnresolved(autoscaler, "maxReplicas", target.maxCapacity.ref);
        else
            setField(autoscaler, "maxReplicas", max, target.maxCapacity.ref, reader.note?.(target.maxCapacity.raw));
    }
    for (const policy of target.policies) {
        const resource = policy.predefinedMetric ? PREDEFINED_RESOURCES[policy.predefinedMetric] : undefined;
        if (policy.type !== "TargetTrackingScaling" || !resource)
            continue;
        const utilization = asNumber(reader.value(policy.targetValue));
        autoscaler.origins[`metrics.${autoscaler.metrics.length}`] = { ref: policy.ref };
        autoscaler.metrics.push(resource === "requests" || utilization === undefined ? { resource } : { resource, utilization });
    }
    return autoscaler;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/ecs.ts



const ECS_DIMENSION = "ecs:service:DesiredCount";
/**
 * ECS services (`AWS::ECS::Service`) with the task definition, target groups and ECR repositories they refer to
 * in the same template, and the Application Auto Scaling targets and policies that scale them.
 */
function extractEcsServices(template) {
    const services = resourcesOf(template, "AWS::ECS::Service");
    if (services.length === 0)
        return;
    const reader = readerOf(template);
    const byId = (type) => new Map(resourcesOf(template, type).map((r) => [r.id, r]));
    const tasks = byId("AWS::ECS::TaskDefinition");
    const targetGroups = byId("AWS::ElasticLoadBalancingV2::TargetGroup");
    const repositories = new Set(resourcesOf(template, "AWS::ECR::Repository").map((r) => r.id));
    const referenced = (raw) => template.intrinsics.references(raw);
    const workloads = new Map();
    for (const resource of services) {
        const { properties } = resource;
        const taskId = referenced(properties.TaskDefinition).find((id) => tasks.has(id));
        const task = taskId ? tasks.get(taskId) : undefined;
        const service = {
            name: asString(reader.value(properties.ServiceName)) ?? resource.id,
            qualifier: resource.id,
            format: template.format,
            ref: resource.ref(),
            reader,
            daemon: reader.value(properties.SchedulingStrategy) === "DAEMON",
            loadBalancers: loadBalancers(resource, targetGroups, reader, referenced),
            securityGroups: securityGroups(resource, reader),
        };
        if (properties.DesiredCount !== undefined)
            service.desiredCount = { raw: properties.DesiredCount, ref: resource.ref("DesiredCount") };
        const launchType = asString(reader.value(properties.LaunchType));
        if (launchType)
            service.launchType = launchType;
        else if (properties.CapacityProviderStrategy !== undefined)
            service.launchType = "capacity-provider";
        if (task)
            service.task = taskDefinition(task, reader, (raw) => ecrRepository(raw, repositories, referenced));
        else if (properties.TaskDefinition !== undefined)
            service.taskUnknown = resource.ref("TaskDefinition");
        const publicIp = valueAt(properties, ["NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"]);
        if (reader.value(publicIp) === "ENABLED")
            service.publicIp = true;
        const discovery = discoveryRef(resource, reader);
        if (discovery)
            service.discovery = discovery;
        const workload = ecsWorkload(service);
        workloads.set(resource.id, workload);
        template.sink.entity(workload);
    }
    extractScalingTargets(template, reader, workloads);
}
function readerOf(template) {
    const { intrinsics } = template;
    return {
        value: (raw) => {
            if (raw === undefined)
                return undefined;
            const value = intrinsics.resolve(raw);
            return value === UNRESOLVED ? undefined : value;
        },
        text: (raw) => intrinsics.describe(raw),
        note: (raw) => intrinsics.noteFor(raw),
    };
}
function taskDefinition(task, reader, ecrRepository) {
    const { properties } = task;
    const definitions = properties.ContainerDefinitions;
    const containers = Array.isArray(definitions)
        ? definitions.flatMap((body, index) => isDict(body) ? [{ body, ref: task.ref("ContainerDefinitions", index), reader }] : [])
        : [];
    const volumes = Array.isArray(properties.Volumes) ? properties.Volumes : [];
    const found = {
        ref: task.ref(),
        containers,
        persistentVolume: volumes.some((volume) => isDict(volume) && volume.EFSVolumeConfiguration !== undefined),
        ecrRepository,
    };
    if (properties.Cpu !== undefined)
        found.cpu = { raw: properties.Cpu, ref: task.ref("Cpu") };
    if (properties.Memory !== undefined)
        found.memory = { raw: properties.Memory, ref: task.ref("Memory") };
    if (definitions !== undefined && !Array.isArray(definitions))
        found.containersUnknown = task.ref("ContainerDefinitions");
    return found;
}
function ecrRepository(raw, repositories, referenced) {
    const id = referenced(raw).find((ref) => repositories.has(ref));
    return id ? `ECR repository ${id}` : undefined;
}
function loadBalancers(service, targetGroups, reader, referenced) {
    const entries = service.properties.LoadBalancers;
    if (!Array.isArray(entries))
        return [];
    return entries.flatMap((entry, index) => {
        if (!isDict(entry))
            return [];
        const found = { ref: service.ref("LoadBalancers", index) };
        const container = asString(reader.value(entry.ContainerName));
        if (container)
            found.container = container;
        const groupId = referenced(entry.TargetGroupArn).find((id) => targetGroups.has(id));
        const group = groupId ? targetGroups.get(groupId) : undefined;
        if (group) {
            found.targetGroup = group.id;
            const enabled = group.properties.HealthCheckEnabled;
            const off = enabled !== undefined && asBoolean(reader.value(enabled)) === false;
            found.healthCheck = !off;
            found.healthCheckRef = group.ref(...(enabled !== undefined ? ["HealthCheckEnabled"] : []));
        }
        else if (entry.LoadBalancerName !== undefined)
            found.healthCheck = true; // a Classic Load Balancer always checks
        return [found];
    });
}
function discoveryRef(service, reader) {
    const { properties } = service;
    if (Array.isArray(properties.ServiceRegistries) && properties.ServiceRegistries.length > 0)
        return service.ref("ServiceRegistries");
    const connect = properties.ServiceConnectConfiguration;
    if (isDict(connect) && asBoolean(reader.value(connect.Enabled)) !== false)
        return service.ref("ServiceConnectConfiguration");
    return undefined;
}
function securityGroups(service, reader) {
    const path = ["NetworkConfiguration", "AwsvpcConfiguration", "SecurityGroups"];
    const groups = valueAt(service.properties, path);
    const list = Array.isArray(groups) ? groups : [];
    return list.flatMap((group) => {
        const text = reader.text(group);
        return text ? [text.replace(/^\$\{([^}.]+)(\.GroupId)?\}$/, "$1")] : [];
    });
}
/** Application Auto Scaling targets on a service's desired count, with the target-tracking policies on them. */
function extractScalingTargets(template, reader, workloads) {
    const policies = resourcesOf(template, "AWS::ApplicationAutoScaling::ScalingPolicy");
    for (const resource of resourcesOf(template, "AWS::ApplicationAutoScaling::ScalableTarget")) {
        const { properties } = resource;
        if (reader.value(properties.ScalableDimension) !== ECS_DIMENSION)
            continue;
        const workload = scaledService(template, properties.ResourceId, workloads);
        if (!workload)
            continue;
        const own = policies.filter((policy) => template.intrinsics.references(policy.properties.ScalingTargetId).includes(resource.id));
        const autoscaler = ecsAutoscaler({
            name: resource.id,
            qualifier: resource.id,
            format: template.format,
            ref: resource.ref(),
            reader,
            workload,
            targetRef: resource.ref("ResourceId"),
            policies: own.map(scalingPolicy),
            ...(properties.MinCapacity === undefined
                ? {}
                : { minCapacity: { raw: properties.MinCapacity, ref: resource.ref("MinCapacity") } }),
            ...(properties.MaxCapacity === undefined
                ? {}
                : { maxCapacity: { raw: properties.MaxCapacity, ref: resource.ref("MaxCapacity") } }),
        });
        template.sink.entity(autoscaler);
    }
}
/** The service a `ResourceId` names: by reference (`!GetAtt Service.Name`), else by `service/<cluster>/<name>`. */
function scaledService(template, resourceId, workloads) {
    for (const id of template.intrinsics.references(resourceId)) {
        const workload = workloads.get(id);
        if (workload)
            return workload;
    }
    const name = /^service\/[^/]+\/([^/]+)$/.exec(template.intrinsics.nameKey(resourceId) ?? "")?.[1];
    return name ? [...workloads.values()].find((w) => w.name === name) : undefined;
}
function scalingPolicy(policy) {
    const config = policy.properties.TargetTrackingScalingPolicyConfiguration;
    const tracking = isDict(config) ? config : {};
    const predefined = valueAt(tracking, ["PredefinedMetricSpecification", "PredefinedMetricType"]);
    const found = { ref: policy.ref(), targetValue: tracking.TargetValue };
    const type = asString(policy.properties.PolicyType);
    if (type)
        found.type = type;
    if (typeof predefined === "string")
        found.predefinedMetric = predefined;
    return found;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/openapi.ts


const INTEGRATION = "x-amazon-apigateway-integration";
/** Every operation's integration under `paths` (`get`, `post`, \u2026, `x-amazon-apigateway-any-method`). */
function openApiIntegrations(definition, at) {
    const paths = isDict(definition) && isDict(definition.paths) ? definition.paths : {};
    return Object.entries(paths).flatMap(([route, operations]) => Object.entries(isDict(operations) ? operations : {}).flatMap(([method, operation]) => {
        const integration = isDict(operation) ? operation[INTEGRATION] : undefined;
        if (!isDict(integration) || integration.uri === undefined)
            return [];
        return [{ settings: integration, ref: at("paths", route, method, INTEGRATION) }];
    }));
}
/** Whether a parsed document is an OpenAPI definition that wires API Gateway integrations. */
function declaresIntegrations(doc) {
    return isDict(doc) && (doc.openapi !== undefined || doc.swagger !== undefined) && isDict(doc.paths);
}
function definitionSource(properties, templateFile) {
    for (const key of ["DefinitionBody", "Body"]) {
        const body = properties[key];
        if (!isDict(body))
            continue;
        const include = includedLocation(body);
        if (include !== undefined)
            return localFile(include, templateFile);
        return { inline: body, path: key };
    }
    const uri = properties.DefinitionUri;
    return typeof uri === "string" ? localFile(uri, templateFile) : undefined;
}
function includedLocation(body) {
    const transform = body["Fn::Transform"];
    if (!isDict(transform) || transform.Name !== "AWS::Include")
        return undefined;
    return isDict(transform.Parameters) ? transform.Parameters.Location : undefined;
}
/** A location relative to a template, as a path relative to the scanned root; not a URL, not outside the root. */
function localFile(location, templateFile) {
    if (typeof location !== "string" || /^[a-z][a-z0-9+.-]*:\/\//i.test(location))
        return undefined;
    const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(templateFile), location));
    return file.startsWith("../") || external_node_path_.posix.isAbsolute(file) ? undefined : { file };
}
/** OpenAPI files a scan has read, and the gateways that include them: files come in any order, so joins wait. */
class OpenApiFiles {
    integrations = new Map();
    waiting = [];
    add(file, documents) {
        documents.forEach((doc, index) => {
            if (!declaresIntegrations(doc))
                return;
            const found = openApiIntegrations(doc, (...path) => ({ file, doc: index, path }));
            this.integrations.set(file, [...(this.integrations.get(file) ?? []), ...found]);
        });
    }
    request(file, attach) {
        this.waiting.push({ file, attach });
    }
    finish(guard) {
        for (const { file, attach } of this.waiting)
            guard(file, () => attach(this.integrations.get(file) ?? []));
    }
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/gateways.ts




const GATEWAY_TYPES = {
    "AWS::ApiGateway::RestApi": "REST",
    "AWS::Serverless::Api": "REST",
    "AWS::ApiGatewayV2::Api": "HTTP",
    "AWS::Serverless::HttpApi": "HTTP",
};
const PROTOCOL_TRIGGERS = { REST: "http-rest", HTTP: "http-api", WEBSOCKET: "http-other" };
/**
 * API Gateway resources: each REST or HTTP API is a gateway entity, and each Lambda integration (REST
 * `AWS::ApiGateway::Method`, v2 `AWS::ApiGatewayV2::Integration`) is a synchronous HTTP trigger on the function
 * its URI names, with the integration's own timeout when it sets one.
 */
function joinGateways(template, functions) {
    for (const resource of resourcesOf(template, ...Object.keys(GATEWAY_TYPES))) {
        const protocol = valueAt(resource.properties, ["ProtocolType"]) ?? own(GATEWAY_TYPES, resource.type);
        const gateway = createEntity({ kind: "gateway", name: resource.id, platform: "aws-api-gateway", format: template.format, ref: resource.ref() }, { gatewayKind: resource.type, protocol });
        template.sink.entity(gateway);
        const kind = own(PROTOCOL_TRIGGERS, String(protocol));
        if (kind)
            joinDefinition(template, functions, resource, kind);
    }
    for (const resource of resourcesOf(template, "AWS::ApiGateway::Method")) {
        const integration = resource.properties.Integration;
        const fn = isDict(integration) ? functionFor(template, functions, integration.Uri) : undefined;
        const restApi = resource.properties.RestApiId;
        if (fn && isDict(integration))
            wire(template, fn, integration, { kind: "http-rest", type: resource.type, restApi }, resource.ref());
    }
    for (const resource of resourcesOf(template, "AWS::ApiGatewayV2::Integration")) {
        const fn = functionFor(template, functions, resource.properties.IntegrationUri);
        const kind = v2Kind(template, resource);
        if (fn)
            wire(template, fn, resource.properties, { kind, type: resource.type, restApi: undefined }, resource.ref());
    }
}
/**
 * The functions an API's OpenAPI definition calls (`x-amazon-apigateway-integration` with a Lambda `uri`), inline
 * or in a local file the template includes, which is read at the end of the scan.
 */
function joinDefinition(template, functions, api, kind) {
    const source = definitionSource(api.properties, template.file);
    if (!source)
        return;
    const gateway = { kind, type: "x-amazon-apigateway-integration", restApi: { Ref: api.id } };
    const attach = (integrations) => {
        for (const { settings, ref } of integrations) {
            const fn = functionFor(template, functions, settings.uri);
            if (fn)
                wire(template, fn, settings, gateway, ref);
        }
    };
    if ("inline" in source)
        attach(openApiIntegrations(source.inline, (...path) => api.ref(source.path, ...path)));
    else
        template.openApi?.request(source.file, attach);
}
/** A REST integration that streams its response may run up to 15 minutes (`responseTransferMode: STREAM`). */
const STREAMED_RESPONSE_MAX_CUTOFF = 900;
/**
 * An integration's settings (CloudFormation's `TimeoutInMillis`, OpenAPI's `timeoutInMillis`) as a trigger: an
 * `Event` invocation is asynchronous (the API answers at once), a streamed response has its own limit, and a
 * trigger the function already has (an API event and its definition) is not added twice.
 */
function wire(template, fn, settings, gateway, ref) {
    const { kind, type, restApi } = gateway;
    const invocationType = valueAt(setting(settings, "requestParameters"), [INVOCATION_TYPE_HEADER]);
    const trigger = invocationType === "'Event'" ? { kind: "other", type, synchronous: false } : { kind, type, synchronous: true };
    const millis = numberOf(template, setting(settings, "timeoutInMillis"));
    if (trigger.synchronous && setting(settings, "responseTransferMode") === "STREAM") {
        trigger.integrationTimeout = Math.min((millis ?? Number.POSITIVE_INFINITY) / 1000, STREAMED_RESPONSE_MAX_CUTOFF);
    }
    else if (trigger.synchronous && millis !== undefined) {
        trigger.integrationTimeout = integrationCutoff(template, millis, kind, restApi);
    }
    const same = fn.entity.triggers.some((t) => t.kind === trigger.kind &&
        t.synchronous === trigger.synchronous &&
        t.integrationTimeout === trigger.integrationTimeout);
    if (same)
        return;
    recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref });
    fn.entity.triggers.push(trigger);
}
const INVOCATION_TYPE_HEADER = "integration.request.header.X-Amz-Invocation-Type";
/** A setting by its OpenAPI name (`timeoutInMillis`) or its CloudFormation one (`TimeoutInMillis`). */
function setting(settings, name) {
    return settings[name] ?? settings[name.charAt(0).toUpperCase() + name.slice(1)];
}
/** A v2 integration belongs to an HTTP API unless its API is a WebSocket one. */
function v2Kind(template, resource) {
    const [apiId] = template.intrinsics.references(resource.properties.ApiId);
    const protocol = apiId ? valueAt(template.resources, [apiId, "Properties", "ProtocolType"]) : undefined;
    return protocol === "WEBSOCKET" ? "http-other" : "http-api";
}
/** The defaults the gateways cut at; a REST API may raise its own, an HTTP API may not. */
const REST_DEFAULT_CUTOFF = 29;
const HTTP_API_MAX_CUTOFF = 30;
/**
 * The cut-off an integration's `TimeoutInMillis` gives. HTTP APIs allow at most 30 s. REST APIs allow more than
 * 29 s only for Regional and private endpoints (an account quota raise, since June 2024): edge-optimized APIs,
 * the default for `AWS::ApiGateway::RestApi` and SAM's implicit API, stay at 29 s whatever the integration says.
 */
function integrationCutoff(template, millis, kind, restApi) {
    const seconds = millis / 1000;
    if (kind === "http-api")
        return Math.min(seconds, HTTP_API_MAX_CUTOFF);
    if (kind !== "http-rest" || seconds <= REST_DEFAULT_CUTOFF)
        return seconds;
    const [apiId] = restApi === undefined ? [] : template.intrinsics.references(restApi);
    const endpoint = apiId ? endpointTypes(template, apiId) : [];
    return endpoint.some((type) => type === "REGIONAL" || type === "PRIVATE") ? seconds : REST_DEFAULT_CUTOFF;
}
/** `EndpointConfiguration` of a REST API: `{ Types: [...] }` (CloudFormation), a string or `{ Type }` (SAM). */
function endpointTypes(template, apiId) {
    const configuration = valueAt(template.resources, [apiId, "Properties", "EndpointConfiguration"]);
    const resolved = template.intrinsics.resolve(configuration);
    if (typeof resolved === "string")
        return [resolved];
    const types = valueAt(resolved, ["Types"]) ?? valueAt(resolved, ["Type"]);
    return (Array.isArray(types) ? types : [types]).map((type) => String(template.intrinsics.resolve(type)));
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/events.ts





/** SAM event source types and the trigger kind each one is. */
const SAM_EVENT_KINDS = {
    Api: "http-rest",
    HttpApi: "http-api",
    SQS: "queue",
    MQ: "queue",
    Kinesis: "stream",
    DynamoDB: "stream",
    MSK: "stream",
    SelfManagedKafka: "stream",
    DocumentDB: "stream",
    SNS: "pubsub",
    S3: "storage",
    Schedule: "schedule",
    ScheduleV2: "schedule",
    EventBridgeRule: "event-bus",
    CloudWatchEvent: "event-bus",
};
/** Where each event type names what it reads. */
const SOURCE_PROPERTIES = ["Queue", "Stream", "Topic", "Bucket", "Broker", "Cluster", "EventBusName"];
/** One SAM event (`Events.<name>`) as a trigger; stream on-failure destinations count for the function. */
function samTrigger(template, event, fn, ref) {
    if (!isDict(event) || typeof event.Type !== "string")
        return undefined;
    const properties = isDict(event.Properties) ? event.Properties : {};
    const kind = own(SAM_EVENT_KINDS, event.Type) ?? "other";
    const trigger = { kind, type: event.Type };
    if (kind === "http-rest" || kind === "http-api")
        trigger.synchronous = true;
    const property = SOURCE_PROPERTIES.find((name) => properties[name] !== undefined);
    if (property)
        trigger.source = properties[property];
    if (event.Type === "SQS") {
        const key = queueKey(properties.Queue, template.file, template.intrinsics);
        if (key)
            trigger.sourceKey = key;
    }
    const schedule = template.intrinsics.resolve(properties.Schedule ?? properties.ScheduleExpression);
    const disabled = properties.Enabled === false || properties.State === "DISABLED";
    if (kind === "schedule" && typeof schedule === "string" && !disabled)
        trigger.schedule = schedule;
    const maximumConcurrency = numberAt(template, properties, ["ScalingConfig", "MaximumConcurrency"]);
    if (maximumConcurrency !== undefined)
        trigger.maximumConcurrency = maximumConcurrency;
    const millis = numberAt(template, properties, ["TimeoutInMillis"]);
    if (millis !== undefined)
        trigger.integrationTimeout = integrationCutoff(template, millis, kind, properties.RestApiId);
    const onFailure = valueAt(properties, ["DestinationConfig", "OnFailure"]);
    if (isDict(onFailure) && fn.failureDestination !== true) {
        setField(fn, "failureDestination", true, refAt(ref, "Properties", "DestinationConfig", "OnFailure"));
    }
    return trigger;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/iam.ts




/** Statements of IAM roles, users, groups and policies (inline documents and all-granting managed policies). */
function extractIamStatements(template) {
    for (const resource of resourcesOf(template, "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")) {
        const policies = Array.isArray(resource.properties.Policies) ? resource.properties.Policies : [];
        policies.forEach((policy, index) => {
            const document = valueAt(policy, ["PolicyDocument"]);
            documentOf(template, resource.id, document, resource.ref("Policies", index, "PolicyDocument"));
        });
        managedPolicies(template, resource.id, resource.properties.ManagedPolicyArns, resource.ref("ManagedPolicyArns"));
    }
    for (const resource of resourcesOf(template, "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
        documentOf(template, resource.id, resource.properties.PolicyDocument, resource.ref("PolicyDocument"));
    }
}
/**
 * A policy document: a mapping, or JSON written as text (`PolicyDocument: |`, or inside `!Sub`), whose statements
 * point at their own lines inside the text.
 */
function documentOf(template, owner, document, ref) {
    const sub = isDict(document) ? document["Fn::Sub"] : undefined;
    const text = typeof document === "string" ? document : typeof sub === "string" ? sub : undefined;
    if (text === undefined) {
        const statements = valueAt(document, ["Statement"]);
        if (statements !== undefined)
            statementsOf(template, owner, statements, refAt(ref, "Statement"));
        return;
    }
    const parsed = parseJsonDocument(text);
    const at = typeof document === "string" ? ref : refAt(ref, "Fn::Sub");
    if (parsed?.Statement !== undefined)
        statementsOf(template, owner, parsed.Statement, { ...at, embedded: ["Statement"] });
}
/**
 * SAM `Policies`: a managed policy name or ARN, an inline document, or a list of those and of policy templates
 * (`DynamoDBCrudPolicy: { TableName: \u2026 }`, scoped by construction, so not statements here).
 */
function samPolicyStatements(template, owner, policies, ref) {
    const items = Array.isArray(policies)
        ? policies.map((p, i) => [p, refAt(ref, i)])
        : [[policies, ref]];
    for (const [policy, itemRef] of items) {
        if (isDict(policy) && "Statement" in policy) {
            statementsOf(template, owner, policy.Statement, refAt(itemRef, "Statement"));
        }
        else if (policy !== undefined && !isDict(policy)) {
            managedPolicies(template, owner, [policy], itemRef, false);
        }
    }
}
function statementsOf(template, owner, statements, ref) {
    documentStatements(statements, owner, ref, template.intrinsics, template.sink);
}
function managedPolicies(template, owner, arns, ref, indexed = true) {
    if (!Array.isArray(arns))
        return;
    arns.forEach((arn, index) => {
        const name = template.intrinsics.nameKey(arn);
        const statement = name === undefined ? undefined : managedPolicyStatement(name, owner, indexed ? refAt(ref, index) : ref);
        if (statement)
            template.sink.statement(statement);
    });
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/functions.ts






const LAMBDA_DEFAULT_TIMEOUT = 3;
/**
 * The part of `path` that is set in `root`: the whole path, or the prefix where an intrinsic function stands
 * for the rest (`ProvisionedConcurrencyConfig: !If [\u2026]`), whose value then stays unresolved.
 */
function presentPath(root, path) {
    for (let length = 1; length <= path.length; length++) {
        const value = valueAt(root, path.slice(0, length));
        if (value === undefined)
            return undefined;
        if (intrinsicName(value) !== undefined)
            return path.slice(0, length);
    }
    return path;
}
/** `AWS::Lambda::Function` and SAM's `AWS::Serverless::Function`, with what SAM functions inherit from Globals. */
function extractFunctions(template) {
    return resourcesOf(template, "AWS::Lambda::Function", "AWS::Serverless::Function").map((resource) => {
        const sam = resource.type === "AWS::Serverless::Function";
        const own = resource.properties;
        const fn = createEntity({ kind: "function", name: resource.id, platform: "aws-lambda", format: template.format, ref: resource.ref() }, { triggers: [] });
        /** The function's own property, else (SAM) the Globals one; true when either was present. */
        const read = (field, path, convert) => {
            const ownPath = presentPath(own, path);
            if (ownPath) {
                template_assign(template, fn, field, valueAt(own, ownPath), resource.ref(...ownPath), convert);
                return true;
            }
            const inheritedPath = sam ? presentPath(template.globals, path) : undefined;
            if (!inheritedPath)
                return false;
            const note = `inherited from Globals.Function.${path.join(".")}`;
            const ref = at(template, "Globals", "Function", ...inheritedPath);
            template_assign(template, fn, field, valueAt(template.globals, inheritedPath), ref, convert, note);
            return true;
        };
        if (!read("timeout", ["Timeout"], asNumber)) {
            const note = `timeout not set: the AWS Lambda default of ${LAMBDA_DEFAULT_TIMEOUT} s applies`;
            setField(fn, "timeout", LAMBDA_DEFAULT_TIMEOUT, resource.ref(), note);
        }
        read("memory", ["MemorySize"], asNumber);
        read("runtime", ["Runtime"], asString);
        read("reservedConcurrency", ["ReservedConcurrentExecutions"], asNumber);
        read("provisionedConcurrency", ["ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"], asNumber);
        read("snapStart", ["SnapStart", "ApplyOn"], (v) => v === "PublishedVersions");
        read("durable", ["DurableConfig"], isDict);
        read("tracing", ["Tracing"], (v) => v === "Active") ||
            read("tracing", ["TracingConfig", "Mode"], (v) => v === "Active");
        read("failureDestination", ["DeadLetterQueue"], isDict) ||
            read("failureDestination", ["DeadLetterConfig"], (v) => isDict(v) && "TargetArn" in v) ||
            read("failureDestination", ["EventInvokeConfig", "DestinationConfig", "OnFailure"], isDict);
        const events = isDict(own.Events) ? own.Events : {};
        for (const [name, event] of Object.entries(events)) {
            const ref = resource.ref("Events", name);
            const trigger = samTrigger(template, event, fn, ref);
            if (!trigger)
                continue;
            recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref });
            fn.triggers.push(trigger);
        }
        if (sam && isDict(own.FunctionUrlConfig)) {
            recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: resource.ref("FunctionUrlConfig") });
            fn.triggers.push({ kind: "http-other", type: "FunctionUrlConfig", synchronous: true });
        }
        if (sam)
            samPolicyStatements(template, resource.id, own.Policies, resource.ref("Policies"));
        const functionName = own.FunctionName === undefined ? undefined : template.intrinsics.nameKey(own.FunctionName);
        const nameKeys = [`\${${resource.id}}`, ...(functionName === undefined ? [] : [functionName])];
        const logGroup = valueAt(own, ["LoggingConfig", "LogGroup"]) ??
            (sam ? valueAt(template.globals, ["LoggingConfig", "LogGroup"]) : undefined);
        return { id: resource.id, entity: fn, nameKeys, logGroup };
    });
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/logs.ts


/**
 * `AWS::Logs::LogGroup` retention, given to the function whose logs the group holds: the group a function's
 * `LoggingConfig.LogGroup` names, or the one named `/aws/lambda/<function name>` (literal, `!Sub`, `!Join`).
 */
function joinLogGroups(template, functions) {
    for (const group of resourcesOf(template, "AWS::Logs::LogGroup")) {
        if (group.properties.RetentionInDays === undefined)
            continue;
        for (const fn of functions) {
            if (fn.entity.logRetentionDays === undefined && holdsLogsOf(template, group, fn)) {
                template_assign(template, fn.entity, "logRetentionDays", group.properties.RetentionInDays, group.ref("RetentionInDays"), asNumber);
            }
        }
    }
}
function holdsLogsOf(template, group, fn) {
    if (group.id === fn.logGroupId)
        return true;
    const groupName = template.intrinsics.nameKey(group.properties.LogGroupName);
    if (fn.logGroup !== undefined) {
        return (template.intrinsics.references(fn.logGroup).includes(group.id) ||
            (groupName !== undefined && template.intrinsics.nameKey(fn.logGroup) === groupName));
    }
    return groupName !== undefined && fn.nameKeys.some((name) => groupName === `/aws/lambda/${name}`);
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/sources.ts




/**
 * Resources that attach to a function from outside it: event source mappings (queues and streams), async
 * invoke configs (on-failure destinations), aliases and versions (provisioned concurrency).
 */
function joinEventSources(template, functions) {
    for (const resource of resourcesOf(template, "AWS::Lambda::EventSourceMapping")) {
        const fn = functionFor(template, functions, resource.properties.FunctionName);
        if (fn)
            addTrigger(fn, resource, mappingTrigger(template, resource));
        if (fn)
            addOnFailure(fn, resource);
    }
    for (const resource of resourcesOf(template, "AWS::Lambda::EventInvokeConfig")) {
        const fn = functionFor(template, functions, resource.properties.FunctionName);
        if (fn)
            addOnFailure(fn, resource);
    }
    for (const resource of resourcesOf(template, "AWS::Lambda::Alias", "AWS::Lambda::Version")) {
        const fn = functionFor(template, functions, resource.properties.FunctionName);
        const path = ["ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"];
        const provisioned = numberAt(template, resource.properties, path);
        if (fn && provisioned !== undefined && fn.entity.provisionedConcurrency === undefined) {
            setField(fn.entity, "provisionedConcurrency", provisioned, resource.ref(...path));
        }
    }
}
function addTrigger(fn, resource, trigger) {
    recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref: resource.ref() });
    fn.entity.triggers.push(trigger);
}
/** `DestinationConfig.OnFailure` of a mapping or an invoke config gives the function a failure destination. */
function addOnFailure(fn, resource) {
    const onFailure = valueAt(resource.properties, ["DestinationConfig", "OnFailure"]);
    if (isDict(onFailure) && fn.entity.failureDestination !== true) {
        setField(fn.entity, "failureDestination", true, resource.ref("DestinationConfig", "OnFailure"));
    }
}
/** An event source mapping reads a queue (SQS, MQ) or a stream (Kinesis, DynamoDB, Kafka, DocumentDB). */
function mappingTrigger(template, resource) {
    const { properties } = resource;
    const source = properties.EventSourceArn;
    const target = template.intrinsics.references(source)[0];
    const targetType = target ? valueAt(template.resources, [target, "Type"]) : undefined;
    const text = template.intrinsics.nameKey(source) ?? "";
    const isQueue = targetType === "AWS::SQS::Queue" || /^arn:[^:]*:(sqs|mq):/.test(text) || "Queues" in properties;
    const trigger = { kind: isQueue ? "queue" : "stream", type: resource.type };
    if (source !== undefined)
        trigger.source = source;
    const key = isQueue ? queueKey(source, template.file, template.intrinsics) : undefined;
    if (key)
        trigger.sourceKey = key;
    const maximumConcurrency = numberAt(template, properties, ["ScalingConfig", "MaximumConcurrency"]);
    if (maximumConcurrency !== undefined)
        trigger.maximumConcurrency = maximumConcurrency;
    return trigger;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/notifications.ts



/**
 * Services that invoke a function they name: EventBridge rules (a schedule or an event pattern), SNS
 * subscriptions, S3 bucket notifications, and function URLs (HTTP without API Gateway).
 */
function joinNotifications(template, functions) {
    const attach = (resource, target, trigger) => {
        const fn = functionFor(template, functions, target);
        if (fn)
            addTrigger(fn, resource, trigger);
    };
    for (const resource of resourcesOf(template, "AWS::Events::Rule")) {
        const schedule = template.intrinsics.resolve(resource.properties.ScheduleExpression);
        const disabled = resource.properties.State === "DISABLED";
        const trigger = typeof schedule === "string"
            ? { kind: "schedule", type: resource.type, ...(disabled ? {} : { schedule }) }
            : { kind: "event-bus", type: resource.type };
        for (const target of listOf(resource.properties.Targets))
            attach(resource, target.Arn, trigger);
    }
    for (const resource of resourcesOf(template, "AWS::SNS::Subscription")) {
        if (resource.properties.Protocol !== "lambda")
            continue;
        attach(resource, resource.properties.Endpoint, { kind: "pubsub", type: resource.type });
    }
    for (const resource of resourcesOf(template, "AWS::SNS::Topic")) {
        for (const subscription of listOf(resource.properties.Subscription)) {
            if (subscription.Protocol === "lambda")
                attach(resource, subscription.Endpoint, { kind: "pubsub", type: resource.type });
        }
    }
    for (const resource of resourcesOf(template, "AWS::S3::Bucket")) {
        const configurations = isDict(resource.properties.NotificationConfiguration)
            ? resource.properties.NotificationConfiguration.LambdaConfigurations
            : undefined;
        for (const configuration of listOf(configurations)) {
            attach(resource, configuration.Function, { kind: "storage", type: resource.type });
        }
    }
    for (const resource of resourcesOf(template, "AWS::Lambda::Url")) {
        const trigger = { kind: "http-other", type: resource.type, synchronous: true };
        attach(resource, resource.properties.TargetFunctionArn, trigger);
    }
}
function listOf(value) {
    return Array.isArray(value) ? value.filter(isDict) : [];
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/queues.ts



const SQS_DEFAULT_VISIBILITY_TIMEOUT = 30;
/** `AWS::SQS::Queue`: visibility timeout (SQS default when unset), redrive policy, and the keys triggers join on. */
function extractQueues(template) {
    for (const resource of resourcesOf(template, "AWS::SQS::Queue")) {
        const { properties } = resource;
        const keys = [`cfn:${template.file}#${resource.id}`];
        const queueName = properties.QueueName === undefined ? undefined : template.intrinsics.resolve(properties.QueueName);
        if (typeof queueName === "string")
            keys.push(`sqs:${queueName}`);
        const queue = createEntity({ kind: "queue", name: resource.id, platform: "aws-sqs", format: template.format, ref: resource.ref() }, { keys });
        if (properties.VisibilityTimeout === undefined) {
            const note = `VisibilityTimeout not set: the SQS default of ${SQS_DEFAULT_VISIBILITY_TIMEOUT} s applies`;
            setField(queue, "visibilityTimeout", SQS_DEFAULT_VISIBILITY_TIMEOUT, resource.ref(), note);
        }
        else {
            template_assign(template, queue, "visibilityTimeout", properties.VisibilityTimeout, resource.ref("VisibilityTimeout"), asNumber);
        }
        const redrive = properties.RedrivePolicy;
        if (redrive === undefined)
            setField(queue, "hasRedrive", false, resource.ref());
        else if (template.intrinsics.resolve(redrive) === UNRESOLVED)
            markUnresolved(queue, "hasRedrive", resource.ref("RedrivePolicy"));
        else
            setField(queue, "hasRedrive", true, resource.ref("RedrivePolicy"));
        template.sink.entity(queue);
    }
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/extract-template.ts









/**
 * Everything a template declares, joined within it. `hosted` are functions the host manifest declares outside
 * the template (Serverless `functions:` around its `resources:`), so the template's resources can reach them.
 * Returns the template's own functions, which a parent stack may reach through an output.
 */
function extractTemplate(template, hosted = []) {
    const own = extractFunctions(template);
    const functions = [...hosted, ...own];
    extractQueues(template);
    extractEcsServices(template);
    joinEventSources(template, functions);
    joinNotifications(template, functions);
    joinGateways(template, functions);
    joinLogGroups(template, functions);
    markDeployTimeFunctions(template, functions);
    extractIamStatements(template);
    for (const fn of own)
        template.sink.entity(fn.entity);
    return own;
}

;// CONCATENATED MODULE: ./src/extract/serverless/resources.ts



/**
 * The logical id stem the Serverless Framework gives a function's CloudFormation resources
 * (`<Stem>LambdaFunction`, `<Stem>LogGroup`): first letter upper-cased, `-` \u2192 `Dash`, `_` \u2192 `Underscore`.
 */
function logicalIdStem(functionName) {
    const normalized = functionName.replace(/-/g, "Dash").replace(/_/g, "Underscore");
    return normalized.charAt(0).toUpperCase() + normalized.slice(1);
}
/**
 * `resources:` is CloudFormation (a template, or a list of templates), read by the CloudFormation adapter with
 * paths below `resources`, so its queues, log groups and IAM resources join the stack's functions.
 */
function extractResources(resources, file, functions, resolve, sink, format) {
    const parts = Array.isArray(resources)
        ? resources.map((part, index) => [part, ["resources", index]])
        : [[resources, ["resources"]]];
    for (const [root, base] of parts) {
        if (!isDict(root))
            continue;
        extractTemplate(createTemplate(root, { file, doc: 0, base, format }, sink, { pre: resolve }), functions);
    }
}

;// CONCATENATED MODULE: ./src/extract/serverless/functions.ts





const SERVERLESS_FORMAT = "serverless-framework";
/**
 * One function: its own settings, else the provider's (the origin says which applied), its events, failure
 * destinations and per-function IAM statements, with the names its CloudFormation resources get.
 */
function extractFunction(stack, name, definition, keyPath) {
    const { provider, platform, defaultTimeout, variables, intrinsics, sink } = stack;
    const resolve = (value) => variables.resolve(value);
    const at = (...path) => ({ file: stack.file, doc: 0, path });
    const declaration = at("functions", ...keyPath);
    const fn = createEntity({ kind: "function", name, platform, format: SERVERLESS_FORMAT, ref: declaration }, { triggers: [] });
    const fieldAt = (...path) => at("functions", ...keyPath, ...path);
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
        const value = resolve(raw);
        const converted = value === UNRESOLVED ? undefined : convert(value);
        if (converted === undefined)
            markUnresolved(fn, field, ref);
        else
            setField(fn, field, converted, ref, note);
    };
    read("timeout", "timeout", ["timeout"], asNumber);
    if (defaultTimeout !== undefined && fn.timeout === undefined && !fn.unresolved?.includes("timeout")) {
        setField(fn, "timeout", defaultTimeout, declaration, `timeout not set: the Serverless Framework default of ${defaultTimeout} s applies`);
        fn.timeoutIsDefault = true;
    }
    read("memory", "memorySize", ["memorySize"], asNumber);
    read("runtime", "runtime", ["runtime"], asString);
    if (platform === "aws-lambda") {
        read("reservedConcurrency", "reservedConcurrency", ["reservedConcurrency"], asNumber);
        read("provisionedConcurrency", "provisionedConcurrency", ["provisionedConcurrency"], asNumber);
        read("tracing", "tracing", providerTracingPath(provider, resolve), tracingEnabled);
        read("snapStart", "snapStart", ["snapStart"], (v) => v === true || v === "PublishedVersions");
        read("logRetentionDays", "logRetentionInDays", ["logRetentionInDays"], asNumber);
        if (definition.onError !== undefined)
            assign("failureDestination", definition.onError, fieldAt("onError"), () => true);
        else if (valueAt(definition, ["destinations", "onFailure"]) !== undefined) {
            const onFailure = valueAt(definition, ["destinations", "onFailure"]);
            assign("failureDestination", onFailure, fieldAt("destinations", "onFailure"), () => true);
        }
    }
    const events = Array.isArray(definition.events) ? definition.events : [];
    events.forEach((event, index) => {
        const [type, settings] = isDict(event) ? (Object.entries(event)[0] ?? []) : [];
        if (typeof type !== "string")
            return;
        recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("events", index) });
        fn.triggers.push(toTrigger(type, settings, variables, { platform, file: stack.file, intrinsics }));
        const onFailure = valueAt(resolve(settings), ["destinations", "onFailure"]);
        if (onFailure !== undefined && fn.failureDestination !== true) {
            setField(fn, "failureDestination", true, fieldAt("events", index, type, "destinations", "onFailure"));
        }
    });
    if (definition.url !== undefined && definition.url !== false) {
        recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("url") });
        fn.triggers.push({ kind: "http-other", type: "url", synchronous: true });
    }
    if (Array.isArray(definition.iamRoleStatements)) {
        documentStatements(definition.iamRoleStatements, name, fieldAt("iamRoleStatements"), intrinsics, sink);
    }
    const stem = logicalIdStem(name);
    const deployedName = asString(resolve(definition.name)) ?? `${stack.service}-${stack.stage}-${name}`;
    return {
        id: `${stem}LambdaFunction`,
        entity: fn,
        nameKeys: [`\${${stem}LambdaFunction}`, deployedName],
        logGroupId: `${stem}LogGroup`,
    };
}
/**
 * Where the provider switches Lambda tracing on for every function: `provider.tracing.lambda`, or a plain
 * `provider.tracing: true` (serverless-plugin-tracing, and Framework v1). A `provider.tracing` that names only
 * other services (`apiGateway: true`) says nothing about the functions.
 */
function providerTracingPath(provider, resolve) {
    return isDict(resolve(provider.tracing)) ? ["tracing", "lambda"] : ["tracing"];
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

;// CONCATENATED MODULE: ./src/extract/serverless/iam.ts


/** Where a stack declares the statements of the role its functions share, and their managed policies. */
const SHARED_STATEMENTS = [
    ["provider", "iam", "role", "statements"],
    ["provider", "iamRoleStatements"],
];
const SHARED_MANAGED_POLICIES = [
    ["provider", "iam", "role", "managedPolicies"],
    ["provider", "iamManagedPolicies"],
];
/** IAM statements of the role a stack's functions share (`provider.iam.role.statements`, `iamRoleStatements`). */
function providerStatements(doc, service, at, intrinsics, sink) {
    for (const path of SHARED_STATEMENTS) {
        const statements = valueAt(doc, path);
        if (Array.isArray(statements))
            documentStatements(statements, `${service} (provider role)`, at(...path), intrinsics, sink);
    }
    for (const path of SHARED_MANAGED_POLICIES) {
        const policies = valueAt(doc, path);
        if (!Array.isArray(policies))
            continue;
        policies.forEach((policy, index) => {
            const name = intrinsics.nameKey(policy);
            const statement = name === undefined ? undefined : managedPolicyStatement(name, `${service} (provider role)`, at(...path, index));
            if (statement)
                sink.statement(statement);
        });
    }
}

;// CONCATENATED MODULE: ./src/extract/serverless/variables.ts
/**
 * Serverless Framework variables. Only sources that read the manifest itself are resolved (`self:`, `sls:`,
 * and `opt:` through its default): a scan of an untrusted pull request must never read the environment, files,
 * SSM, S3 or other stacks, so `${env:\u2026}`, `${file(\u2026)}`, `${ssm:\u2026}` and the like stay unresolved.
 */

const variables_MAX_DEPTH = 10;
const MAX_REPLACEMENTS = 50;
const VARIABLE = /\$\{([^${}]*)\}/;
/** Sources other than the manifest itself and CLI options (which only count through their default). */
const EXTERNAL_SOURCE = /^(?!self:|sls:|opt:)[a-zA-Z0-9]+(:|\()/;
class VariableResolver {
    root;
    constructor(root) {
        this.root = root;
    }
    resolve(value, depth = 0) {
        if (typeof value !== "string" || !value.includes("${"))
            return value;
        if (depth > variables_MAX_DEPTH)
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
    /**
     * `a, b, c`: the first source with a value. A fallback after a source that reads the outside world (`env:`,
     * `ssm:`, \u2026) is not taken: the real value would come from there at deploy time.
     */
    expression(expression, depth) {
        for (const candidate of splitTopLevel(expression).map((c) => c.trim())) {
            if (EXTERNAL_SOURCE.test(candidate))
                return UNRESOLVED;
            const result = this.source(candidate, depth);
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

;// CONCATENATED MODULE: ./src/extract/serverless/adapter.ts






const MANIFEST_NAME = /(^|\/)serverless\.(ya?ml|json)$/;
/** Providers whose functions archlint models, and the timeout each applies when a function sets none. */
const PLATFORMS = {
    aws: { platform: "aws-lambda", defaultTimeout: 6 },
    google: { platform: "gcp-functions", defaultTimeout: 60 },
    azure: { platform: "azure-functions", defaultTimeout: 300 },
    knative: { platform: "knative", defaultTimeout: 300 },
};
/** `serverless.yml` by name, or any YAML/JSON file shaped like one (a service, a named provider, functions). */
function isServerlessManifest(file) {
    const doc = file.documents[0];
    if (!isDict(doc))
        return false;
    if (MANIFEST_NAME.test(file.path))
        return "functions" in doc || "provider" in doc;
    return (file.documents.length === 1 &&
        doc.service !== undefined &&
        isDict(doc.provider) &&
        typeof doc.provider.name === "string" &&
        (isDict(doc.functions) || Array.isArray(doc.functions)));
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
/**
 * One `serverless.yml` stack: provider defaults, each function with its own settings and events, the IAM
 * statements of its roles, and its `resources:` (CloudFormation) joined to the functions.
 */
function extractStack(file, doc, sink) {
    const variables = new VariableResolver(doc);
    const resolve = (value) => variables.resolve(value);
    const intrinsics = new Intrinsics({}, resolve);
    const at = (...path) => ({ file: file.path, doc: 0, path });
    const provider = isDict(doc.provider) ? doc.provider : {};
    const providerName = asString(resolve(provider.name)) ?? "aws";
    const { platform, defaultTimeout } = own(PLATFORMS, providerName) ?? {
        platform: providerName,
        defaultTimeout: undefined,
    };
    const service = asString(resolve(isDict(doc.service) ? doc.service.name : doc.service)) ?? "service";
    const stage = asString(resolve(provider.stage)) ?? "dev";
    const stack = {
        file: file.path,
        provider,
        platform,
        defaultTimeout,
        service,
        stage,
        variables,
        intrinsics,
        sink,
    };
    const functions = namedEntries(doc.functions).flatMap(([name, definition, keyPath]) => isDict(definition) ? [extractFunction(stack, name, definition, keyPath)] : []);
    if (platform === "aws-lambda")
        providerStatements(doc, service, at, intrinsics, sink);
    if (doc.resources !== undefined) {
        extractResources(doc.resources, file.path, functions, resolve, sink, SERVERLESS_FORMAT);
    }
    for (const fn of functions) {
        if (service !== "service")
            fn.entity.stack = service;
        sink.entity(fn.entity);
    }
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/detect.ts

const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
/** A CloudFormation template: it says so, or its `Resources` are typed `AWS::\u2026` (SAM's `Serverless` ones too). */
function isCloudFormationTemplate(doc) {
    if (!isDict(doc))
        return false;
    if ("AWSTemplateFormatVersion" in doc && (isDict(doc.Resources) || doc.Resources === undefined))
        return true;
    return isDict(doc.Resources) && Object.values(doc.Resources).some(hasAwsType);
}
function hasAwsType(resource) {
    return isDict(resource) && typeof resource.Type === "string" && resource.Type.startsWith("AWS::");
}
/** SAM templates name the transform, as a string or in a list of transforms. */
function isSamTemplate(doc) {
    const transform = doc.Transform;
    return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/nested-stacks.ts




/**
 * `AWS::CloudFormation::Stack` with a local `TemplateURL` and `AWS::Serverless::Application` with a local
 * `Location` (as `sam build` and `aws cloudformation package` accept them); S3 and repository applications are
 * not in the repository, so they are not read.
 */
function nestingsOf(template) {
    const nested = [
        ...resourcesOf(template, "AWS::CloudFormation::Stack").map((r) => ({ r, location: r.properties.TemplateURL })),
        ...resourcesOf(template, "AWS::Serverless::Application").map((r) => ({ r, location: r.properties.Location })),
    ];
    return nested.flatMap(({ r, location }) => {
        const child = localFile(location, template.file)?.file;
        if (!child)
            return [];
        const passed = isDict(r.properties.Parameters) ? r.properties.Parameters : {};
        const values = new Map(Object.entries(passed).map(([name, raw]) => [name, template.intrinsics.resolve(raw)]));
        const keys = new Map(Object.entries(passed).flatMap(([name, raw]) => {
            const key = queueKey(raw, template.file, template.intrinsics);
            return key ? [[name, key]] : [];
        }));
        return [{ child, parent: template.file, stack: r.id, values, keys }];
    });
}
/**
 * The child's `Parameters` as its parent instantiates it: a value the parent passes becomes the parameter's
 * default, one the parent passes but that cannot be resolved leaves the parameter without one (unresolved rather
 * than the child's own default, which the parent overrides), and the rest keep their defaults.
 */
function instantiate(parameters, nesting) {
    const instantiated = { ...parameters };
    const notes = new Map();
    for (const [name, value] of nesting.values) {
        const declared = isDict(parameters[name]) ? parameters[name] : {};
        const { Default: _childDefault, ...rest } = declared;
        instantiated[name] = value === UNRESOLVED ? rest : { ...rest, Default: value };
        if (value !== UNRESOLVED)
            notes.set(name, `${name} = ${String(value)}, passed by ${nesting.parent} (${nesting.stack})`);
    }
    return { parameters: instantiated, notes };
}
/**
 * Templates that declare parameters wait for the end of the scan, because a parent stack read later may pass
 * them values. A child nested by several parents is read as the first of them (in path order) instantiates it.
 */
class NestedStacks {
    deferred = [];
    nestings = new Map();
    children = new Map();
    /** Every template's `Parameters` and `Outputs`, so a parent can follow an output into its child. */
    interfaces = new Map();
    childrenOf = new Map();
    functions = new Map();
    /** Records what a template shows its parents, and where it nests children. */
    add(file, doc, nestings) {
        const parameters = isDict(doc.Parameters) ? doc.Parameters : {};
        this.interfaces.set(file, { parameters, outputs: isDict(doc.Outputs) ? doc.Outputs : {} });
        for (const nesting of nestings) {
            this.children.set(`${nesting.parent}#${nesting.stack}`, nesting.child);
            this.childrenOf.set(nesting.parent, (this.childrenOf.get(nesting.parent) ?? new Set()).add(nesting.child));
            const known = this.nestings.get(nesting.child);
            if (!known || nesting.parent < known.parent)
                this.nestings.set(nesting.child, nesting);
        }
    }
    defer(template) {
        this.deferred.push(template);
    }
    /** The templates held back, children before their parents, so a parent reaches its children's functions. */
    instances() {
        const ordered = [...this.deferred].sort((a, b) => this.height(a.where.file, 0) - this.height(b.where.file, 0));
        return ordered.map((template) => {
            const nesting = this.nestings.get(template.where.file);
            return { ...template, nesting, links: this.links(template.where.file, 0) };
        });
    }
    /** Records the functions a template declared, for the parents that name them through an output. */
    extracted(file, functions) {
        this.functions.set(file, [...(this.functions.get(file) ?? []), ...functions]);
    }
    height(file, depth) {
        const children = [...(this.childrenOf.get(file) ?? [])];
        if (depth >= nested_stacks_MAX_DEPTH || children.length === 0)
            return 0;
        return 1 + Math.max(...children.map((child) => this.height(child, depth + 1)));
    }
    /** What crosses the boundaries of the template in `file`: its parent's resources in, its children's outputs out. */
    links(file, depth) {
        const nesting = this.nestings.get(file);
        /** The child an output comes from, its declared value, and its intrinsics to read that value with. */
        const output = (stack, name) => {
            const child = this.children.get(`${file}#${stack}`);
            const face = child === undefined ? undefined : this.interfaces.get(child);
            const declared = face?.outputs[name];
            if (child === undefined || !face || !isDict(declared) || depth >= nested_stacks_MAX_DEPTH)
                return undefined;
            const intrinsics = new Intrinsics(face.parameters, undefined, undefined, this.links(child, depth + 1));
            return { child, value: declared.Value, intrinsics };
        };
        return {
            parameterKey: (name) => nesting?.keys.get(name),
            outputKey: (stack, name) => {
                const found = output(stack, name);
                return found && queueKey(found.value, found.child, found.intrinsics);
            },
            outputFunction: (stack, name) => {
                const found = output(stack, name);
                const ids = new Set(found?.intrinsics.references(found.value));
                return found && this.functions.get(found.child)?.find((fn) => ids.has(fn.id));
            },
        };
    }
}
/** Stacks nested deeper than this are a cycle (a template that nests itself), not a design. */
const nested_stacks_MAX_DEPTH = 8;

;// CONCATENATED MODULE: ./src/extract/cloudformation/adapter.ts









const API_TYPES = /^AWS::(AppSync::|Serverless::(Api|HttpApi|GraphQLApi)$|ApiGateway::RestApi$|ApiGatewayV2::Api$)/;
/**
 * A SAM application that serves an API (AppSync resolvers, API Gateway integrations): a deployable service even
 * when it declares no function of its own.
 */
function servesAnApi(doc) {
    const resources = isDict(doc) && isDict(doc.Resources) ? Object.values(doc.Resources) : [];
    return resources.some((resource) => isDict(resource) && typeof resource.Type === "string" && API_TYPES.test(resource.Type));
}
/**
 * CloudFormation templates, YAML or JSON, and SAM templates (the same family, with Globals and events). A
 * template with parameters, or one that nests local stacks, is read at the end of the scan, when parents and
 * children are all known; OpenAPI files included by an API are joined then too.
 */
const cloudFormation = {
    name: CLOUDFORMATION_FORMAT,
    create: () => {
        const openApi = new OpenApiFiles();
        const nested = new NestedStacks();
        return {
            extract(file, sink) {
                openApi.add(file.path, file.documents);
                if (isServerlessManifest(file))
                    return;
                file.documents.forEach((doc, index) => {
                    if (!isCloudFormationTemplate(doc))
                        return;
                    const format = isSamTemplate(doc) ? SAM_FORMAT : CLOUDFORMATION_FORMAT;
                    const where = { file: file.path, doc: index, base: [], format };
                    if (format === SAM_FORMAT && servesAnApi(doc))
                        sink.evidence({ category: EVIDENCE.apiStack, value: external_node_path_.posix.dirname(file.path), file: file.path, line: 1 });
                    const template = createTemplate(doc, where, sink, { openApi });
                    const nestings = nestingsOf(template);
                    nested.add(file.path, doc, nestings);
                    if (isDict(doc.Parameters) || nestings.length > 0)
                        nested.defer({ doc, where });
                    else
                        nested.extracted(file.path, extractTemplate(template));
                });
            },
            finish(sink, guard) {
                for (const { doc, where, nesting, links } of nested.instances()) {
                    const instance = nesting && isDict(doc.Parameters) ? instantiate(doc.Parameters, nesting) : undefined;
                    const options = { openApi, parameters: instance?.parameters, parameterNotes: instance?.notes, links };
                    guard(where.file, () => nested.extracted(where.file, extractTemplate(createTemplate(doc, where, sink, options))));
                }
                openApi.finish(guard);
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/extract/containers/connections.ts
/** Settings that name another component: `CART_ADDR`, `REDIS_HOST`, `API_URL`, `PAYMENT_SERVICE_PORT_\u2026`, DSNs. */
const CONNECTION_VARS = /(^|_)(ADDR|ADDRESS|HOST|HOSTNAME|URL|URI|ENDPOINT|DSN|CONNECTION_STRING|SERVER|SERVERS|BROKERS?)$|_SERVICE_(HOST|ADDR|URL)/i;
const URL_SHAPE = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?,;]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9.-]*)(?::\d+)?$/i;
const LOCAL = /^(localhost|0\.0\.0\.0|127\.|\[?::1\]?$)|^\d+\.\d+\.\d+\.\d+$/;
/**
 * The hosts a container's settings name (`cart:7070`, `http://payment/api`, `mongodb://carts-db:27017/data`),
 * by their first DNS label (`cartservice.default.svc.cluster.local` \u2192 `cartservice`), lowercased and each once.
 * Unresolved values (`${\u2026}`, `{{ \u2026 }}`), local addresses and IPs name nothing.
 */
function connectionHosts(env) {
    const hosts = new Set();
    for (const variable of env) {
        const value = variable.value?.trim();
        if (!value || /\$\{|\$\(|\{\{/.test(value))
            continue;
        const fromUrl = URL_SHAPE.exec(value)?.[1];
        const host = fromUrl ?? (CONNECTION_VARS.test(variable.name) ? HOST_PORT.exec(value)?.[1] : undefined);
        if (!host || LOCAL.test(host))
            continue;
        const label = host.toLowerCase().split(".")[0];
        if (label)
            hosts.add(label);
    }
    return [...hosts];
}

;// CONCATENATED MODULE: ./src/extract/containers/database.ts
const URL_VARS = /^(.*_)?(DATABASE_URL|DATABASE_URI|DB_URL|DB_URI|DSN|DATASOURCE_URL|JDBC_URL|MONGO_URL|MONGO_URI|MONGODB_URL|MONGODB_URI|POSTGRES_URL|POSTGRES_URI|MYSQL_URL|MYSQL_URI|DB_CONNECTION_STRING|CONNECTION_STRING)$/;
const HOST_VARS = /^(.*_)?(DB_HOST|DATABASE_HOST|POSTGRES_HOST|POSTGRESQL_HOST|MYSQL_HOST|MARIADB_HOST|MONGO_HOST|MONGODB_HOST|PGHOST|DB_SERVER)$/;
const NAME_VARS = /^(.*_)?(DB_NAME|DATABASE_NAME|DATABASE|POSTGRES_DB|POSTGRESQL_DATABASE|MYSQL_DATABASE|MARIADB_DATABASE|MONGO_DB|MONGODB_DATABASE|PGDATABASE|DB_DATABASE)$/;
/** `scheme://[user[:password]@]host[:port][,host2\u2026][/name][?\u2026]`, with an optional `jdbc:` prefix. */
const database_URL_SHAPE = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?,;]+)(?::\d+)?(?:,[^/]*)?(?:\/([^?;/]+))?/i;
const unresolved = (value) => /\$\{|\$\(|\{\{/.test(value);
/**
 * The database a container is configured to use, read from its environment without resolving anything: a URL
 * variable (`DATABASE_URL`, `SPRING_DATASOURCE_URL`, `MONGO_URL`, \u2026) or a host variable (`DB_HOST`,
 * `ORDERS_DB_HOST`, `PGHOST`, \u2026) with a name variable (`DB_NAME`, `POSTGRES_DB`, \u2026). Values that are references
 * (`${\u2026}`, `$(\u2026)`, secrets) are skipped; a database without a readable host is not reported.
 */
function databaseFromEnv(env) {
    for (const variable of env) {
        if (!variable.value || unresolved(variable.value) || !URL_VARS.test(variable.name.toUpperCase()))
            continue;
        const match = database_URL_SHAPE.exec(variable.value.trim());
        if (!match?.[1])
            continue;
        const database = { host: match[1].toLowerCase() };
        if (match[2])
            database.name = decodeURIComponent(match[2]);
        return { database, ref: variable.ref };
    }
    const host = env.find((v) => v.value && !unresolved(v.value) && HOST_VARS.test(v.name.toUpperCase()));
    if (!host?.value)
        return undefined;
    const name = env.find((v) => v.value && !unresolved(v.value) && NAME_VARS.test(v.name.toUpperCase()));
    const database = { host: host.value.trim().toLowerCase() };
    if (name?.value)
        database.name = name.value.trim();
    return { database, ref: host.ref };
}

;// CONCATENATED MODULE: ./src/extract/compose/ports.ts

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;
/**
 * A `ports` entry in short (`"8080:80"`, `"127.0.0.1:8080:80/tcp"`, `"80"`) or long (`{target, published,
 * host_ip}`) syntax. Every form publishes on the host; `expose` (not read here) does not.
 */
function readPort(entry) {
    if (isDict(entry)) {
        const port = {};
        const published = asNumber(entry.published) ?? asString(entry.published);
        const target = asNumber(entry.target) ?? asString(entry.target);
        const hostIp = asString(entry.host_ip);
        if (published !== undefined)
            port.published = published;
        if (target !== undefined)
            port.target = target;
        if (hostIp)
            port.hostIp = hostIp;
        return port;
    }
    const text = asString(entry);
    if (!text)
        return undefined;
    const withoutProtocol = text.replace(/\/(tcp|udp|sctp)$/i, "");
    const ipv6 = /^\[([^\]]+)\]:(.*)$/.exec(withoutProtocol);
    const parts = ipv6 ? [`[${ipv6[1]}]`, ...(ipv6[2] ?? "").split(":")] : withoutProtocol.split(":");
    const port = {};
    const target = parts.at(-1);
    if (target)
        port.target = asNumber(target) ?? target;
    if (parts.length >= 2 && parts.at(-2))
        port.published = asNumber(parts.at(-2)) ?? parts.at(-2);
    if (parts.length >= 3 && parts[0])
        port.hostIp = parts[0];
    return port;
}
/** Published on every interface (reachable from other hosts), not bound to loopback only. */
const isPublic = (port) => !port.hostIp || !LOOPBACK.test(port.hostIp);

;// CONCATENATED MODULE: ./src/extract/compose/adapter.ts








const COMPOSE_FORMAT = "compose";
/** Every name Docker Compose reads by default or by convention: `compose*.y?ml`, `docker-compose*.y?ml`. */
const COMPOSE_NAME = /(^|\/)(docker-)?compose([-._][^/]*)?\.ya?ml$/i;
/** Off-the-shelf components that keep state: not stateless, whatever their replicas. */
const STATEFUL_COMPONENTS = new Set(["database", "cache", "broker", "storage", "search"]);
/** How deep `extends` chains are followed (a loop stops here). */
const MAX_EXTENDS = 5;
/**
 * Compose files, with their layers: a file another one names under `include:` is read whatever its name (and
 * joins the including file's project), and a service's `extends:` (in the same file or another) is merged
 * under its own settings. YAML files with `services:` wait for `finish`, when every `include` is known.
 */
const composeFiles = {
    name: COMPOSE_FORMAT,
    create() {
        const documents = new Map();
        return {
            extract(file) {
                const doc = file.documents[0];
                if (file.format === "yaml" && isDict(doc) && isDict(doc.services))
                    documents.set(file.path, { file, services: doc.services, include: includedPaths(file.path, doc.include) });
            },
            finish(sink) {
                const projects = new Map();
                const join = (path, project) => {
                    if (projects.has(path) || !documents.has(path))
                        return;
                    projects.set(path, project);
                    for (const included of documents.get(path)?.include ?? [])
                        join(included, project);
                };
                for (const path of documents.keys())
                    if (COMPOSE_NAME.test(path))
                        join(path, external_node_path_.posix.dirname(path));
                for (const [path, project] of projects) {
                    const document = documents.get(path);
                    for (const [name, declared] of Object.entries(document.services)) {
                        const service = isDict(declared) ? withExtends(documents, path, declared, MAX_EXTENDS) : undefined;
                        if (service && isDeployable(service))
                            extractService(document.file, name, service, variantSink(sink, `compose:${project}`));
                    }
                }
            },
        };
    },
};
/** The files an `include:` names (a path, a list of paths, or `{ path }` entries), inside the scanned root. */
function includedPaths(file, include) {
    const entries = Array.isArray(include) ? include : [];
    return entries
        .flatMap((entry) => (isDict(entry) ? (Array.isArray(entry.path) ? entry.path : [entry.path]) : [entry]))
        .flatMap((value) => {
        const path = asString(value);
        if (!path || path.startsWith("/") || path.includes("://"))
            return [];
        const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), path));
        return resolved.startsWith("../") ? [] : [resolved];
    });
}
/** A service's settings over those of the service it `extends` (same file, or `extends.file`), shallowly. */
function withExtends(documents, path, service, depth) {
    const extended = service.extends;
    if (extended === undefined || depth === 0)
        return service;
    const target = isDict(extended) ? extended : { service: extended };
    const name = asString(target.service);
    const file = asString(target.file);
    const basePath = file ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), file)) : path;
    const base = name ? documents.get(basePath)?.services[name] : undefined;
    if (!isDict(base))
        return service;
    const { extends: _, ...own } = service;
    return { ...withExtends(documents, basePath, base, depth - 1), ...own };
}
/** Writes the entities of a compose project's files with the project as their deployment variant. */
function variantSink(sink, variant) {
    return {
        entity: (entity) => sink.entity(Object.assign(entity, { variants: [variant] })),
        evidence: (evidence) => sink.evidence(evidence),
        statement: (statement) => sink.statement(statement),
    };
}
/**
 * A service with neither `image`, `build` nor `extends` is a fragment merged into the same service of another
 * compose file (`docker-compose.logging.yml` adding `logging:`): not a workload of its own.
 */
const isDeployable = (service) => "image" in service || "build" in service || "extends" in service;
function extractService(file, name, service, sink) {
    const ref = { file: file.path, doc: 0, path: ["services", name] };
    const image = asString(service.image);
    const build = buildContext(service.build);
    const healthcheck = isDict(service.healthcheck) && service.healthcheck.disable !== true;
    const container = { name, readinessProbe: healthcheck, requests: {}, longRunning: false };
    if (image)
        container.image = image;
    const workload = createEntity({ kind: "workload", name, platform: "compose", format: COMPOSE_FORMAT, ref }, { workloadType: "compose-service", containers: [container], podLabels: {}, images: image ? [image] : [] });
    recordOrigin(workload, "containers.0", { ref });
    Object.assign(workload, ownershipOf(workload.images, build));
    workload.serviceKey = serviceKey(name);
    workload.stateless = !STATEFUL_COMPONENTS.has(workload.component ?? "");
    if (build !== undefined)
        setField(workload, "build", build, refAt(ref, "build"));
    readReplicas(workload, service, ref);
    readReservations(workload, container, service, ref);
    const ports = Array.isArray(service.ports) ? service.ports : [];
    const published = ports.flatMap((entry) => readPort(entry) ?? []);
    if (published.length > 0) {
        setField(workload, "publishedPorts", published, refAt(ref, "ports"));
        if (published.some(isPublic))
            sink.entity(publishedService(workload, published, refAt(ref, "ports")));
    }
    const env = environment(service.environment, refAt(ref, "environment"));
    const database = databaseFromEnv(env);
    if (database)
        setField(workload, "database", database.database, database.ref);
    const connections = connectionHosts(env);
    if (connections.length)
        workload.connections = connections;
    sink.entity(workload);
}
function buildContext(build) {
    if (typeof build === "string")
        return build;
    if (isDict(build))
        return asString(build.context) ?? ".";
    return undefined;
}
function readReplicas(workload, service, ref) {
    const deploy = isDict(service.deploy) ? service.deploy : {};
    const [raw, at] = "replicas" in deploy ? [deploy.replicas, refAt(ref, "deploy", "replicas")] : [service.scale, refAt(ref, "scale")];
    if (raw === undefined)
        return;
    const replicas = asNumber(raw);
    if (replicas === undefined)
        markUnresolved(workload, "replicas", at);
    else
        setField(workload, "replicas", replicas, at);
}
/** `deploy.resources.reservations` are compose's requests (`cpus` is compose's name for cpu). */
function readReservations(workload, container, service, ref) {
    const deploy = isDict(service.deploy) ? service.deploy : {};
    const resources = isDict(deploy.resources) ? deploy.resources : {};
    const reservations = isDict(resources.reservations) ? resources.reservations : {};
    const at = refAt(ref, "deploy", "resources", "reservations");
    const cpu = asString(reservations.cpus);
    const memory = asString(reservations.memory);
    if (cpu !== undefined)
        container.requests.cpu = cpu;
    if (memory !== undefined)
        container.requests.memory = memory;
    if (cpu !== undefined || memory !== undefined)
        recordOrigin(workload, "containers.0.requests", { ref: at });
}
/** `environment` as a map (`KEY: value`) or a list (`KEY=value`); a bare `KEY` takes the host's value: unread. */
function environment(value, ref) {
    if (isDict(value)) {
        return Object.entries(value).map(([name, entry]) => {
            const text = asString(entry);
            return { name, ...(text !== undefined ? { value: text } : {}), ref: refAt(ref, name) };
        });
    }
    if (!Array.isArray(value))
        return [];
    return value.flatMap((entry, index) => {
        const text = asString(entry);
        const equals = text?.indexOf("=") ?? -1;
        if (!text || equals < 1)
            return [];
        return [{ name: text.slice(0, equals), value: text.slice(equals + 1), ref: refAt(ref, index) }];
    });
}
/** A compose service publishing ports on all interfaces, as a `service` entity the exposure check counts. */
function publishedService(workload, ports, ref) {
    const service = createEntity({ kind: "service", name: workload.name, platform: "compose", format: COMPOSE_FORMAT, ref: workload.ref }, { selector: {}, ports: ports.filter(isPublic), workloadId: workload.id });
    setField(service, "type", "published", ref);
    return service;
}

;// CONCATENATED MODULE: ./src/extract/evidence/required-literals.ts
/**
 * Words a regular expression cannot match without: every returned set holds a literal that occurs in every
 * match. Files that lack one of the sets are ruled out with `includes`, which is far cheaper than running the
 * expression (a pattern starting with `^\s*` or an alternation gives the engine no literal to skip ahead with).
 *
 * Derived from the pattern's source: runs of literal characters, and groups whose every alternative yields
 * literals; `apiVersion: (kuma\.io)/` needs both `apiVersion` and `kuma.io`. Sets with a literal under 3
 * characters are left out. Undefined when unsure (an escape or flag this reader does not know) or when no set
 * is left: the caller then always runs the expression. With the `i` flag the literals are lower case. Callers
 * cache the result per pattern.
 */
function requiredLiteralSets(pattern) {
    // Unicode mode folds case beyond ASCII (\u017f is s, K is k) and reads escapes its own way.
    if (/[uv]/.test(pattern.flags))
        return undefined;
    try {
        const reader = new SourceReader(pattern.source);
        const sets = reader.alternation().filter((set) => score(set) >= MIN_LENGTH);
        if (!reader.done() || sets.length === 0)
            return undefined;
        return pattern.flags.includes("i") ? sets.map((set) => set.map((literal) => literal.toLowerCase())) : sets;
    }
    catch (error) {
        if (error instanceof Unsupported)
            return undefined;
        throw error;
    }
}
/** The most selective of the required sets (by its shortest literal), to index a pattern by one set of words. */
function requiredLiterals(pattern) {
    return requiredLiteralSets(pattern)?.reduce(better, undefined);
}
const MIN_LENGTH = 3;
class Unsupported extends Error {
}
/** The shortest literal of a set: the set is only as selective as its weakest word. */
const score = (set) => Math.min(...set.map((literal) => literal.length));
function better(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return score(b) > score(a) || (score(b) === score(a) && b.length < a.length) ? b : a;
}
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;
const ZERO_WIDTH_GROUP = /^\(\?(?:=|!|<=|<!)/;
const SIMPLE_ESCAPES = new Set("dDwWsSbBnrtfv0");
class SourceReader {
    source;
    at = 0;
    constructor(source) {
        this.source = source;
    }
    done() {
        return this.at >= this.source.length;
    }
    /**
     * `a|b|c` up to the closing parenthesis (not consumed): a single branch needs all its sets; several need the
     * union of their best sets, and nothing when one of them needs nothing.
     */
    alternation() {
        const branches = [this.sequence()];
        while (this.source[this.at] === "|") {
            this.at++;
            branches.push(this.sequence());
        }
        if (branches.length === 1)
            return branches[0];
        const bests = branches.map((sets) => sets.reduce(better, undefined));
        return bests.every((best) => best !== undefined) ? [bests.flat()] : [];
    }
    /** One branch: its literal runs and required groups, each a set the branch cannot match without. */
    sequence() {
        const sets = [];
        let run = "";
        const endRun = () => {
            if (run)
                sets.push([run]);
            run = "";
        };
        while (!this.done() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
            const atom = this.atom();
            const quantifier = QUANTIFIER.exec(this.source.slice(this.at));
            if (quantifier)
                this.at += quantifier[0].length;
            const optional = quantifier !== null && (quantifier[0][0] === "?" || quantifier[0][0] === "*" || quantifier[1] === "0");
            if (atom.kind === "char" && !optional) {
                run += atom.char;
                if (quantifier)
                    endRun();
                continue;
            }
            endRun();
            if (atom.kind === "group" && !optional)
                sets.push(...atom.sets);
        }
        endRun();
        return sets;
    }
    atom() {
        const c = this.source[this.at];
        if (c === "\\")
            return this.escape();
        if (c === "[") {
            this.skipClass();
            return { kind: "other" };
        }
        if (c === "(")
            return this.group();
        this.at++;
        if (c === "." || c === "^" || c === "$")
            return { kind: "other" };
        if ("*+?{}]".includes(c))
            throw new Unsupported();
        return { kind: "char", char: c };
    }
    escape() {
        const c = this.source[this.at + 1];
        this.at += 2;
        if (c === undefined)
            throw new Unsupported();
        // \0 followed by a digit is a legacy octal escape, one character whatever the digits.
        if (c === "0" && /[0-9]/.test(this.source[this.at] ?? ""))
            throw new Unsupported();
        if (SIMPLE_ESCAPES.has(c))
            return { kind: "other" };
        if (/[A-Za-z0-9]/.test(c))
            throw new Unsupported();
        return { kind: "char", char: c };
    }
    skipClass() {
        this.at++;
        if (this.source[this.at] === "]")
            this.at++;
        while (!this.done() && this.source[this.at] !== "]")
            this.at += this.source[this.at] === "\\" ? 2 : 1;
        if (this.done())
            throw new Unsupported();
        this.at++;
    }
    group() {
        const rest = this.source.slice(this.at);
        const zeroWidth = ZERO_WIDTH_GROUP.exec(rest);
        const prefix = zeroWidth?.[0] ?? /^\(\?(?::|<[A-Za-z_$][\w$]*>)|^\(/.exec(rest)?.[0];
        if (!prefix)
            throw new Unsupported();
        this.at += prefix.length;
        const sets = this.alternation();
        if (this.source[this.at] !== ")")
            throw new Unsupported();
        this.at++;
        return zeroWidth ? { kind: "other" } : { kind: "group", sets };
    }
}

;// CONCATENATED MODULE: ./src/extract/evidence/word-automaton.ts
const BEYOND_ASCII = 128;
/** ASCII is folded to lower case, as a case-insensitive regular expression folds it; the rest is one character. */
const foldedOf = (code) => (code >= BEYOND_ASCII ? BEYOND_ASCII : code >= 65 && code <= 90 ? code + 32 : code);
/**
 * Aho\u2013Corasick: which of many words occur in a text, case-insensitively, in one pass over it. A word with
 * characters beyond ASCII may be reported where it does not occur (they all read as one symbol), never missed.
 * Words are not empty.
 */
class WordAutomaton {
    words;
    /** The words a state ends, by state. */
    ends;
    /**
     * Each folded character's symbol: the characters no word holds share symbol 0 (no word can match across
     * them), so a state's row has only as many cells as the words have distinct characters, and the table stays
     * small enough for the processor's cache.
     */
    symbols = new Uint8Array(BEYOND_ASCII + 1);
    width;
    /**
     * `next` as the scan reads it: the offset of the next state's row (state \u00d7 width), negated when that state
     * ends a word, so one load per character both moves and tells whether to record. The root ends no word.
     */
    rows;
    constructor(words) {
        this.words = words;
        this.width = this.assignSymbols(words);
        const trie = buildTrie(words, (code) => this.symbolOf(code));
        const next = new Int32Array(trie.children.length * this.width);
        this.ends = trie.ends;
        this.link(trie.children, next);
        this.rows = next.map((state) => (this.ends[state] ? -state : state) * this.width);
    }
    /** For each word, by index, whether it occurs. */
    occurrences(text) {
        const found = new Uint8Array(this.words.length);
        const { rows, ends, symbols, width } = this;
        let row = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            row = rows[row + symbols[Math.min(code, BEYOND_ASCII)]];
            if (row < 0) {
                row = -row;
                for (const word of ends[row / width])
                    found[word] = 1;
            }
        }
        return found;
    }
    symbolOf(code) {
        return this.symbols[foldedOf(code)];
    }
    /** Numbers the folded characters the words hold from 1; returns how many symbols there are. */
    assignSymbols(words) {
        let count = 1;
        const byFolded = new Uint8Array(BEYOND_ASCII + 1);
        for (const word of words) {
            for (let i = 0; i < word.length; i++) {
                const folded = foldedOf(word.charCodeAt(i));
                if (byFolded[folded] === 0)
                    byFolded[folded] = count++;
            }
        }
        for (let code = 0; code <= BEYOND_ASCII; code++)
            this.symbols[code] = byFolded[foldedOf(code)];
        return count;
    }
    /** Fills the transition table breadth first; a state also ends every word its failure state ends. */
    link(children, next) {
        const { width } = this;
        const failure = new Int32Array(children.length);
        const queue = [];
        for (let symbol = 0; symbol < width; symbol++) {
            const child = children[0]?.get(symbol) ?? 0;
            next[symbol] = child;
            if (child !== 0)
                queue.push(child);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const fallback = failure[state];
            const inherited = this.ends[fallback];
            if (inherited)
                this.ends[state] = [...(this.ends[state] ?? []), ...inherited];
            next.copyWithin(state * width, fallback * width, (fallback + 1) * width);
            for (const [symbol, child] of children[state] ?? []) {
                failure[child] = next[state * width + symbol];
                next[state * width + symbol] = child;
                queue.push(child);
            }
        }
    }
}
function buildTrie(words, symbolOf) {
    const children = [new Map()];
    const ends = [undefined];
    words.forEach((word, index) => {
        let state = 0;
        for (let i = 0; i < word.length; i++) {
            const symbol = symbolOf(word.charCodeAt(i));
            let child = children[state]?.get(symbol);
            if (child === undefined) {
                child = children.length;
                children.push(new Map());
                ends.push(undefined);
                children[state]?.set(symbol, child);
            }
            state = child;
        }
        ends[state] = [...(ends[state] ?? []), index];
    });
    return { children, ends };
}

;// CONCATENATED MODULE: ./src/extract/evidence/literal-probe.ts


/**
 * Which words a text contains: every evidence detector asks about the same file, and a pattern whose required
 * words are absent cannot match (see `requiredLiterals`). All the words ever asked about are looked for in one
 * pass per file (`WordAutomaton`); a word asked about for the first time is looked up on its own and joins the
 * automaton later (see `KnownWords`).
 */
class LiteralProbe {
    text;
    occurring;
    answers = new Map();
    constructor(text) {
        this.text = text;
    }
    /** False when the text lacks every word of one of the sets the pattern needs (see `requiredLiteralSets`). */
    mayMatch(pattern) {
        const needed = wordSetsOf(pattern);
        if (!needed)
            return true;
        for (const set of needed)
            if (!set.some((word) => this.has(word)))
                return false;
        return true;
    }
    /**
     * Whether the text may hold the known word of that index (case-folded): false only when the automaton,
     * holding the word, did not find it.
     */
    mayHold(word) {
        const occurring = this.occurringWords();
        return word >= occurring.length || occurring[word] === 1;
    }
    /** Whether the pattern matches somewhere in the text, run only when its words are there. */
    occurs(pattern) {
        return this.mayMatch(pattern) && pattern.test(this.text);
    }
    /**
     * The automaton folds case: a word that must match exactly is then confirmed with `includes`. Only those
     * answers, and those for words the automaton does not hold yet, are kept: the rest are a read of `occurring`.
     */
    has(word) {
        const occurring = this.occurringWords();
        const index = known.indexOf(word.folded);
        const inAutomaton = index !== undefined && index < occurring.length;
        if (inAutomaton && (occurring[index] === 0 || !word.exact))
            return occurring[index] === 1;
        let present = this.answers.get(word);
        if (present === undefined) {
            present = inAutomaton ? this.text.includes(word.text) : this.lookUp(word);
            this.answers.set(word, present);
        }
        return present;
    }
    /** The automaton's one pass over the text, made when a word is first asked about. */
    occurringWords() {
        this.occurring ??= known.occurrences(this.text);
        return this.occurring;
    }
    lookUp(word) {
        known.learn(word.folded);
        return word.exact ? this.text.includes(word.text) : new RegExp(escapeRegExp(word.text), "i").test(this.text);
    }
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/**
 * Every word asked about so far, in lower case, and the automaton that finds them. Words met one at a time are
 * looked up alone until they are a third of those it holds, then it is rebuilt with them, so a stream of new
 * words costs a few rebuilds, not one each; a catalog's words, learnt together, join at the next file.
 */
class KnownWords {
    indexes = new Map();
    automaton = new WordAutomaton([]);
    rebuild = false;
    /** The word's index; the automaton's too when the word was known when it was built. */
    indexOf(folded) {
        return this.indexes.get(folded);
    }
    learn(folded, now = false) {
        if (this.indexes.has(folded))
            return;
        this.indexes.set(folded, this.indexes.size);
        this.rebuild ||= now;
    }
    occurrences(text) {
        const built = this.automaton.words.length;
        if (this.rebuild || this.indexes.size - built >= Math.max(1, built / 3)) {
            this.automaton = new WordAutomaton([...this.indexes.keys()]);
            this.rebuild = false;
        }
        return this.automaton.occurrences(text);
    }
}
const known = new KnownWords();
const prepared = new WeakMap();
function wordSetsOf(pattern) {
    let sets = prepared.get(pattern);
    if (sets === undefined) {
        const exact = !pattern.flags.includes("i");
        const word = (text) => ({ text, folded: text.toLowerCase(), exact });
        sets = requiredLiteralSets(pattern)?.map((set) => set.map(word)) ?? null;
        prepared.set(pattern, sets);
    }
    return sets;
}
/**
 * The indexes of the known words one of which the pattern needs, from its most selective set (see `mayHold`);
 * null when it needs none.
 */
function wordIndexesOf(pattern) {
    const words = requiredLiterals(pattern);
    if (!words)
        return null;
    return words.map((text) => {
        const folded = text.toLowerCase();
        known.learn(folded);
        return known.indexOf(folded);
    });
}
/** Words the patterns need join the automaton before a file asks about them. */
function learnWordsOf(patterns) {
    for (const pattern of patterns)
        for (const set of wordSetsOf(pattern) ?? [])
            for (const word of set)
                known.learn(word.folded, true);
}
let lastProbe;
let lastText;
/** The probe of the text seen last: detectors run one file at a time, so one is kept, never a file's worth more. */
function probeOfText(text) {
    if (text !== lastText || !lastProbe) {
        lastText = text;
        lastProbe = new LiteralProbe(text);
    }
    return lastProbe;
}

;// CONCATENATED MODULE: ./src/extract/evidence/text-search.ts

/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
        line++;
    return line;
}
const globals = new WeakMap();
function globalOf(pattern) {
    let global = globals.get(pattern);
    if (!global) {
        global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
        globals.set(pattern, global);
    }
    return global;
}
/** The line of the first match of `pattern` outside comment lines (and on a line `accept`s), or undefined. */
function firstMatchLine(text, pattern, accept = () => true) {
    if (!probeOfText(text).mayMatch(pattern))
        return undefined;
    for (const match of text.matchAll(globalOf(pattern))) {
        // A leading `\s*` may start the match on a blank line above: the evidence is where its text begins.
        const start = match.index + (match[0].length - match[0].trimStart().length);
        if (isCommentLine(text, start))
            continue;
        const line = lineAt(text, start);
        if (accept(line))
            return line;
    }
    return undefined;
}
function isCommentLine(text, offset) {
    const start = text.lastIndexOf("\n", offset - 1) + 1;
    const before = text.slice(start, offset).trimStart();
    return before.startsWith("#") || before.startsWith("//");
}
/** A file's name without its folder. */
function baseName(file) {
    const path = typeof file === "string" ? file : file.path;
    return path.slice(path.lastIndexOf("/") + 1);
}

;// CONCATENATED MODULE: ./src/extract/evidence/builds.ts




const DOCKERFILE = /(^|\/)(Dockerfile(\.[^/]*)?|[^/]+\.dockerfile)$/i;
/** `FROM [--platform=\u2026] image [AS stage]`: the last one is the image the build produces a layer on. */
const FROM = /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim;
/**
 * What this repository builds: each Dockerfile's folder (its build context, `.` at the root) with the base
 * image of its final stage, and each Skaffold artifact's image. Link reads them to tell the team's own services
 * from off-the-shelf components and from images it merely deploys.
 */
const buildEvidence = {
    name: "build-evidence",
    create: () => ({
        extract(file, sink) {
            if (file.format === "text" && DOCKERFILE.test(file.path)) {
                const stages = [...file.text.matchAll(FROM)];
                const last = stages.at(-1);
                const line = last ? lineAt(file.text, last.index) : 1;
                sink.evidence({ category: EVIDENCE.buildContext, value: external_node_path_.posix.dirname(file.path), file: file.path, line });
                if (last?.[1])
                    sink.evidence({ category: EVIDENCE.buildBase, value: last[1], file: file.path, line });
                return;
            }
            if (file.format !== "yaml")
                return;
            file.documents.forEach((doc) => {
                if (!isDict(doc) || typeof doc.apiVersion !== "string" || !doc.apiVersion.startsWith("skaffold/"))
                    return;
                const artifacts = isDict(doc.build) && Array.isArray(doc.build.artifacts) ? doc.build.artifacts : [];
                for (const artifact of artifacts) {
                    if (!isDict(artifact) || typeof artifact.image !== "string")
                        continue;
                    const offset = file.text.indexOf(artifact.image);
                    const line = offset < 0 ? undefined : lineAt(file.text, offset);
                    sink.evidence({ category: EVIDENCE.buildImage, value: artifact.image, file: file.path, line });
                }
            });
        },
    }),
};

;// CONCATENATED MODULE: ./src/extract/evidence/delivery.ts





/**
 * CI/CD evidence: which systems run pipelines (`ci`, one per pipeline file), and every step or config that
 * deploys (`deploy`, valued `<system>: <step>`, on its line). A GitOps controller's config deploys by itself.
 */
const deliveryEvidence = {
    name: "delivery-evidence",
    create: () => {
        learnWordsOf([...DEPLOY_STEPS, ...CI_DECLARATIONS].map((entry) => entry.pattern).concat(THROWAWAY_CLUSTER));
        return {
            extract(file, sink) {
                const system = CI_SYSTEMS.find((candidate) => candidate.path.test(file.path))?.system;
                if (system) {
                    sink.evidence({ category: EVIDENCE.ci, value: system, file: file.path, line: 1 });
                    emitDeploySteps(file, system, sink);
                    if (system === "Google Cloud Build")
                        emitCloudBuildSteps(file, sink);
                }
                emitDeclaredPipelines(file, sink);
                emitGitOps(file, sink);
            },
        };
    },
};
/**
 * Each kind of deploy step once per file, on its first line, in the order the pipeline runs them; never a step
 * into a cluster in a job that creates its own throwaway one (see `THROWAWAY_CLUSTER`).
 */
function emitDeploySteps(file, system, sink) {
    const delivers = outsideThrowawayJobs(file);
    const steps = DEPLOY_STEPS.filter((step) => !step.onlyIn || step.onlyIn === system)
        .flatMap((step) => {
        const line = firstMatchLine(file.text, step.pattern, step.intoCluster ? delivers : undefined);
        return line === undefined ? [] : [{ label: step.label, line }];
    })
        .sort((a, b) => a.line - b.line);
    for (const { label, line } of steps)
        sink.evidence({ category: EVIDENCE.deploy, value: `${system}: ${label}`, file: file.path, line });
}
/**
 * Whether a line lies outside every job that creates a kind, k3d or minikube cluster (the whole file is one job
 * when the pipeline has no jobs archlint can tell apart).
 */
function outsideThrowawayJobs(file) {
    if (firstMatchLine(file.text, THROWAWAY_CLUSTER) === undefined)
        return () => true;
    const starts = jobStarts(file);
    const jobOf = (line) => starts.filter((start) => start <= line).length;
    const throwaway = new Set();
    // Every match is visited: each marks its job, none is accepted.
    firstMatchLine(file.text, THROWAWAY_CLUSTER, (line) => {
        throwaway.add(jobOf(line));
        return false;
    });
    return (line) => !throwaway.has(jobOf(line));
}
/** The first lines of a pipeline's jobs: `jobs.<id>` (GitHub Actions, CircleCI), or GitLab's top-level jobs. */
function jobStarts(file) {
    const pipeline = file.documents[0];
    if (!isDict(pipeline))
        return [];
    const jobs = isDict(pipeline.jobs) ? pipeline.jobs : undefined;
    const ids = jobs
        ? Object.keys(jobs)
        : Object.keys(pipeline).filter((id) => isDict(pipeline[id]) && "script" in pipeline[id]);
    const path = (id) => (jobs ? ["jobs", id] : [id]);
    return ids.map((id) => file.locator.locate(0, path(id)).line).sort((a, b) => a - b);
}
/** Cloud Build steps name a builder image and pass the command as a list: `gcloud` + `[run, deploy, \u2026]`. */
function emitCloudBuildSteps(file, sink) {
    const build = file.documents[0];
    if (!isDict(build) || !Array.isArray(build.steps))
        return;
    const found = new Set();
    build.steps.forEach((step, index) => {
        if (!isDict(step))
            return;
        const args = Array.isArray(step.args) ? step.args.map(asString).filter(Boolean) : [asString(step.args)];
        const command = [baseName(asString(step.name) ?? ""), asString(step.entrypoint), ...args].filter(Boolean).join(" ");
        for (const candidate of DEPLOY_STEPS) {
            if (candidate.onlyIn || found.has(candidate.label) || !candidate.pattern.test(command))
                continue;
            found.add(candidate.label);
            const { line } = file.locator.locate(0, ["steps", index]);
            sink.evidence({
                category: EVIDENCE.deploy,
                value: `Google Cloud Build: ${candidate.label}`,
                file: file.path,
                line,
            });
        }
    });
}
function emitDeclaredPipelines(file, sink) {
    for (const declaration of CI_DECLARATIONS) {
        const line = firstMatchLine(file.text, declaration.pattern);
        if (line === undefined)
            continue;
        sink.evidence({ category: EVIDENCE.ci, value: declaration.system, file: file.path, line });
        const deployLine = declaration.deploys && firstMatchLine(file.text, declaration.deploys);
        if (deployLine)
            sink.evidence({
                category: EVIDENCE.deploy,
                value: `${declaration.system}: deploy stage`,
                file: file.path,
                line: deployLine,
            });
    }
}
function emitGitOps(file, sink) {
    file.documents.forEach((document, doc) => {
        if (!isDict(document) || typeof document.apiVersion !== "string" || typeof document.kind !== "string")
            return;
        const { apiVersion, kind } = document;
        const gitops = GITOPS.find((candidate) => candidate.apiGroup.test(apiVersion) && candidate.kind.test(kind));
        if (!gitops)
            return;
        const { line } = file.locator.locate(doc, ["kind"]);
        sink.evidence({ category: EVIDENCE.ci, value: gitops.system, file: file.path, line });
        sink.evidence({ category: EVIDENCE.deploy, value: `${gitops.system}: ${kind}`, file: file.path, line });
    });
}

;// CONCATENATED MODULE: ./src/extract/evidence/infrastructure-catalog.ts

const IAC = [EVIDENCE.iac];
const CLUSTER = [EVIDENCE.clusterInCode];
const MESH = [EVIDENCE.mesh];
const apiGroup = (group) => new RegExp(`\\bapiVersion\\s*:\\s*["']?(${group})/`);
const kind = (kinds) => new RegExp(`\\bkind\\s*:\\s*["']?(${kinds})["']?[ \\t]*$`, "m");
/** Infrastructure-as-code tools, by the files and declarations that prove each one. */
const IAC_SIGNALS = [
    {
        value: "Terraform",
        categories: IAC,
        path: /\.tf(\.json)?$/,
        pattern: /^\s*"?(resource|module|provider|terraform|data)"?\s*[{:"]/m,
    },
    { value: "OpenTofu", categories: IAC, path: /\.tofu$/, pattern: /^\s*(resource|module|provider|terraform)\s*[{"]/m },
    { value: "Terragrunt", categories: IAC, path: /(^|\/)terragrunt\.hcl$/, pattern: /\S/ },
    { value: "Pulumi", categories: IAC, path: /(^|\/)Pulumi\.ya?ml$/, pattern: /^\s*(name|runtime)\s*:/m },
    { value: "AWS CDK", categories: IAC, path: /(^|\/)cdk\.json$/, pattern: /"app"\s*:/ },
    { value: "CDK for Terraform", categories: IAC, path: /(^|\/)cdktf\.json$/, pattern: /"app"\s*:/ },
    {
        value: "AWS SAM",
        categories: IAC,
        pattern: /^\s*["']?Transform["']?\s*:\s*\[?\s*(-\s*)?["']?AWS::Serverless-2016-10-31/m,
    },
    { value: "CloudFormation", categories: IAC, pattern: /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m },
    {
        value: "CloudFormation",
        categories: IAC,
        notPath: /(^|\/)serverless\.(ya?ml|json)$/,
        pattern: /^\s*["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/m,
        requires: [/^\s*["']?Resources["']?\s*:/m],
    },
    { value: "Bicep", categories: IAC, path: /\.bicep$/, pattern: /^\s*(resource|module|param|targetScope)\s/m },
    {
        value: "ARM templates",
        categories: IAC,
        pattern: /schema\.management\.azure\.com\/schemas\/[^"]*deploymentTemplate\.json/,
    },
    { value: "Crossplane", categories: IAC, pattern: apiGroup("[a-z0-9.-]*crossplane\\.io|[a-z0-9.-]*upbound\\.io") },
    {
        value: "eksctl",
        categories: [...IAC, ...CLUSTER],
        pattern: kind("ClusterConfig"),
        requires: [apiGroup("eksctl\\.io")],
    },
];
/** Declarations that provision the Kubernetes cluster itself. */
const CLUSTER_SIGNALS = [
    {
        value: "Terraform cluster resource",
        categories: CLUSTER,
        pattern: /resource\s+"(aws_eks_cluster|google_container_cluster|azurerm_kubernetes_cluster|digitalocean_kubernetes_cluster|linode_lke_cluster|oci_containerengine_cluster|ibm_container_vpc_cluster|scaleway_k8s_cluster)"/,
    },
    {
        value: "Terraform cluster module",
        categories: CLUSTER,
        pattern: /source\s*=\s*"[^"]*(terraform-aws-modules\/eks\/aws|terraform-aws-eks(\.git)?(\?ref=[^"]*)?|Azure\/aks\/azurerm|terraform-google-modules\/kubernetes-engine\/google(\/\/modules\/[\w-]*(cluster|autopilot)[\w-]*)?)"/,
    },
    { value: "CloudFormation EKS cluster", categories: CLUSTER, pattern: /\bAWS::EKS::Cluster\b/ },
    { value: "Bicep/ARM AKS cluster", categories: CLUSTER, pattern: /Microsoft\.ContainerService\/managedClusters/i },
    {
        value: "kubeadm cluster in Terraform",
        categories: CLUSTER,
        path: /\.tf$/,
        pattern: /\bkubeadm\b/,
        requires: [/resource\s+"[a-z]+_(instance|virtual_machine|compute_instance)/],
    },
    {
        value: "Crossplane managed cluster",
        categories: CLUSTER,
        pattern: kind("Cluster|KubernetesCluster|ManagedCluster"),
        requires: [apiGroup("(eks\\.aws|container\\.gcp|containerservice\\.azure)\\.(crossplane|upbound)\\.io")],
    },
    { value: "Cluster API", categories: CLUSTER, pattern: kind("Cluster"), requires: [apiGroup("cluster\\.x-k8s\\.io")] },
    {
        value: "Pulumi cluster resource",
        categories: CLUSTER,
        path: /(^|\/)Pulumi[^/]*\.ya?ml$/,
        pattern: /type\s*:\s*["']?(aws:eks:Cluster|eks:index:Cluster|gcp:container:Cluster|azure-native:containerservice:ManagedCluster)/,
    },
];
/** A command that creates a cloud cluster, in a script or a pipeline step: the cluster is made, not declared. */
const CLUSTER_SCRIPT_SIGNALS = [
    {
        value: "cluster created by a script",
        categories: [EVIDENCE.clusterByScript],
        pattern: /\b(gcloud\s+(beta\s+)?container\s+clusters\s+create(-auto)?|eksctl\s+create\s+cluster|az\s+aks\s+create)\b/,
    },
];
/** A service mesh or mTLS between services. */
const MESH_SIGNALS = [
    { value: "Istio", categories: MESH, pattern: apiGroup("(networking|security)\\.istio\\.io") },
    {
        value: "Istio",
        categories: MESH,
        pattern: /istio-injection["']?\s*:\s*["']?enabled|sidecar\.istio\.io\/inject["']?\s*:\s*["']?true|istio\.io\/rev["']?\s*:/,
    },
    { value: "Linkerd", categories: MESH, pattern: /linkerd\.io\/inject["']?\s*:\s*["']?enabled/ },
    { value: "Linkerd", categories: MESH, pattern: apiGroup("[a-z.]*linkerd\\.io") },
    { value: "Consul Connect", categories: MESH, pattern: /consul\.hashicorp\.com\/connect-inject["']?\s*:\s*["']?true/ },
    { value: "Consul Connect", categories: MESH, pattern: apiGroup("consul\\.hashicorp\\.com") },
    { value: "Cilium", categories: MESH, pattern: apiGroup("cilium\\.io") },
    { value: "AWS App Mesh", categories: MESH, pattern: /\bAWS::AppMesh::|resource\s+"aws_appmesh_|appmesh\.k8s\.aws\// },
    { value: "Kuma", categories: MESH, pattern: apiGroup("kuma\\.io") },
];
/**
 * API groups that carry `apiVersion` and `kind` but are not objects applied to a Kubernetes cluster (build
 * tools, cluster definitions, catalogs), or that archlint counts elsewhere (Knative serving is a function).
 */
const NOT_KUBERNETES_API = /^(skaffold\/|eksctl\.io\/|kind\.x-k8s\.io\/|backstage\.io\/|serving\.knative\.dev\/|k3d\.io\/|ctlptl\.dev\/|config\.kubernetes\.io\/)/;
const COMPOSE_FILE = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/;
const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/;
const CHART_FILE = /(^|\/)Chart\.yaml$/;

;// CONCATENATED MODULE: ./src/extract/evidence/signals.ts


/** Emits the evidence of every signal the file's text shows; returns the values found. */
function emitSignals(file, signals, sink) {
    const found = [];
    if (!file.text)
        return found;
    const probe = probeOfText(file.text);
    const occurs = (pattern) => probe.occurs(pattern);
    const tried = candidates(signals, probe);
    for (let index = 0; index < signals.length; index++) {
        const signal = signals[index];
        if (tried[index] === 0)
            continue;
        if (signal.path && !signal.path.test(file.path))
            continue;
        if (signal.notPath?.test(file.path))
            continue;
        if (!probe.mayMatch(signal.pattern) || (signal.requires && !signal.requires.every(occurs)))
            continue;
        if (signal.unless && occurs(signal.unless))
            continue;
        const line = firstMatchLine(file.text, signal.pattern);
        if (line === undefined)
            continue;
        for (const category of signal.categories)
            sink.evidence({ category, value: signal.value, file: file.path, line });
        found.push(signal.value);
    }
    return found;
}
const catalogIndexes = new WeakMap();
/**
 * Prepares a catalog once: its words join the automaton together (adapters call this when they are created, so
 * the automaton the first file builds holds every catalog's words), and its signals are indexed by them.
 */
function indexCatalog(signals) {
    let index = catalogIndexes.get(signals);
    if (!index) {
        for (const signal of signals)
            learnWordsOf([signal.pattern, ...(signal.requires ?? []), ...(signal.unless ? [signal.unless] : [])]);
        const always = [];
        const pairs = [];
        signals.forEach((signal, position) => {
            const words = wordIndexesOf(signal.pattern);
            if (!words)
                always.push(position);
            else
                for (const word of words)
                    pairs.push(word, position);
        });
        index = { always, pairs: Int32Array.from(pairs) };
        catalogIndexes.set(signals, index);
    }
    return index;
}
/**
 * The signals worth trying on a file (flagged by position): a pattern none of whose words the text holds cannot
 * match, so a file is asked once per word of the catalog rather than once per word of every signal.
 */
function candidates(signals, probe) {
    const { always, pairs } = indexCatalog(signals);
    const tried = new Uint8Array(signals.length);
    for (const position of always)
        tried[position] = 1;
    for (let at = 0; at < pairs.length; at += 2) {
        if (probe.mayHold(pairs[at]))
            tried[pairs[at + 1]] = 1;
    }
    return tried;
}

;// CONCATENATED MODULE: ./src/extract/evidence/infrastructure.ts






/**
 * Infrastructure evidence: IaC tools, whether the cluster itself is provisioned in code (or created by a command
 * in a script or pipeline, the only thing scripts are read for), a service mesh, and which deployment formats
 * are present (Kubernetes manifests, Helm charts, Kustomize, Compose files).
 */
const infrastructureEvidence = {
    name: "infrastructure-evidence",
    readsScripts: true,
    create: () => {
        for (const catalog of [IAC_SIGNALS, CLUSTER_SIGNALS, CLUSTER_SCRIPT_SIGNALS, MESH_SIGNALS])
            indexCatalog(catalog);
        return {
            extract(file, sink) {
                emitSignals(file, CLUSTER_SCRIPT_SIGNALS, sink);
                if (file.format === "script")
                    return;
                emitSignals(file, IAC_SIGNALS, sink);
                emitSignals(file, CLUSTER_SIGNALS, sink);
                emitSignals(file, MESH_SIGNALS, sink);
                if (isServerlessManifest(file))
                    sink.evidence({ category: EVIDENCE.iac, value: "Serverless Framework", file: file.path, line: 1 });
                emitDeploymentFormats(file, sink);
            },
        };
    },
};
/**
 * Where each deployment format shows: the line of its key, found by a text search over block YAML (locating
 * thousands of manifests costs more); where that finds nothing (JSON, unusual spacing), by the locator.
 */
function emitDeploymentFormats(file, sink) {
    const lineOf = (doc, key, pattern) => firstMatchLine(file.text, pattern) ?? file.locator.locate(doc, [key]).line;
    const first = file.documents[0];
    if (CHART_FILE.test(file.path) && isDict(first) && "name" in first) {
        const line = lineOf(0, "name", /^name\s*:/m);
        sink.evidence({ category: EVIDENCE.kubernetes, value: "Helm chart", file: file.path, line });
        return;
    }
    if (KUSTOMIZATION_FILE.test(file.path) && isDict(first)) {
        sink.evidence({ category: EVIDENCE.kubernetes, value: "Kustomize", file: file.path, line: 1 });
        return;
    }
    if (COMPOSE_FILE.test(file.path) && isDict(first) && isDict(first.services)) {
        const line = lineOf(0, "services", /^services\s*:/m);
        sink.evidence({ category: EVIDENCE.compose, value: "Compose file", file: file.path, line });
        return;
    }
    const doc = file.documents.findIndex(isKubernetesObject);
    if (doc < 0)
        return;
    const line = lineOf(doc, "kind", kindLine(file.documents[doc].kind));
    sink.evidence({ category: EVIDENCE.kubernetes, value: "Kubernetes manifests", file: file.path, line });
}
const kindLines = new Map();
/** `kind: <kind>` at the start of a line; one pattern per kind, so the evidence detectors prepare it once. */
function kindLine(kind) {
    let pattern = kindLines.get(kind);
    if (!pattern) {
        pattern = new RegExp(`^kind\\s*:\\s*["']?${kind.replace(/[^\w]/g, "\\$&")}\\b`, "m");
        kindLines.set(kind, pattern);
    }
    return pattern;
}
function isKubernetesObject(document) {
    return (isDict(document) &&
        typeof document.apiVersion === "string" &&
        typeof document.kind === "string" &&
        isDict(document.metadata) &&
        !NOT_KUBERNETES_API.test(document.apiVersion));
}

;// CONCATENATED MODULE: ./src/extract/evidence/observability-catalog.ts
const M = ["metrics"];
const T = ["traces"];
const L = ["logs"];
const D = ["dashboards"];
const MTL = ["metrics", "traces", "logs"];
const MT = ["metrics", "traces"];
const observability_catalog_kind = (kinds) => new RegExp(`\\bkind\\s*:\\s*["']?(${kinds})["']?[ \\t]*$`, "m");
const tfResource = (types) => new RegExp(`resource\\s+"(${types})"`);
/** An image reference in a manifest (`image:`, a chart's `repository:`) or a Dockerfile's `FROM`. */
const observability_catalog_image = (names) => new RegExp(`(?:(?:image|repository)["']?\\s*[:=]\\s*["']?|^FROM\\s+(?:--platform=\\S+\\s+)?)([\\w.-]+(?::\\d+)?/)*(?:${names})(?:[:@"'\\s]|$)`, "m");
/** Configuration, resources, images and settings that prove an observability pillar, by tool. */
const OBSERVABILITY_SIGNALS = [
    // Prometheus and friends
    { value: "Prometheus scrape config", categories: M, pattern: /^\s*scrape_configs\s*:/m },
    {
        value: "Prometheus Operator monitors",
        categories: M,
        pattern: observability_catalog_kind("ServiceMonitor|PodMonitor|PrometheusRule|Probe|ScrapeConfig"),
        requires: [/monitoring\.coreos\.com/],
    },
    {
        value: "Google Managed Prometheus",
        categories: M,
        pattern: observability_catalog_kind("PodMonitoring|ClusterPodMonitoring|Rules|ClusterRules"),
        requires: [/monitoring\.googleapis\.com/],
    },
    {
        value: "Prometheus alerting rules",
        categories: M,
        pattern: /^\s*-?\s*alert\s*:\s*\S/m,
        requires: [/^\s*expr\s*:/m],
    },
    { value: "Prometheus scrape annotations", categories: M, pattern: /prometheus\.io\/scrape["']?\s*:\s*["']?true/ },
    { value: "Prometheus", categories: M, pattern: observability_catalog_image("prom/prometheus|prometheus/prometheus|prom/alertmanager") },
    // Grafana
    { value: "Grafana", categories: D, pattern: observability_catalog_image("grafana/grafana|grafana/grafana-oss|grafana/grafana-enterprise") },
    { value: "Grafana dashboard", categories: D, pattern: /"panels"\s*:\s*\[/, requires: [/"schemaVersion"\s*:/] },
    {
        value: "Grafana provisioning",
        categories: D,
        pattern: /^\s*(datasources|providers)\s*:/m,
        requires: [/^\s*apiVersion\s*:\s*1\s*$/m],
    },
    { value: "Grafana Operator dashboards", categories: D, pattern: observability_catalog_kind("GrafanaDashboard") },
    // OpenTelemetry SDK settings (collector configs are read structurally, per pipeline)
    {
        value: "OpenTelemetry SDK settings (traces)",
        categories: T,
        pattern: /\bOTEL_(EXPORTER_OTLP_(TRACES_)?ENDPOINT|TRACES_EXPORTER)\b/,
    },
    {
        value: "OpenTelemetry SDK settings (metrics)",
        categories: M,
        pattern: /\bOTEL_(EXPORTER_OTLP_METRICS_ENDPOINT|METRICS_EXPORTER)\b/,
    },
    {
        value: "OpenTelemetry SDK settings (logs)",
        categories: L,
        pattern: /\bOTEL_(EXPORTER_OTLP_LOGS_ENDPOINT|LOGS_EXPORTER)\b/,
    },
    {
        value: "OpenTelemetry Operator instrumentation",
        categories: T,
        pattern: observability_catalog_kind("Instrumentation"),
        requires: [/opentelemetry\.io/],
    },
    {
        value: "tracing switched on in service settings",
        categories: T,
        pattern: /\b(ENABLE_TRACING|TRACING_ENABLED)["']?\s*[:=]\s*["']?(true|1)\b|name:\s*["']?(ENABLE_TRACING|TRACING_ENABLED)["']?\s*\n\s*value:\s*["']?(true|1)\b/,
    },
    // Tracing back ends
    { value: "Jaeger", categories: T, pattern: observability_catalog_image("jaegertracing/[\\w-]+") },
    { value: "Jaeger", categories: T, pattern: /\bJAEGER_(AGENT_HOST|ENDPOINT|COLLECTOR_[A-Z_]+|SERVICE_NAME)\b/ },
    { value: "Jaeger Operator", categories: T, pattern: observability_catalog_kind("Jaeger"), requires: [/jaegertracing\.io/] },
    { value: "Zipkin", categories: T, pattern: observability_catalog_image("openzipkin/zipkin|openzipkin/zipkin-slim") },
    { value: "Zipkin", categories: T, pattern: /\bZIPKIN_(BASE_URL|ENDPOINT|URL|HOST)\b|\/api\/v2\/spans\b/ },
    { value: "Grafana Tempo", categories: T, pattern: observability_catalog_image("grafana/tempo") },
    // Log pipelines
    { value: "Loki", categories: L, pattern: observability_catalog_image("grafana/loki|grafana/promtail|grafana/alloy") },
    { value: "Loki", categories: L, pattern: /\/loki\/api\/v1\/push\b/ },
    {
        value: "Fluentd",
        categories: L,
        pattern: observability_catalog_image("fluent/fluentd|fluent/fluentd-kubernetes-daemonset|[\\w-]*fluentd[\\w-]*"),
    },
    { value: "Fluentd", categories: L, pattern: /^\s*<match\s+\S+>/m, requires: [/@type\s+\S+/] },
    { value: "Fluentd logging driver", categories: L, pattern: /^\s*driver\s*:\s*["']?fluentd\b/m },
    { value: "Fluent Bit", categories: L, pattern: observability_catalog_image("fluent/fluent-bit|[\\w-]*fluent-bit[\\w-]*") },
    { value: "Fluent Bit", categories: L, pattern: /^\s*\[OUTPUT\]\s*$/m },
    {
        value: "Fluent Bit Operator",
        categories: L,
        pattern: observability_catalog_kind("FluentBit|ClusterOutput|ClusterFluentBitConfig"),
        requires: [/fluentbit\.fluent\.io/],
    },
    {
        value: "Elastic Stack (ELK)",
        categories: L,
        pattern: observability_catalog_image("elasticsearch/logstash|logstash/logstash|kibana/kibana|beats/filebeat|logstash|kibana|filebeat"),
    },
    {
        value: "OpenSearch",
        categories: L,
        pattern: observability_catalog_image("opensearchproject/opensearch-dashboards|opensearchproject/data-prepper"),
    },
    // Vendors
    {
        value: "Datadog",
        categories: MTL,
        pattern: /\bDD_(API_KEY|AGENT_HOST|TRACE_AGENT_URL)\b|datadoghq\/agent\b|datadog\/agent\b/,
    },
    { value: "Datadog", categories: M, pattern: tfResource("datadog_monitor|datadog_synthetics_test") },
    { value: "Datadog dashboards", categories: D, pattern: tfResource("datadog_dashboard|datadog_dashboard_json") },
    { value: "New Relic", categories: MT, pattern: /\bNEW_?RELIC_(LICENSE_KEY|APP_NAME)\b|newrelic\/infrastructure\b/ },
    { value: "New Relic", categories: M, pattern: tfResource("newrelic_alert_policy|newrelic_nrql_alert_condition") },
    {
        value: "Instana",
        categories: MT,
        pattern: /\bINSTANA_(AGENT_KEY|AGENT_HOST|ENDPOINT_URL)\b|instana\/agent\b|icr\.io\/instana\//,
    },
    {
        value: "Application Insights",
        categories: MTL,
        pattern: /\b(APPINSIGHTS_INSTRUMENTATIONKEY|APPLICATIONINSIGHTS_CONNECTION_STRING)\b|Microsoft\.Insights\/components/i,
    },
    { value: "Application Insights", categories: MTL, pattern: tfResource("azurerm_application_insights") },
    {
        value: "Azure Log Analytics",
        categories: L,
        pattern: /Microsoft\.OperationalInsights\/workspaces|resource\s+"azurerm_log_analytics_workspace"/i,
    },
    {
        value: "Azure Monitor alerts",
        categories: M,
        pattern: /Microsoft\.Insights\/(metricAlerts|scheduledQueryRules)|resource\s+"azurerm_monitor_metric_alert"/i,
    },
    {
        value: "Azure dashboards",
        categories: D,
        pattern: /Microsoft\.Portal\/dashboards|resource\s+"azurerm_portal_dashboard"/i,
    },
    // AWS
    { value: "CloudWatch alarms", categories: M, pattern: /\bAWS::CloudWatch::(Alarm|CompositeAlarm|AnomalyDetector)\b/ },
    {
        value: "CloudWatch alarms",
        categories: M,
        pattern: tfResource("aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm"),
    },
    { value: "CloudWatch dashboards", categories: D, pattern: /\bAWS::CloudWatch::Dashboard\b/ },
    { value: "CloudWatch dashboards", categories: D, pattern: tfResource("aws_cloudwatch_dashboard") },
    {
        value: "CloudWatch Logs retention",
        categories: L,
        pattern: /\bAWS::Logs::LogGroup\b/,
        requires: [/RetentionInDays/],
    },
    {
        value: "CloudWatch Logs retention",
        categories: L,
        pattern: tfResource("aws_cloudwatch_log_group"),
        requires: [/retention_in_days/],
    },
    { value: "CloudWatch Logs retention", categories: L, pattern: /^\s*logRetentionInDays\s*:\s*["']?\d/m },
    { value: "CloudWatch Logs subscription", categories: L, pattern: /\bAWS::Logs::SubscriptionFilter\b/ },
    {
        value: "CloudWatch Logs subscription",
        categories: L,
        pattern: tfResource("aws_cloudwatch_log_subscription_filter"),
    },
    // Lambda's X-Ray tracing is read with each function (link derives "AWS X-Ray (function tracing)" from it), never
    // from text, so the function-level and repository-level verdicts cannot disagree. An API Gateway stage's tracing
    // alone records one hop: it does not follow a request across the functions.
    { value: "AWS X-Ray", categories: T, pattern: /\bAWS::XRay::|resource\s+"aws_xray_/ },
    {
        value: "Powertools for AWS Lambda (layer)",
        categories: M,
        pattern: /:layer:AWSLambdaPowertools\w*/,
    },
    { value: "Powertools for AWS Lambda (metrics)", categories: M, pattern: /\bPOWERTOOLS_METRICS_NAMESPACE\b/ },
    {
        value: "CloudWatch alarms (serverless-plugin-aws-alerts)",
        categories: M,
        pattern: /^\s*-\s*["']?serverless-plugin-aws-alerts\b/m,
    },
    // Google Cloud
    {
        value: "Cloud Monitoring",
        categories: M,
        pattern: tfResource("google_monitoring_alert_policy|google_monitoring_uptime_check_config"),
    },
    { value: "Cloud Monitoring dashboards", categories: D, pattern: tfResource("google_monitoring_dashboard") },
    { value: "Cloud Logging sinks", categories: L, pattern: tfResource("google_logging_[a-z_]*sink") },
    {
        value: "Cloud Logging (GKE default)",
        categories: L,
        pattern: /resource\s+"google_container_cluster"|source\s*=\s*"[^"]*terraform-google-modules\/kubernetes-engine\/google(\/\/modules\/[\w-]*(cluster|autopilot)[\w-]*)?"/,
        unless: /logging_service\s*=\s*"none"|logging_enabled_components\s*=\s*\[\s*\]/,
    },
];
/** A Grafana data source type tells which pillar its back end holds. */
const GRAFANA_DATASOURCE_PILLARS = {
    prometheus: "metrics",
    graphite: "metrics",
    influxdb: "metrics",
    cloudwatch: "metrics",
    jaeger: "traces",
    zipkin: "traces",
    tempo: "traces",
    "grafana-x-ray-datasource": "traces",
    loki: "logs",
    elasticsearch: "logs",
    "grafana-opensearch-datasource": "logs",
};
/** Helm chart dependencies (by chart name) that install an observability back end or a mesh. */
const CHART_CATEGORIES = {
    "kube-prometheus-stack": ["metrics", "dashboards"],
    prometheus: ["metrics"],
    "prometheus-operator": ["metrics"],
    "victoria-metrics-k8s-stack": ["metrics", "dashboards"],
    grafana: ["dashboards"],
    loki: ["logs"],
    "loki-stack": ["logs"],
    promtail: ["logs"],
    "fluent-bit": ["logs"],
    fluentd: ["logs"],
    elasticsearch: ["logs"],
    logstash: ["logs"],
    opensearch: ["logs"],
    tempo: ["traces"],
    "tempo-distributed": ["traces"],
    jaeger: ["traces"],
    "opentelemetry-collector": ["traces"],
    "opentelemetry-operator": ["traces"],
    datadog: ["metrics", "traces", "logs"],
    "nri-bundle": ["metrics", "traces"],
    "instana-agent": ["metrics", "traces"],
    istiod: ["mesh"],
    "istio-base": ["mesh"],
    linkerd2: ["mesh"],
    "linkerd-control-plane": ["mesh"],
    consul: ["mesh"],
};
/** The package manifests each ecosystem's libraries are read from. */
const ECOSYSTEM_FILES = {
    npm: /(^|\/)package\.json$/,
    python: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml)$/,
    go: /(^|\/)go\.mod$/,
    java: /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/,
    dotnet: /\.csproj$/,
    ruby: /(^|\/)Gemfile$/,
};
const lib = (ecosystem, categories, value, ...names) => names.map((name) => ({ ecosystem, name, value, categories }));
/** Instrumentation libraries that, once a dependency, prove a pillar is wired into the code. */
const INSTRUMENTATION_LIBRARIES = [
    ...lib("npm", M, "prom-client", "prom-client", "express-prom-bundle"),
    ...lib("npm", T, "OpenTelemetry", "@opentelemetry/sdk-node", "@opentelemetry/sdk-trace-*", "@opentelemetry/auto-instrumentations-*", "@opentelemetry/exporter-trace-*", "@opentelemetry/instrumentation-*"),
    ...lib("npm", M, "OpenTelemetry metrics", "@opentelemetry/sdk-metrics", "@opentelemetry/exporter-metrics-*"),
    ...lib("npm", L, "OpenTelemetry logs", "@opentelemetry/sdk-logs", "@opentelemetry/exporter-logs-*"),
    ...lib("npm", T, "dd-trace", "dd-trace"),
    ...lib("npm", M, "StatsD", "hot-shots", "node-statsd"),
    ...lib("npm", MT, "New Relic", "newrelic"),
    ...lib("npm", T, "AWS X-Ray SDK", "aws-xray-sdk", "aws-xray-sdk-core"),
    ...lib("npm", T, "Powertools tracer", "@aws-lambda-powertools/tracer"),
    ...lib("npm", M, "Powertools metrics", "@aws-lambda-powertools/metrics"),
    ...lib("npm", L, "Loki logger", "winston-loki", "pino-loki"),
    ...lib("npm", L, "Elasticsearch logger", "winston-elasticsearch", "pino-elasticsearch"),
    ...lib("npm", MTL, "Application Insights", "applicationinsights", "@azure/monitor-opentelemetry"),
    ...lib("npm", MT, "Instana", "@instana/collector", "@instana/aws-lambda"),
    ...lib("npm", T, "Jaeger client", "jaeger-client"),
    ...lib("npm", T, "Zipkin", "zipkin", "zipkin-transport-http"),
    ...lib("npm", T, "Elastic APM", "elastic-apm-node"),
    ...lib("npm", T, "Cloud Trace", "@google-cloud/trace-agent", "@google-cloud/opentelemetry-cloud-trace-exporter"),
    ...lib("npm", L, "Cloud Logging", "@google-cloud/logging-winston", "@google-cloud/logging-bunyan", "@google-cloud/logging"),
    ...lib("npm", ["cluster-in-code"], "Pulumi EKS", "@pulumi/eks"),
    ...lib("npm", ["cluster-in-code"], "CDK EKS", "@aws-cdk/aws-eks", "@aws-cdk/lambda-layer-kubectl-*"),
    ...lib("python", M, "prometheus_client", "prometheus_client", "prometheus-client", "prometheus-flask-exporter", "prometheus-fastapi-instrumentator"),
    ...lib("python", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-distro", "opentelemetry-instrumentation*", "opentelemetry-exporter-*"),
    ...lib("python", T, "ddtrace", "ddtrace"),
    ...lib("python", MT, "New Relic", "newrelic"),
    ...lib("python", T, "AWS X-Ray SDK", "aws-xray-sdk"),
    ...lib("python", T, "Jaeger client", "jaeger-client"),
    ...lib("python", T, "OpenCensus", "opencensus", "opencensus-ext-*"),
    ...lib("python", MTL, "Application Insights", "applicationinsights", "azure-monitor-opentelemetry*", "opencensus-ext-azure"),
    ...lib("python", MT, "Instana", "instana"),
    ...lib("python", L, "Loki logger", "python-logging-loki"),
    ...lib("python", T, "Cloud Trace", "google-cloud-trace", "opentelemetry-exporter-gcp-trace"),
    ...lib("python", L, "Cloud Logging", "google-cloud-logging"),
    ...lib("python", M, "Cloud Monitoring", "google-cloud-monitoring"),
    ...lib("python", M, "StatsD", "statsd", "datadog"),
    ...lib("python", ["cluster-in-code"], "Pulumi EKS", "pulumi-eks", "pulumi_eks"),
    ...lib("python", ["cluster-in-code"], "CDK EKS", "aws-cdk.aws-eks"),
    ...lib("go", M, "Prometheus client", "github.com/prometheus/client_golang"),
    ...lib("go", T, "OpenTelemetry", "go.opentelemetry.io/otel/sdk", "go.opentelemetry.io/otel/exporters/otlp/otlptrace*", "go.opentelemetry.io/contrib/instrumentation/*"),
    ...lib("go", M, "OpenTelemetry metrics", "go.opentelemetry.io/otel/sdk/metric", "go.opentelemetry.io/otel/exporters/otlp/otlpmetric*"),
    ...lib("go", T, "dd-trace-go", "gopkg.in/DataDog/dd-trace-go.v1", "github.com/DataDog/dd-trace-go*"),
    ...lib("go", MT, "New Relic", "github.com/newrelic/go-agent*"),
    ...lib("go", T, "AWS X-Ray SDK", "github.com/aws/aws-xray-sdk-go"),
    ...lib("go", T, "Jaeger client", "github.com/uber/jaeger-client-go"),
    ...lib("go", T, "Zipkin", "github.com/openzipkin/zipkin-go"),
    ...lib("go", MT, "OpenCensus", "go.opencensus.io", "contrib.go.opencensus.io/exporter/*"),
    ...lib("go", MT, "Instana", "github.com/instana/go-sensor"),
    ...lib("go", ["cluster-in-code"], "Pulumi EKS", "github.com/pulumi/pulumi-eks/*"),
    ...lib("java", M, "Micrometer", "micrometer-registry-*", "simpleclient", "prometheus-metrics-core"),
    ...lib("java", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-exporter-*", "opentelemetry-javaagent", "opentelemetry-spring-boot-starter", "micrometer-tracing-bridge-otel"),
    ...lib("java", T, "Zipkin", "zipkin-reporter*", "spring-cloud-sleuth-zipkin", "micrometer-tracing-bridge-brave", "brave"),
    ...lib("java", T, "Spring Cloud Sleuth", "spring-cloud-starter-sleuth"),
    ...lib("java", T, "Jaeger client", "jaeger-client", "opentracing-spring-jaeger-*"),
    ...lib("java", T, "dd-java-agent", "dd-java-agent", "dd-trace-api"),
    ...lib("java", MT, "New Relic", "newrelic-agent", "newrelic-api"),
    ...lib("java", T, "AWS X-Ray SDK", "aws-xray-recorder-sdk-*"),
    ...lib("java", L, "Logstash encoder", "logstash-logback-encoder"),
    ...lib("java", L, "Loki appender", "loki-logback-appender"),
    ...lib("java", MTL, "Application Insights", "applicationinsights-*"),
    ...lib("dotnet", M, "prometheus-net", "prometheus-net*", "App.Metrics*"),
    ...lib("dotnet", T, "OpenTelemetry", "OpenTelemetry.Exporter.*", "OpenTelemetry.Extensions.Hosting", "OpenTelemetry.Instrumentation.*"),
    ...lib("dotnet", MTL, "Application Insights", "Microsoft.ApplicationInsights*", "Azure.Monitor.OpenTelemetry*"),
    ...lib("dotnet", T, "Datadog tracer", "Datadog.Trace*"),
    ...lib("dotnet", T, "AWS X-Ray SDK", "AWSXRayRecorder*"),
    ...lib("dotnet", L, "Serilog sink", "Serilog.Sinks.Elasticsearch", "Serilog.Sinks.Grafana.Loki", "Serilog.Sinks.Seq", "Serilog.Sinks.ApplicationInsights"),
    ...lib("ruby", M, "prometheus-client", "prometheus-client"),
    ...lib("ruby", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-instrumentation-*"),
    ...lib("ruby", T, "ddtrace", "ddtrace", "datadog"),
    ...lib("ruby", MT, "New Relic", "newrelic_rpm"),
];

;// CONCATENATED MODULE: ./src/extract/evidence/libraries.ts



const NPM_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"];
const libraries_escapeRegExp = (text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
/** A library name as a pattern: `*` is a prefix wildcard; a name never matches inside a longer name. */
function namePattern(library) {
    const body = libraries_escapeRegExp(library.name).replace(/\*/g, "[\\w./-]*");
    const flags = library.ecosystem === "python" || library.ecosystem === "dotnet" ? "i" : "";
    return new RegExp(`(?<![\\w.@/-])${body}(?![\\w./-])`, flags);
}
const compiled = new WeakMap();
const patternOf = (library) => {
    let pattern = compiled.get(library);
    if (!pattern) {
        pattern = namePattern(library);
        compiled.set(library, pattern);
    }
    return pattern;
};
/** Dependencies on known libraries in a package manifest, each on the line that declares it. */
function emitLibraries(file, libraries, sink) {
    const ecosystems = new Set(Object.entries(ECOSYSTEM_FILES)
        .filter(([, path]) => path.test(file.path))
        .map(([ecosystem]) => ecosystem));
    if (ecosystems.size === 0)
        return;
    const seen = new Set();
    for (const library of libraries) {
        if (!ecosystems.has(library.ecosystem))
            continue;
        const line = library.ecosystem === "npm" ? npmLine(file, library) : firstMatchLine(file.text, patternOf(library));
        if (line === undefined)
            continue;
        for (const category of library.categories) {
            const key = `${category}\u0000${library.value}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            sink.evidence({ category, value: library.value, file: file.path, line });
        }
    }
}
function npmLine(file, library) {
    const manifest = file.documents[0];
    if (!isDict(manifest))
        return undefined;
    const pattern = patternOf(library);
    for (const section of NPM_SECTIONS) {
        const dependencies = manifest[section];
        if (!isDict(dependencies))
            continue;
        const name = Object.keys(dependencies).find((key) => pattern.test(key));
        if (name)
            return file.locator.locate(0, [section, name]).line;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/evidence/observability.ts






/** Observability evidence: which pillars (metrics, traces, logs, dashboards) the repository shows, and where. */
const observabilityEvidence = {
    name: "observability-evidence",
    create: () => {
        indexCatalog(OBSERVABILITY_SIGNALS);
        return {
            extract(file, sink) {
                emitSignals(file, OBSERVABILITY_SIGNALS, sink);
                emitLibraries(file, INSTRUMENTATION_LIBRARIES, sink);
                emitCollectorPipelines(file, sink);
                emitGrafanaDataSources(file, sink);
            },
        };
    },
};
const COLLECTOR = "OpenTelemetry Collector";
const RECEIVERS = /^\s*receivers\s*:/m;
const EXPORTERS = /^\s*exporters\s*:/m;
/**
 * An OpenTelemetry Collector config (standalone, in a ConfigMap, or in a Helm template): each pipeline under
 * `service.pipelines` (`traces`, `metrics/\u2026`, `logs`) proves its pillar. Read from the text, so configs embedded
 * as strings count too; only keys directly under `pipelines:` are read (not `service.telemetry.metrics`).
 */
function emitCollectorPipelines(file, sink) {
    const { text } = file;
    const probe = probeOfText(text);
    if (!probe.occurs(RECEIVERS) || !probe.occurs(EXPORTERS))
        return;
    const lines = text.split("\n");
    const found = new Set();
    lines.forEach((line, index) => {
        const header = /^(\s*)pipelines\s*:\s*$/.exec(line);
        if (!header)
            return;
        const indent = (header[1] ?? "").length;
        let childIndent;
        for (let next = index + 1; next < lines.length; next++) {
            const child = lines[next] ?? "";
            if (child.trim() === "" || child.trim().startsWith("#"))
                continue;
            const childLevel = child.length - child.trimStart().length;
            if (childLevel <= indent)
                break;
            childIndent ??= childLevel;
            if (childLevel !== childIndent)
                continue;
            const pillar = /^\s*(traces|metrics|logs)(\/[\w.-]+)?\s*:/.exec(child)?.[1];
            if (!pillar || found.has(pillar))
                continue;
            found.add(pillar);
            sink.evidence({ category: pillar, value: COLLECTOR, file: file.path, line: next + 1 });
        }
    });
}
/** Grafana data-source provisioning: each source's type says which pillar's back end it reads. */
function emitGrafanaDataSources(file, sink) {
    file.documents.forEach((document, doc) => {
        if (!isDict(document) || document.apiVersion !== 1 || !Array.isArray(document.datasources))
            return;
        const seen = new Set();
        document.datasources.forEach((source, index) => {
            if (!isDict(source) || typeof source.type !== "string")
                return;
            const pillar = GRAFANA_DATASOURCE_PILLARS[source.type];
            if (!pillar || seen.has(pillar) || !PILLARS.includes(pillar))
                return;
            seen.add(pillar);
            const { line } = file.locator.locate(doc, ["datasources", index, "type"]);
            sink.evidence({ category: pillar, value: `Grafana data source (${source.type})`, file: file.path, line });
        });
    });
}

;// CONCATENATED MODULE: ./src/extract/evidence/ownership.ts


/** The places GitHub reads CODEOWNERS from, in its order of precedence. */
const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
/** Every owner named in CODEOWNERS (`@user`, `@org/team`, an e-mail), each once, on the line it first appears. */
const ownershipEvidence = {
    name: "ownership-evidence",
    create: () => ({
        extract(file, sink) {
            if (!CODEOWNERS_PATHS.includes(file.path))
                return;
            const seen = new Set();
            for (const match of file.text.matchAll(/^[ \t]*([^#\s][^\n]*)$/gm)) {
                const owners = (match[1] ?? "").split("#")[0]?.trim().split(/\s+/).slice(1) ?? [];
                for (const owner of owners) {
                    const key = owner.toLowerCase();
                    if (seen.has(key) || !/^@|@/.test(owner))
                        continue;
                    seen.add(key);
                    sink.evidence({
                        category: EVIDENCE.codeowner,
                        value: owner,
                        file: file.path,
                        line: lineAt(file.text, match.index),
                    });
                }
            }
        },
    }),
};

;// CONCATENATED MODULE: ./src/extract/helm/template-names.ts

/** Evidence category for the names a chart's templates may give an object of a kind: `<kind> <regexp source>`. */
const TEMPLATE_NAME = "helm-template-name";
const KIND = /^kind:\s*["']?([A-Za-z][A-Za-z0-9]*)["']?\s*(#.*)?$/;
const NAME = /^\s+name:\s*(.+?)\s*$/;
const ASSIGNMENT = /\{\{-?\s*(\$\w+)\s*:?=\s*(.+?)\s*-?\}\}/g;
const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
/** The objects of a template, document by document: each top-level `kind:` with the name under `metadata:`. */
function templateObjects(file) {
    const objects = [];
    let document = { line: 0 };
    let inMetadata = false;
    const close = () => {
        if (document.kind)
            objects.push({ kind: document.kind, line: document.line, name: document.name });
    };
    file.text.split(/\r?\n/).forEach((text, index) => {
        if (text.startsWith("---")) {
            close();
            document = { line: 0 };
            inMetadata = false;
            return;
        }
        const kind = KIND.exec(text)?.[1];
        if (kind && !document.kind)
            document = { ...document, kind, line: index + 1 };
        if (/^metadata:\s*$/.test(text))
            inMetadata = true;
        else if (/^\S/.test(text) && !text.startsWith("{{"))
            inMetadata = false;
        const name = inMetadata && !/^\s{3,}/.test(text) ? NAME.exec(text)?.[1] : undefined;
        if (name && document.name === undefined)
            document.name = resolveVariable(unquote(name), file.text);
    });
    close();
    return objects;
}
/** `{{ $fullName }}` where the template assigned `{{- $fullName := include "x.fullname" . -}}`. */
function resolveVariable(name, text) {
    if (!name.includes("$"))
        return name;
    const variables = new Map([...text.matchAll(ASSIGNMENT)].map((m) => [m[1], m[2]]));
    return name.replace(ACTION, (all, expression) => {
        const assigned = variables.get(expression.trim());
        return assigned ? `{{ ${assigned} }}` : all;
    });
}
/**
 * The names a template's `metadata.name` can render to, as an anchored regexp: literal text as is; the chart's
 * name for `.Chart.Name`; any name containing the chart's name (or its `nameOverride`) for the `helm create`
 * helpers (`include "x.fullname" .`, `x.name`), which prefix or equal the release name; the default in
 * `values.yaml` for a `.Values` path holding a string; anything for the release name and every other action.
 */
function template_names_namePattern(name, chart, values) {
    if (name === undefined)
        return ".*";
    const chartName = typeof values.nameOverride === "string" && values.nameOverride ? values.nameOverride : chart;
    let pattern = "";
    let last = 0;
    for (const match of name.matchAll(ACTION)) {
        pattern += template_names_escapeRegExp(name.slice(last, match.index));
        pattern += actionPattern(match[1].trim(), chartName, values);
        last = (match.index ?? 0) + match[0].length;
    }
    return pattern + template_names_escapeRegExp(name.slice(last));
}
function actionPattern(action, chart, values) {
    if (/^\.Chart\.Name$/.test(action))
        return template_names_escapeRegExp(chart);
    if (/^(include|template)\s+"[^"]*\.(fullname|name)"/.test(action))
        return `.*${template_names_escapeRegExp(chart)}.*`;
    const path = /^\.Values\.([\w.]+)$/.exec(action)?.[1];
    const value = path ? template_names_valueAt(values, path.split(".")) : undefined;
    return typeof value === "string" && value !== "" ? template_names_escapeRegExp(value) : ".*";
}
function template_names_valueAt(root, path) {
    let node = root;
    for (const key of path)
        node = isDict(node) ? node[key] : undefined;
    return node;
}
const template_names_escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const unquote = (text) => text.replace(/^(["'])(.*)\1$/, "$2");

;// CONCATENATED MODULE: ./src/extract/helm/templates.ts
/** Evidence category for each kind a chart's (unrendered) templates declare. */
const TEMPLATE_KIND = "helm-template-kind";
const KIND_LINE = /^\s*kind:\s*["']?([A-Za-z][A-Za-z0-9]*)["']?\s*(#.*)?$/;
/** The chart folder of a template (`charts/shop/templates/hpa.yaml` \u2192 `charts/shop`). */
function chartOfTemplate(path) {
    const parts = path.split("/");
    return parts.slice(0, parts.lastIndexOf("templates")).join("/") || ".";
}
/**
 * Templates are never rendered. Their literal `kind:` lines still say which kinds a chart may create, so checks
 * that look for an object elsewhere (a NetworkPolicy, an Ingress, an HPA's target) know what they cannot see.
 */
function templateKinds(file) {
    const seen = new Set();
    const evidence = [];
    file.text.split(/\r?\n/).forEach((text, index) => {
        const kind = KIND_LINE.exec(text)?.[1];
        if (!kind || seen.has(kind))
            return;
        seen.add(kind);
        evidence.push({ category: TEMPLATE_KIND, value: kind, file: file.path, line: index + 1 });
    });
    return evidence;
}

;// CONCATENATED MODULE: ./src/extract/containers/probes.ts
/** Words for the missing probes, read by the probes policy's message; unknown probes are not called missing. */
function describeMissingProbes(container) {
    if (container.readinessProbe === false) {
        container.missingProbes =
            container.livenessProbe === false ? "no readiness probe (and no liveness probe either)" : "no readiness probe";
    }
    else if (container.livenessProbe === false && container.readinessProbe === true) {
        container.missingProbes = "no liveness probe";
    }
}

;// CONCATENATED MODULE: ./src/extract/helm/values.ts





const HELM_FORMAT = "helm";
/**
 * Whether a values file is laid out as `helm create` scaffolds it, for a chart's own single workload: a top-level
 * `image.repository`. Charts of many services (`image.repo` plus per-service keys) are left to their templates.
 */
const isScaffoldValues = (values) => isDict(values.image) && typeof values.image.repository === "string";
/**
 * The chart's workload as its values describe it (`replicaCount`, `image`, `resources`, probes, `autoscaling`),
 * each field's origin on its values line. What only the templates decide stays absent: probes the values do not
 * declare, requests when the values have no `resources` key (`requestsUnknown`).
 */
function valuesWorkload(chart, values, ref) {
    const at = (...path) => refAt(ref, ...path);
    const image = isDict(values.image) ? values.image : {};
    const repository = asString(image.repository);
    const tag = asString(image.tag);
    const imageName = repository && !repository.includes("{{") ? (tag ? `${repository}:${tag}` : repository) : undefined;
    const container = { name: chart, requests: {}, longRunning: true };
    if (imageName)
        container.image = imageName;
    if (isDict(values.readinessProbe))
        container.readinessProbe = true;
    if (isDict(values.livenessProbe))
        container.livenessProbe = true;
    if (isDict(values.service))
        container.receivesTraffic = true;
    describeMissingProbes(container);
    const workload = createEntity({ kind: "workload", name: chart, platform: "helm", format: HELM_FORMAT, ref }, {
        workloadType: "helm-values",
        containers: [container],
        podLabels: {},
        images: imageName ? [imageName] : [],
        stateless: true,
    });
    const containerKey = isDict(values.resources) ? "resources" : isDict(values.image) ? "image" : undefined;
    recordOrigin(workload, "containers.0", { ref: containerKey ? at(containerKey) : ref });
    Object.assign(workload, ownershipOf(workload.images));
    workload.serviceKey = serviceKey(chart);
    if ("replicaCount" in values) {
        const replicas = asNumber(values.replicaCount);
        if (replicas === undefined)
            markUnresolved(workload, "replicas", at("replicaCount"));
        else
            setField(workload, "replicas", replicas, at("replicaCount"));
    }
    readRequests(workload, container, values, at);
    const autoscaling = isDict(values.autoscaling) ? values.autoscaling : {};
    workload.autoscaled = asBoolean(autoscaling.enabled) === true;
    return workload;
}
function readRequests(workload, container, values, _at) {
    if (!isDict(values.resources)) {
        workload.requestsUnknown = true;
        return;
    }
    const requests = isDict(values.resources.requests) ? values.resources.requests : {};
    const limits = isDict(values.resources.limits) ? values.resources.limits : {};
    for (const resource of ["cpu", "memory"]) {
        const requested = asString(requests[resource]);
        const limited = asString(limits[resource]);
        if (requested !== undefined)
            container.requests[resource] = requested;
        else if (limited !== undefined)
            container.requests[resource] = limited;
    }
}
/** `autoscaling.enabled: true` renders the scaffold's autoscaling/v2 HPA for the chart's own Deployment. */
function valuesAutoscaler(workload, values, ref) {
    const autoscaling = isDict(values.autoscaling) ? values.autoscaling : undefined;
    if (!autoscaling || asBoolean(autoscaling.enabled) !== true)
        return undefined;
    const at = (key) => refAt(ref, "autoscaling", key);
    const autoscaler = createEntity({ kind: "autoscaler", name: workload.name, platform: "helm", format: HELM_FORMAT, ref: refAt(ref, "autoscaling") }, { scaler: "hpa-v2", effectiveMinReplicas: 1, metrics: [], targetId: workload.id });
    setField(autoscaler, "target", { kind: "Deployment", name: workload.name }, at("enabled"));
    const min = asNumber(autoscaling.minReplicas);
    if (min !== undefined) {
        setField(autoscaler, "minReplicas", min, at("minReplicas"));
        setField(autoscaler, "effectiveMinReplicas", min, at("minReplicas"));
    }
    else {
        setField(autoscaler, "effectiveMinReplicas", 1, at("enabled"), "autoscaling.minReplicas not set: the HorizontalPodAutoscaler default of 1 applies");
    }
    const max = asNumber(autoscaling.maxReplicas);
    if (max !== undefined)
        setField(autoscaler, "maxReplicas", max, at("maxReplicas"));
    for (const [key, resource] of [
        ["targetCPUUtilizationPercentage", "cpu"],
        ["targetMemoryUtilizationPercentage", "memory"],
    ]) {
        const utilization = asNumber(autoscaling[key]);
        if (utilization === undefined)
            continue;
        recordOrigin(autoscaler, `metrics.${autoscaler.metrics.length}`, { ref: at(key) });
        autoscaler.metrics.push({ resource, utilization });
    }
    return autoscaler;
}

;// CONCATENATED MODULE: ./src/extract/helm/adapter.ts





/** Evidence category for a values file with no chart beside it: values for a chart installed from elsewhere. */
const CHARTLESS_VALUES = "helm-values-without-chart";
/**
 * Helm charts: `Chart.yaml` (name; dependencies as evidence), `values.yaml` read as the `helm create` scaffold
 * lays it out, and templates, which are never rendered: each chart with templates is recorded as such
 * (`helm-templates-unrendered`) with the kinds its templates declare and the names they may give them. Values
 * and template names wait for their chart in `finish`.
 */
const helmCharts = {
    name: HELM_FORMAT,
    create() {
        const charts = new Map();
        const values = new Map();
        const unrendered = new Map();
        return {
            extract(file, sink) {
                const folder = external_node_path_.posix.dirname(file.path);
                const name = external_node_path_.posix.basename(file.path);
                const doc = file.documents[0];
                if (file.format === "helm-template") {
                    const chart = chartOfTemplate(file.path);
                    const objects = templateObjects(file).map((object) => ({ file: file.path, object }));
                    unrendered.set(chart, [...(unrendered.get(chart) ?? []), ...objects]);
                    for (const evidence of templateKinds(file))
                        sink.evidence(evidence);
                }
                else if (name === "Chart.yaml" && isDict(doc)) {
                    charts.set(folder, { name: asString(doc.name) ?? external_node_path_.posix.basename(folder), file: file.path });
                    dependencies(file, doc, sink);
                }
                else if (name === "requirements.yaml" && isDict(doc)) {
                    dependencies(file, doc, sink);
                }
                else if (name === "values.yaml" && isDict(doc)) {
                    values.set(folder, { file, doc });
                }
            },
            finish(sink) {
                for (const [folder, objects] of unrendered) {
                    const chart = charts.get(folder);
                    if (chart)
                        sink.evidence({ category: "helm-templates-unrendered", value: folder, file: chart.file, line: 1 });
                    const chartName = chart?.name ?? external_node_path_.posix.basename(folder);
                    const chartValues = values.get(folder)?.doc ?? {};
                    const seen = new Set();
                    for (const { file, object } of objects) {
                        const value = `${object.kind} ${template_names_namePattern(object.name, chartName, chartValues)}`;
                        if (seen.has(value))
                            continue;
                        seen.add(value);
                        sink.evidence({ category: TEMPLATE_NAME, value, file, line: object.line });
                    }
                }
                for (const [folder, { file, doc }] of values) {
                    const chart = charts.get(folder);
                    if (!chart)
                        sink.evidence({ category: CHARTLESS_VALUES, value: folder, file: file.path, line: 1 });
                    if (!chart || !isScaffoldValues(doc))
                        continue;
                    const ref = { file: file.path, doc: 0, path: [] };
                    const workload = valuesWorkload(chart.name, doc, ref);
                    sink.entity(workload);
                    const autoscaler = valuesAutoscaler(workload, doc, ref);
                    if (autoscaler)
                        sink.entity(autoscaler);
                }
            },
        };
    },
};
function dependencies(file, doc, sink) {
    if (!Array.isArray(doc.dependencies))
        return;
    doc.dependencies.forEach((dependency, index) => {
        const name = isDict(dependency) ? asString(dependency.name) : undefined;
        if (!name)
            return;
        const line = file.locator.locate(0, ["dependencies", index]).line;
        sink.evidence({ category: "chart-dependency", value: name, file: file.path, line });
    });
}

;// CONCATENATED MODULE: ./src/extract/knative/adapter.ts


const KNATIVE_FORMAT = "knative";
const KNATIVE_DEFAULT_TIMEOUT = 300;
/** Scale bounds on the revision template (current and pre-1.0 spellings), then Cloud Run's service-level ones. */
const MIN_SCALE = ["autoscaling.knative.dev/min-scale", "autoscaling.knative.dev/minScale"];
const MAX_SCALE = ["autoscaling.knative.dev/max-scale", "autoscaling.knative.dev/maxScale"];
const SERVICE_MIN_SCALE = ["run.googleapis.com/minScale"];
const SERVICE_MAX_SCALE = ["run.googleapis.com/maxScale"];
function isKnativeService(doc) {
    return (isDict(doc) &&
        doc.kind === "Service" &&
        typeof doc.apiVersion === "string" &&
        doc.apiVersion.startsWith("serving.knative.dev/"));
}
/**
 * Knative Services and Cloud Run services (`serving.knative.dev/v1` Service, in any YAML file, any document of
 * it) are functions on platform `knative`: request timeout, per-instance concurrency and scale bounds.
 */
const knative = {
    name: KNATIVE_FORMAT,
    create: () => ({
        extract(file, sink) {
            if (file.format !== "yaml")
                return;
            file.documents.forEach((doc, index) => {
                if (isKnativeService(doc))
                    sink.entity(knativeFunction(file, index, doc));
            });
        },
    }),
};
function knativeFunction(file, doc, service) {
    const at = (...path) => ({ file: file.path, doc, path });
    const metadata = isDict(service.metadata) ? service.metadata : {};
    const spec = isDict(service.spec) ? service.spec : {};
    const template = isDict(spec.template) ? spec.template : {};
    const revision = isDict(template.spec) ? template.spec : {};
    const templateMetadata = isDict(template.metadata) ? template.metadata : {};
    const name = asString(metadata.name) ?? `${file.path}#${doc}`;
    const namespace = asString(metadata.namespace);
    const fn = createEntity({ kind: "function", name, platform: "knative", format: KNATIVE_FORMAT, ref: at(), qualifier: namespace }, { triggers: [{ kind: "http-other", type: "knative-service", synchronous: true }] });
    fn.origins["triggers.0"] = { ref: at() };
    const number = (field, value, ref) => {
        const parsed = asNumber(value);
        if (parsed === undefined)
            markUnresolved(fn, field, ref);
        else
            setField(fn, field, parsed, ref);
    };
    const revisionPath = ["spec", "template", "spec"];
    if ("timeoutSeconds" in revision)
        number("timeout", revision.timeoutSeconds, at(...revisionPath, "timeoutSeconds"));
    else {
        const note = `timeoutSeconds not set: the Knative default of ${KNATIVE_DEFAULT_TIMEOUT} s applies`;
        setField(fn, "timeout", KNATIVE_DEFAULT_TIMEOUT, at(), note);
    }
    if ("containerConcurrency" in revision) {
        number("containerConcurrency", revision.containerConcurrency, at(...revisionPath, "containerConcurrency"));
    }
    const annotation = (field, onTemplate, onService) => {
        const templateAnnotations = isDict(templateMetadata.annotations) ? templateMetadata.annotations : {};
        const serviceAnnotations = isDict(metadata.annotations) ? metadata.annotations : {};
        const own = onTemplate.find((key) => key in templateAnnotations);
        if (own)
            return number(field, templateAnnotations[own], at("spec", "template", "metadata", "annotations", own));
        const inherited = onService.find((key) => key in serviceAnnotations);
        if (inherited)
            number(field, serviceAnnotations[inherited], at("metadata", "annotations", inherited));
    };
    annotation("minScale", MIN_SCALE, SERVICE_MIN_SCALE);
    annotation("maxScale", MAX_SCALE, SERVICE_MAX_SCALE);
    return fn;
}

;// CONCATENATED MODULE: ./src/extract/kustomize/kustomization.ts


const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const isKustomization = (path) => KUSTOMIZATION.test(path);
/** Evidence a kustomization leaves for link: one per file or folder it includes (the variants' closures). */
const KUSTOMIZE_RESOURCE = "kustomize-resource";
/** Evidence of a `kind: Component` kustomization: an opt-in add-on, deployed only where a kustomization includes it. */
const KUSTOMIZE_COMPONENT = "kustomize-component";
/**
 * The paths a kustomization names, resolved against its folder; a path that leaves the scanned root (or a
 * remote URL) is dropped, since archlint never reads outside the root.
 */
function readKustomization(file) {
    const doc = isDict(file.documents[0]) ? file.documents[0] : {};
    const folder = external_node_path_.posix.dirname(file.path);
    const inside = (value) => {
        const path = asString(value);
        if (!path || path.includes("://") || path.startsWith("/"))
            return [];
        const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(folder, path));
        return resolved.startsWith("../") || resolved === ".." ? [] : [resolved];
    };
    const list = (key) => (Array.isArray(doc[key]) ? doc[key] : []);
    const pathOf = (entry) => (isDict(entry) ? entry.path : entry);
    return {
        component: doc.kind === "Component",
        resources: [...list("resources"), ...list("bases"), ...list("components")].flatMap(inside),
        patches: [...list("patchesStrategicMerge"), ...list("patchesJson6902"), ...list("patches")]
            .map(pathOf)
            .flatMap(inside),
    };
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/resource.ts


const KUBERNETES_FORMAT = "kubernetes";
const metadataOf = (body) => (isDict(body.metadata) ? body.metadata : {});
const specOf = (body) => (isDict(body.spec) ? body.spec : {});
/** String-valued entries of a label or annotation map. */
function stringMap(value) {
    if (!isDict(value))
        return {};
    const map = {};
    for (const [key, entry] of Object.entries(value)) {
        const text = asString(entry);
        if (text !== undefined)
            map[key] = text;
    }
    return map;
}
/** The objects of a document: the document itself, or the items of a `List` / `*List` kind. */
function resource_resourcesOf(document, ref) {
    if (!isDict(document) || typeof document.apiVersion !== "string" || typeof document.kind !== "string")
        return [];
    if (document.kind.endsWith("List") && Array.isArray(document.items)) {
        return document.items.flatMap((item, index) => resource_resourcesOf(item, refAt(ref, "items", index)));
    }
    const metadata = metadataOf(document);
    const name = asString(metadata.name) ?? asString(metadata.generateName) ?? document.kind.toLowerCase();
    const namespace = asString(metadata.namespace);
    return [{ apiVersion: document.apiVersion, kind: document.kind, name, namespace, body: document, ref }];
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/pod-spec.ts






/** Containers of a pod spec, each with its origin (`containers.N`), requests and probes; also the database and `hostNetwork`. */
function readPodSpec(workload, podSpec, podSpecRef, longRunning) {
    const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
    const env = [];
    containers.forEach((container, index) => {
        if (!isDict(container))
            return;
        const ref = refAt(podSpecRef, "containers", index);
        const field = `containers.${workload.containers.length}`;
        const info = {
            name: asString(container.name) ?? `container-${index}`,
            readinessProbe: isDict(container.readinessProbe),
            livenessProbe: isDict(container.livenessProbe),
            requests: {},
            longRunning,
        };
        describeMissingProbes(info);
        const image = asString(container.image);
        if (image)
            info.image = image;
        recordOrigin(workload, field, { ref });
        pod_spec_readRequests(workload, info, container, ref, field);
        workload.containers.push(info);
        env.push(...envOf(container, ref));
    });
    if (podSpec.hostNetwork === true)
        setField(workload, "hostNetwork", true, refAt(podSpecRef, "hostNetwork"));
    workload.images = workload.containers.flatMap((c) => (c.image ? [c.image] : []));
    pod_spec_markSidecars(workload.containers);
    const database = databaseFromEnv(env);
    if (database)
        setField(workload, "database", database.database, database.ref);
    const connections = connectionHosts(env);
    if (connections.length)
        workload.connections = connections;
    const host = env.find((entry) => FUNCTIONS_HOST_SETTINGS.has(entry.name));
    if (host)
        setField(workload, "functionsHost", true, host.ref);
}
/** Settings only the Azure Functions host reads: the container runs a Function App. */
const FUNCTIONS_HOST_SETTINGS = new Set(["FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME"]);
/** Pod readiness is the conjunction of its containers': an off-the-shelf helper need not gate it itself. */
function pod_spec_markSidecars(containers) {
    const probed = containers.some((c) => c.readinessProbe && !(c.image && offTheShelfCategory(c.image)));
    if (!probed)
        return;
    for (const container of containers) {
        if (container.image && offTheShelfCategory(container.image))
            container.sidecar = true;
    }
}
/** `resources.requests`, else `resources.limits`: Kubernetes sets a missing request to its limit. */
function pod_spec_readRequests(workload, info, container, ref, field) {
    const resources = isDict(container.resources) ? container.resources : {};
    const requests = isDict(resources.requests) ? resources.requests : {};
    const limits = isDict(resources.limits) ? resources.limits : {};
    for (const resource of ["cpu", "memory"]) {
        const requested = asString(requests[resource]);
        const limited = asString(limits[resource]);
        if (requested !== undefined) {
            info.requests[resource] = requested;
            recordOrigin(workload, `${field}.requests.${resource}`, { ref: refAt(ref, "resources", "requests", resource) });
        }
        else if (limited !== undefined) {
            info.requests[resource] = limited;
            recordOrigin(workload, `${field}.requests.${resource}`, {
                ref: refAt(ref, "resources", "limits", resource),
                note: `no ${resource} request: Kubernetes uses the limit as the request`,
            });
        }
    }
}
function envOf(container, ref) {
    if (!Array.isArray(container.env))
        return [];
    return container.env.flatMap((entry, index) => {
        if (!isDict(entry) || typeof entry.name !== "string")
            return [];
        const value = asString(entry.value);
        return [{ name: entry.name, ...(value !== undefined ? { value } : {}), ref: refAt(ref, "env", index) }];
    });
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/workload.ts






/** Where each workload kind keeps its pod template, below `spec`. */
const POD_TEMPLATE_PATHS = {
    Deployment: ["template"],
    StatefulSet: ["template"],
    DaemonSet: ["template"],
    ReplicaSet: ["template"],
    Job: ["template"],
    CronJob: ["jobTemplate", "spec", "template"],
};
const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet"]);
const STATEFUL = new Set(["StatefulSet", "DaemonSet", "Job", "CronJob"]);
const REPLICATED = new Set(["Deployment", "StatefulSet", "ReplicaSet"]);
const isWorkloadKind = (kind) => kind === "Pod" || kind in POD_TEMPLATE_PATHS;
/** The containers (init containers too) of a workload's pod template, as written. */
function podContainers(resource) {
    const podSpec = podTemplate(resource)?.spec;
    if (!isDict(podSpec))
        return [];
    return [podSpec.containers, podSpec.initContainers].flatMap((list) => (Array.isArray(list) ? list : []));
}
function podTemplate(resource) {
    const templatePath = own(POD_TEMPLATE_PATHS, resource.kind);
    return templatePath ? dig(specOf(resource.body), templatePath) : resource.body;
}
function toWorkload(resource) {
    const { kind, body, ref } = resource;
    const spec = specOf(body);
    const templatePath = own(POD_TEMPLATE_PATHS, kind);
    const template = podTemplate(resource);
    const templateRef = templatePath ? refAt(ref, "spec", ...templatePath) : ref;
    const podSpec = isDict(template?.spec) ? template.spec : {};
    const podLabels = stringMap(metadataOf(template ?? {}).labels);
    const workload = createEntity({
        kind: "workload",
        name: resource.name,
        platform: "kubernetes",
        format: KUBERNETES_FORMAT,
        ref,
        qualifier: qualifier(resource),
    }, {
        workloadType: kind,
        containers: [],
        podLabels,
        images: [],
        stateless: !STATEFUL.has(kind) && !keepsState(resource.name, podSpec),
    });
    if (resource.namespace)
        setField(workload, "namespace", resource.namespace, refAt(ref, "metadata", "namespace"));
    if (REPLICATED.has(kind) && "replicas" in spec)
        workload_readReplicas(workload, spec.replicas, refAt(ref, "spec", "replicas"));
    readPodSpec(workload, podSpec, refAt(templateRef, "spec"), LONG_RUNNING.has(kind));
    Object.assign(workload, ownershipOf(workload.images));
    workload.serviceKey = serviceKey(appName(podLabels, stringMap(metadataOf(body).labels)) ?? resource.name);
    return workload;
}
/**
 * A database run as a Deployment is not stateless: a pod that mounts a PersistentVolumeClaim, or a workload
 * named as a database (`user-db`, `orders-database`), keeps state whatever its kind.
 */
function keepsState(name, podSpec) {
    if (/[-_](db|database)$/i.test(name))
        return true;
    const volumes = Array.isArray(podSpec.volumes) ? podSpec.volumes : [];
    return volumes.some((volume) => isDict(volume) && isDict(volume.persistentVolumeClaim));
}
function workload_readReplicas(workload, value, ref) {
    const replicas = asNumber(value);
    if (replicas === undefined)
        markUnresolved(workload, "replicas", ref);
    else
        setField(workload, "replicas", replicas, ref);
}
/** The application's name from the conventional labels, which both Services and tooling use. */
function appName(...labelMaps) {
    for (const labels of labelMaps) {
        const name = labels["app.kubernetes.io/name"] ?? labels.app ?? labels["k8s-app"];
        if (name)
            return name;
    }
    return undefined;
}
/** Entities of the same name in one file are told apart by kind, namespace and document. */
const qualifier = (resource) => [resource.kind, resource.namespace, String(resource.ref.doc), ...resource.ref.path.map(String)]
    .filter(Boolean)
    .join("/");
function dig(root, path) {
    let node = root;
    for (const key of path)
        node = isDict(node) ? node[key] : undefined;
    return isDict(node) ? node : undefined;
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/autoscaler.ts




/** Kubernetes scales on 80% CPU when an HPA names no metric. */
const DEFAULT_METRIC = { resource: "cpu", utilization: 80 };
function isAutoscaler(resource) {
    return ((resource.kind === "HorizontalPodAutoscaler" && resource.apiVersion.startsWith("autoscaling/")) ||
        (resource.kind === "ScaledObject" && resource.apiVersion.startsWith("keda.sh/")));
}
function toAutoscaler(resource) {
    const { ref } = resource;
    const spec = specOf(resource.body);
    const keda = resource.kind === "ScaledObject";
    const scaler = keda ? "keda" : resource.apiVersion === "autoscaling/v1" ? "hpa-v1" : "hpa-v2";
    const autoscaler = createEntity({
        kind: "autoscaler",
        name: resource.name,
        platform: "kubernetes",
        format: KUBERNETES_FORMAT,
        ref,
        qualifier: qualifier(resource),
    }, { scaler, effectiveMinReplicas: keda ? 0 : 1, metrics: [] });
    const at = (...path) => refAt(ref, "spec", ...path);
    if (resource.namespace)
        setField(autoscaler, "namespace", resource.namespace, refAt(ref, "metadata", "namespace"));
    const minKey = keda ? "minReplicaCount" : "minReplicas";
    const maxKey = keda ? "maxReplicaCount" : "maxReplicas";
    readCount(autoscaler, "minReplicas", spec[minKey], at(minKey));
    if (autoscaler.minReplicas !== undefined) {
        setField(autoscaler, "effectiveMinReplicas", autoscaler.minReplicas, at(minKey));
    }
    else if (!autoscaler.unresolved?.includes("minReplicas")) {
        const note = keda
            ? "minReplicaCount not set: KEDA scales to zero by default"
            : "minReplicas not set: the HorizontalPodAutoscaler default of 1 applies";
        setField(autoscaler, "effectiveMinReplicas", autoscaler.effectiveMinReplicas, refAt(ref, "spec"), note);
    }
    readCount(autoscaler, "maxReplicas", spec[maxKey], at(maxKey));
    if (keda && autoscaler.maxReplicas === undefined && !(maxKey in spec))
        autoscaler.maxReplicas = 100;
    const target = isDict(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    const targetName = asString(target.name);
    if (targetName) {
        const kind = asString(target.kind) ?? "Deployment";
        setField(autoscaler, "target", { kind, name: targetName }, at("scaleTargetRef", "name"));
    }
    readMetrics(autoscaler, spec, keda, at);
    return autoscaler;
}
function readCount(autoscaler, field, value, ref) {
    if (value === undefined)
        return;
    const count = asNumber(value);
    if (count === undefined)
        markUnresolved(autoscaler, field, ref);
    else
        setField(autoscaler, field, count, ref);
}
function readMetrics(autoscaler, spec, keda, at) {
    const add = (metric, ref, note) => {
        autoscaler.origins[`metrics.${autoscaler.metrics.length}`] = note ? { ref, note } : { ref };
        autoscaler.metrics.push(metric);
    };
    if (keda) {
        (Array.isArray(spec.triggers) ? spec.triggers : []).forEach((trigger, index) => {
            const type = isDict(trigger) ? asString(trigger.type) : undefined;
            if (type !== "cpu" && type !== "memory")
                return;
            const metadata = isDict(trigger.metadata) ? trigger.metadata : {};
            const metricType = asString(trigger.metricType) ?? asString(metadata.type) ?? "Utilization";
            const metric = { resource: type };
            if (metricType === "Utilization")
                metric.utilization = asNumber(metadata.value) ?? 0;
            add(metric, at("triggers", index));
        });
        return;
    }
    if ("targetCPUUtilizationPercentage" in spec) {
        const utilization = asNumber(spec.targetCPUUtilizationPercentage);
        add({ resource: "cpu", ...(utilization !== undefined ? { utilization } : {}) }, at("targetCPUUtilizationPercentage"));
    }
    (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((metric, index) => {
        const read = isDict(metric) ? resourceMetric(metric) : undefined;
        if (read)
            add(read, at("metrics", index));
    });
    const declaresMetrics = "targetCPUUtilizationPercentage" in spec || (Array.isArray(spec.metrics) && spec.metrics.length > 0);
    if (!declaresMetrics)
        add(DEFAULT_METRIC, refAt(autoscaler.ref, "spec"), "no metric set: Kubernetes scales on 80% CPU utilization");
}
/** `Resource` and `ContainerResource` metrics (v2 `target.averageUtilization`, v2beta1 `targetAverageUtilization`). */
function resourceMetric(metric) {
    const body = isDict(metric.resource)
        ? metric.resource
        : isDict(metric.containerResource)
            ? metric.containerResource
            : undefined;
    const resource = body ? asString(body.name) : undefined;
    if (!body || !resource)
        return undefined;
    const target = isDict(body.target) ? body.target : {};
    const utilization = asNumber(target.averageUtilization) ?? asNumber(body.targetAverageUtilization);
    const byUtilization = utilization !== undefined || asString(target.type) === "Utilization";
    return byUtilization ? { resource, utilization: utilization ?? 0 } : { resource };
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/evidence.ts



/** Kinds that prove a metrics pipeline, by API group. */
const METRICS_KINDS = [
    [/^monitoring\.coreos\.com\//, /^(ServiceMonitor|PodMonitor|PrometheusRule|Prometheus|Probe)$/],
    [/^monitoring\.googleapis\.com\//, /^(PodMonitoring|ClusterPodMonitoring)$/],
];
const MESH_GROUPS = [
    [/^(networking|security|telemetry)\.istio\.io\//, "Istio"],
    [/^(linkerd\.io|policy\.linkerd\.io|split\.smi-spec\.io)\//, "Linkerd"],
];
const MESH_ANNOTATIONS = [
    ["sidecar.istio.io/inject", "Istio"],
    ["linkerd.io/inject", "Linkerd"],
];
/** Monitoring and mesh evidence of one object: its kind, its Prometheus scrape annotations, its mesh injection. */
function evidenceOf(resource, at) {
    const found = [];
    const { apiVersion, kind, body, ref } = resource;
    if (METRICS_KINDS.some(([group, kinds]) => group.test(apiVersion) && kinds.test(kind)))
        found.push(at("metrics", kind, ref));
    const mesh = MESH_GROUPS.find(([group]) => group.test(apiVersion));
    if (mesh)
        found.push(at("mesh", `${mesh[1]} ${kind}`, ref));
    if (kind === "PodDisruptionBudget")
        found.push(at("disruption-budget", resource.name, ref));
    const metadata = metadataOf(body);
    const spec = isDict(body.spec) ? body.spec : {};
    const template = isDict(spec.template) ? spec.template : {};
    const places = [
        [stringMap(metadata.annotations), refAt(ref, "metadata", "annotations")],
        [stringMap(metadataOf(template).annotations), refAt(ref, "spec", "template", "metadata", "annotations")],
    ];
    for (const [annotations, place] of places) {
        if (annotations["prometheus.io/scrape"] === "true")
            found.push(at("metrics", "prometheus.io/scrape", place));
        for (const [key, meshName] of MESH_ANNOTATIONS) {
            if (annotations[key] === "enabled" || annotations[key] === "true")
                found.push(at("mesh", `${meshName} ${key}`, place));
        }
    }
    const labels = stringMap(metadata.labels);
    if (kind === "Namespace" && labels["istio-injection"] === "enabled") {
        found.push(at("mesh", "Istio istio-injection", refAt(ref, "metadata", "labels")));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/network.ts




/** Kinds that put a gateway in front of services, keyed by `kind`, with the API group that must match. */
const GATEWAY_KINDS = {
    Ingress: /^(networking|extensions)\.k8s\.io\//,
    Gateway: /^(gateway\.networking\.k8s\.io|networking\.istio\.io)\//,
    HTTPRoute: /^gateway\.networking\.k8s\.io\//,
    GRPCRoute: /^gateway\.networking\.k8s\.io\//,
    VirtualService: /^networking\.istio\.io\//,
    IngressRoute: /^traefik\.(containo\.us|io)\//,
};
const start = (resource, kind) => ({
    kind,
    name: resource.name,
    platform: "kubernetes",
    format: KUBERNETES_FORMAT,
    ref: resource.ref,
    qualifier: qualifier(resource),
});
function isGateway(resource) {
    return own(GATEWAY_KINDS, resource.kind)?.test(resource.apiVersion) ?? false;
}
function toService(resource) {
    const spec = specOf(resource.body);
    const service = createEntity(start(resource, "service"), {
        type: asString(spec.type) ?? "ClusterIP",
        selector: stringMap(spec.selector),
        ports: (Array.isArray(spec.ports) ? spec.ports : []).flatMap((port) => isDict(port)
            ? [{ port: asNumber(port.port), ...(port.nodePort ? { nodePort: asNumber(port.nodePort) } : {}) }]
            : []),
    });
    setField(service, "type", service.type, "type" in spec ? refAt(resource.ref, "spec", "type") : resource.ref);
    if (resource.namespace)
        setField(service, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
    return service;
}
function toGateway(resource) {
    const gateway = createEntity(start(resource, "gateway"), {
        gatewayKind: resource.kind,
        apiVersion: resource.apiVersion,
    });
    if (resource.namespace)
        setField(gateway, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
    return gateway;
}
function isNetworkPolicy(resource) {
    return resource.kind === "NetworkPolicy" && resource.apiVersion.startsWith("networking.k8s.io/");
}
function toNetworkPolicy(resource) {
    const spec = specOf(resource.body);
    const selector = isDict(spec.podSelector) ? spec.podSelector : {};
    const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    const policy = createEntity(start(resource, "network-policy"), {
        podSelector: {
            matchLabels: stringMap(selector.matchLabels),
            matchExpressions: expressions.flatMap((e) => isDict(e) && typeof e.key === "string"
                ? [
                    {
                        key: e.key,
                        operator: asString(e.operator) ?? "In",
                        values: (Array.isArray(e.values) ? e.values : []).map(String),
                    },
                ]
                : []),
        },
        policyTypes: Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : ["Ingress"],
    });
    if (resource.namespace)
        setField(policy, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
    return policy;
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/adapter.ts








/** Knative Services are serverless functions, modelled by the Knative adapter. */
const SKIPPED_GROUPS = /^serving\.knative\.dev\//;
/**
 * Kubernetes objects in YAML or JSON files (many documents per file, `List` kinds unwrapped). Each object is
 * read once, from the file and document that declares it, however many kustomizations include that file; files
 * a kustomization names as patches hold partial objects and are left out. So entities wait for `finish`; they
 * are read from the documents at once, so the documents themselves are not kept (less to copy and collect).
 */
const kubernetes = {
    name: KUBERNETES_FORMAT,
    create() {
        const files = [];
        const patches = new Set();
        const named = new Set();
        const kustomized = new Set();
        return {
            extract(file, sink) {
                if (file.format !== "yaml" && file.format !== "json")
                    return;
                if (isKustomization(file.path)) {
                    const kustomization = readKustomization(file);
                    kustomized.add(external_node_path_.posix.dirname(file.path));
                    for (const patch of kustomization.patches)
                        patches.add(patch);
                    for (const path of [...kustomization.patches, ...kustomization.resources])
                        named.add(path);
                    sink.evidence({ category: "kustomize", value: file.path, file: file.path, line: 1 });
                    for (const resource of kustomization.resources)
                        sink.evidence({ category: KUSTOMIZE_RESOURCE, value: resource, file: file.path, line: 1 });
                    if (kustomization.component)
                        sink.evidence({ category: KUSTOMIZE_COMPONENT, value: file.path, file: file.path, line: 1 });
                    return;
                }
                const resources = file.documents.flatMap((document, doc) => resource_resourcesOf(document, { file: file.path, doc, path: [] }).filter((r) => !SKIPPED_GROUPS.test(r.apiVersion)));
                if (resources.length > 0)
                    files.push(modelOf(file, resources));
            },
            finish(sink) {
                for (const { path, entities, evidence, fragments } of files) {
                    if (patches.has(path))
                        continue;
                    const unusedFragment = !named.has(path) && underKustomization(path, kustomized);
                    for (const entity of entities)
                        sink.entity(entity);
                    if (!unusedFragment)
                        for (const entity of fragments)
                            sink.entity(entity);
                    for (const item of evidence)
                        sink.evidence(item);
                }
            },
        };
    },
};
function modelOf(file, resources) {
    const at = (category, value, ref) => ({
        category,
        value,
        file: ref.file,
        line: file.locator.locate(ref.doc, ref.path).line,
    });
    const whole = resources.filter((resource) => !isFragment(resource));
    return {
        path: file.path,
        entities: whole.flatMap((resource) => toEntity(resource) ?? []),
        fragments: resources.filter(isFragment).flatMap((resource) => toEntity(resource) ?? []),
        evidence: resources.flatMap((resource) => evidenceOf(resource, at)),
    };
}
/** A folder a kustomization governs: its own or an enclosing folder's. */
function underKustomization(path, kustomized) {
    for (let folder = external_node_path_.posix.dirname(path);; folder = external_node_path_.posix.dirname(folder)) {
        if (kustomized.has(folder))
            return true;
        if (folder === "." || folder === "/" || folder === "")
            return false;
    }
}
function toEntity(resource) {
    if (isWorkloadKind(resource.kind) && /^(apps|batch|extensions|v1$)/.test(resource.apiVersion))
        return toWorkload(resource);
    if (isAutoscaler(resource))
        return toAutoscaler(resource);
    if (resource.kind === "Service" && resource.apiVersion === "v1")
        return toService(resource);
    if (isGateway(resource))
        return toGateway(resource);
    if (isNetworkPolicy(resource))
        return toNetworkPolicy(resource);
    return undefined;
}
/**
 * A workload none of whose containers names an image is incomplete: the API server refuses such a pod. Where
 * kustomize builds the folder and no kustomization names the file, it is a patch kept beside the manifests, not
 * what deploys. Elsewhere (a bare manifest, a linter's test case) it is still judged as written.
 */
function isFragment(resource) {
    if (!isWorkloadKind(resource.kind))
        return false;
    const containers = podContainers(resource);
    return containers.length > 0 && containers.every((container) => !isDict(container) || container.image === undefined);
}

;// CONCATENATED MODULE: ./src/extract/policy-documents/adapter.ts


/** The two policy language versions AWS has defined. */
const POLICY_VERSION = /^20(12|08)-10-17$/;
/**
 * IAM policy documents kept as files of their own (`policies/lambda.json`, loaded by Terraform's `file()` /
 * `templatefile()` or by a deploy script): a JSON object with a policy `Version` and a `Statement`. Each
 * statement is judged like one written inline, its owner the file.
 */
const policyDocuments = {
    name: "iam-policy-document",
    create: () => ({
        extract(file, sink) {
            const doc = file.documents[0];
            if (file.format !== "json" || file.documents.length !== 1 || !isDict(doc))
                return;
            if (typeof doc.Version !== "string" || !POLICY_VERSION.test(doc.Version) || !("Statement" in doc))
                return;
            plainDocumentStatements(doc, { file: file.path, doc: 0, path: [] }, file.path, sink);
        },
    }),
};

;// CONCATENATED MODULE: ./src/extract/terraform/ecs-container-files.ts


/**
 * JSON files of the scan shaped as ECS container definitions (a list of objects with a `name` or an `image`),
 * which a task definition reads with `file()` or `templatefile()`. Only that shape is kept, so the rest of the
 * scan's JSON is not held until the modules are read.
 */
class ContainerDefinitionFiles {
    files = new Map();
    add(file) {
        if (file.format !== "json")
            return;
        const doc = file.documents[0];
        if (Array.isArray(doc) &&
            doc.length > 0 &&
            doc.every((item) => isDict(item) && ("name" in item || "image" in item)))
            this.files.set(file.path, doc);
    }
    /** The definitions of the file at a path relative to the scanned root, with that path. */
    get(path) {
        const normalised = external_node_path_.posix.normalize(path);
        const definitions = this.files.get(normalised);
        return definitions ? { path: normalised, definitions } : undefined;
    }
}
const FILE_CALL = /^\$\{\s*(file|templatefile)\(\s*"([^"]*)"/;
const PATH_PREFIX = /^\$\{\s*path\.(module|root|cwd)\s*\}\/?/;
/**
 * The local file a `file("\u2026")` or `templatefile("\u2026", {\u2026})` call reads, relative to the scanned root, when its
 * path is a literal (optionally under `${path.module}`); undefined for any other expression, or a path that
 * leaves the scanned root.
 */
function fileCallPath(raw, moduleDir, rootDir = ".") {
    if (typeof raw !== "string")
        return undefined;
    const call = FILE_CALL.exec(raw.trim());
    if (!call)
        return undefined;
    const argument = call[2];
    const prefix = PATH_PREFIX.exec(argument);
    const base = prefix && prefix[1] !== "module" ? rootDir : moduleDir;
    const rest = prefix ? argument.slice(prefix[0].length) : argument;
    if (rest.includes("${") || external_node_path_.posix.isAbsolute(rest))
        return undefined;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(base, rest));
    return path.startsWith("../") || path === ".." ? undefined : path;
}

;// CONCATENATED MODULE: ./src/extract/terraform/references.ts
const references_UNRESOLVED = Symbol("unresolved");
const references_MAX_DEPTH = 8;
const WHOLE_VARIABLE = /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/;
const INTERPOLATION = /\$\{([^{}]*)\}/g;
/**
 * Resolves `var.x` to the variable's default and `local.x` to the local's value, also inside a string template
 * (`"/aws/lambda/${var.name}"`). Anything else (resources, data sources, functions, operators, variables with
 * no default) is UNRESOLVED: a scan never guesses a value.
 */
function resolveValue(value, module, depth = 0) {
    if (typeof value !== "string" || !value.includes("${"))
        return value;
    if (depth > references_MAX_DEPTH || value.includes("%{"))
        return references_UNRESOLVED;
    const whole = WHOLE_VARIABLE.exec(value);
    if (whole)
        return references_lookup(whole[1], whole[2], module, depth);
    let unresolved = false;
    const text = value.replace(INTERPOLATION, (match, inner) => {
        const part = /^\s*(var|local)\.([\w-]+)\s*$/.exec(inner);
        const resolved = part ? references_lookup(part[1], part[2], module, depth) : references_UNRESOLVED;
        if (typeof resolved === "string" || typeof resolved === "number" || typeof resolved === "boolean")
            return String(resolved);
        unresolved = true;
        return match;
    });
    return unresolved || text.replace(/\$\$\{/g, "").includes("${") ? references_UNRESOLVED : text;
}
function references_lookup(kind, name, module, depth) {
    if (kind === "var") {
        const body = module.variables.get(name)?.body;
        if (!body || !("default" in body) || body.default === null)
            return references_UNRESOLVED;
        return resolveValue(body.default, module, depth + 1);
    }
    const local = module.locals.get(name);
    return local ? resolveValue(local.value, module, depth + 1) : references_UNRESOLVED;
}
const REFERENCE = /\b(data\.)?([a-z][\w-]*)\.([\w-]+)(?:\[[^\]]*\])?(?:\.([\w-]+))?/g;
const NOT_RESOURCES = new Set(["var", "local", "each", "count", "path", "terraform", "self"]);
/** The resources, data sources and modules an expression refers to, in order. */
function referencesIn(value) {
    if (typeof value !== "string" || !value.includes("${"))
        return [];
    const found = [];
    for (const expression of value.matchAll(/\$\{([\s\S]*?)\}/g)) {
        for (const match of expression[1].matchAll(REFERENCE)) {
            const [, data, type = "", name = "", attribute] = match;
            if (NOT_RESOURCES.has(type))
                continue;
            const address = `${data ? "data." : ""}${type}.${name}`;
            found.push({ address, type, name, ...(attribute ? { attribute } : {}) });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/extract/terraform/fields.ts


const TERRAFORM_FORMAT = "terraform";
/** Reads attributes of one block into an entity, resolving variables and recording each value's origin. */
class FieldReader {
    module;
    entity;
    constructor(module, entity) {
        this.module = module;
        this.entity = entity;
    }
    /**
     * Sets `field` from `body[attribute]` when present. A value that does not resolve or convert is marked
     * unresolved; `skip` values (Terraform's `-1` for "not set") are left out. Returns whether the attribute is set.
     */
    read(field, body, attribute, ref, convert, skip) {
        if (!(attribute in body) || body[attribute] === null)
            return false;
        const at = refAt(ref, attribute);
        const resolved = resolveValue(body[attribute], this.module);
        const value = resolved === references_UNRESOLVED || resolved === null ? undefined : convert(resolved);
        if (value === undefined)
            markUnresolved(this.entity, field, at);
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
    origin(raw, at) {
        const reference = typeof raw === "string" ? /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/.exec(raw) : null;
        if (!reference)
            return { ref: at };
        const [, kind, name] = reference;
        if (kind === "local")
            return { ref: at, note: `from local.${name}` };
        const { call } = this.module;
        const argument = call?.arguments.get(name);
        if (!call || !argument)
            return { ref: at, note: `from the default of var.${name}` };
        return { ref: argument, note: `set by ${call.address} for var.${name} of ${this.module.dir}` };
    }
}

;// CONCATENATED MODULE: ./src/extract/terraform/conditions.ts


const CONDITIONAL = /^\$\{([^?]+)\?\s*(\d+)\s*:\s*(\d+)\s*\}$/;
const COMPARISON = /^(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+)$/;
/**
 * Whether a block is created with the module's defaults: `count = 0`, `count = <condition> ? 1 : 0` whose
 * condition is false, or an empty literal `for_each` mean it is not. Anything that cannot be decided counts
 * as created, so a conditional resource is judged as written.
 */
function isCreated(body, module) {
    if ("for_each" in body) {
        const each = body.for_each;
        if ((Array.isArray(each) && each.length === 0) || (isDict(each) && Object.keys(each).length === 0))
            return false;
    }
    if (!("count" in body))
        return true;
    const count = body.count;
    const literal = asNumber(resolveValue(count, module));
    if (literal !== undefined)
        return literal > 0;
    const conditional = typeof count === "string" ? CONDITIONAL.exec(count.trim()) : null;
    if (!conditional)
        return true;
    const [, condition = "", whenTrue = "1", whenFalse = "1"] = conditional;
    const value = evaluateCondition(condition, module, 0);
    return value === undefined ? true : Number(value ? whenTrue : whenFalse) > 0;
}
/** A conjunction of (negated) booleans and comparisons of variables and locals with literals. */
function evaluateCondition(text, module, depth) {
    if (depth > 4 || /\|\||[()?]/.test(text))
        return undefined;
    let result = true;
    for (const term of text.split("&&")) {
        const value = evaluateTerm(term.trim(), module, depth);
        if (value === undefined)
            return undefined;
        result &&= value;
    }
    return result;
}
function evaluateTerm(term, module, depth) {
    const comparison = COMPARISON.exec(term);
    if (comparison) {
        const [, left = "", operator = "", right = ""] = comparison;
        return compare(operand(left, module, depth), operator, operand(right, module, depth));
    }
    const negated = term.startsWith("!");
    const value = operand(negated ? term.slice(1).trim() : term, module, depth);
    if (typeof value !== "boolean")
        return undefined;
    return negated ? !value : value;
}
function operand(text, module, depth) {
    if (/^(var|local)\.[\w-]+$/.test(text)) {
        const value = resolveValue(`\${${text}}`, module);
        if (value !== references_UNRESOLVED)
            return value;
        const local = text.startsWith("local.") ? module.locals.get(text.slice(6))?.value : undefined;
        const inner = typeof local === "string" ? /^\$\{([\s\S]*)\}$/.exec(local)?.[1] : undefined;
        return inner === undefined ? undefined : evaluateCondition(inner, module, depth + 1);
    }
    if (text === "true" || text === "false")
        return text === "true";
    if (/^-?\d+(\.\d+)?$/.test(text))
        return Number(text);
    const quoted = /^"([^"]*)"$/.exec(text);
    return quoted ? quoted[1] : undefined;
}
function compare(left, operator, right) {
    if (left === undefined || right === undefined || left === null)
        return undefined;
    if (operator === "==")
        return left === right;
    if (operator === "!=")
        return left !== right;
    if (typeof left !== "number" || typeof right !== "number")
        return undefined;
    if (operator === ">")
        return left > right;
    if (operator === "<")
        return left < right;
    if (operator === ">=")
        return left >= right;
    return left <= right;
}

;// CONCATENATED MODULE: ./src/extract/terraform/module.ts





/**
 * The files of one directory are one Terraform module: variables, locals and resources declared in any of them
 * are visible in all. `.tf` files arrive as HCL documents and `.tf.json` files as JSON, in the same shape.
 */
class TerraformModule {
    dir;
    call;
    resources = new Map();
    data = new Map();
    modules = [];
    variables = new Map();
    locals = new Map();
    files = [];
    /**
     * `call` is set on a module as a `module` block instantiates it: its address (`module.exporter`, nested calls
     * joined) names what it creates, and each argument it passes is where that variable's value was set.
     */
    constructor(dir, call) {
        this.dir = dir;
        this.call = call;
    }
    /** The prefix of the addresses this instance creates (`module.exporter.`), empty for a root module. */
    get prefix() {
        return this.call ? `${this.call.address}.` : "";
    }
    /**
     * This module as the caller's `module` block instantiates it: each argument, resolved in the caller, becomes
     * the variable's value (one that cannot be resolved leaves the variable unresolved, not at its default).
     */
    instantiate(caller, block) {
        const address = `${caller.prefix}${block.address}`;
        const instance = new TerraformModule(this.dir, { address, file: block.ref.file, arguments: new Map() });
        for (const [type, list] of this.resources)
            instance.resources.set(type, list);
        for (const [type, list] of this.data)
            instance.data.set(type, list);
        instance.modules.push(...this.modules);
        instance.files.push(...this.files);
        for (const [name, local] of this.locals)
            instance.locals.set(name, local);
        for (const [name, variable] of this.variables) {
            // Passing null means "use the default", as Terraform reads it.
            if (block.body[name] === undefined || block.body[name] === null) {
                instance.variables.set(name, variable);
                continue;
            }
            const { default: _declared, ...rest } = variable.body;
            const value = resolveValue(block.body[name], caller);
            instance.variables.set(name, { ...variable, body: value === references_UNRESOLVED ? rest : { ...rest, default: value } });
            instance.call?.arguments.set(name, refAt(block.ref, name));
        }
        return instance;
    }
    add(file, doc) {
        this.files.push(file);
        const at = (...path) => ({ file, doc: 0, path });
        for (const { labels, body, path } of labelled(doc.resource, 2, ["resource"])) {
            const [type, name] = labels;
            push(this.resources, type, { address: `${type}.${name}`, type, name, body, ref: at(...path) });
        }
        for (const { labels, body, path } of labelled(doc.data, 2, ["data"])) {
            const [type, name] = labels;
            push(this.data, type, { address: `data.${type}.${name}`, type, name, body, ref: at(...path) });
        }
        for (const { labels, body, path } of labelled(doc.module, 1, ["module"])) {
            const name = labels[0];
            this.modules.push({ address: `module.${name}`, type: "module", name, body, ref: at(...path) });
        }
        for (const { labels, body, path } of labelled(doc.variable, 1, ["variable"])) {
            const name = labels[0];
            if (!this.variables.has(name))
                this.variables.set(name, { address: `var.${name}`, type: "variable", name, body, ref: at(...path) });
        }
        for (const { body, path } of blocks(doc, "locals", [])) {
            for (const [name, value] of Object.entries(body)) {
                if (!this.locals.has(name))
                    this.locals.set(name, { value, ref: at(...path, name) });
            }
        }
    }
    /** Every resource of the given types that the module's defaults create (see `isCreated`). */
    all(...types) {
        return this.created(types.flatMap((type) => this.resources.get(type) ?? []));
    }
    /** Data sources of a type, likewise. */
    dataSources(type) {
        return this.created(this.data.get(type) ?? []);
    }
    created(blocks) {
        return blocks.filter((block) => isCreated(block.body, this));
    }
    find(address) {
        const [type, name] = address.split(".");
        return (this.resources.get(type ?? "") ?? []).find((block) => block.name === name);
    }
}
function moduleDirOf(file) {
    return external_node_path_.posix.dirname(file);
}
function push(map, key, block) {
    const list = map.get(key);
    if (list)
        list.push(block);
    else
        map.set(key, [block]);
}
/**
 * Blocks nested `depth` labels deep. HCL documents nest one object per label; `.tf.json` may also wrap any level
 * in a list (`"resource": [{ \u2026 }]`, `"api": [{ \u2026 }]`).
 */
function labelled(value, depth, path) {
    if (Array.isArray(value))
        return value.flatMap((item, index) => labelled(item, depth, [...path, index]));
    if (!isDict(value))
        return [];
    if (depth === 0)
        return [{ labels: [], body: value, path }];
    return Object.entries(value).flatMap(([label, inner]) => labelled(inner, depth - 1, [...path, label]).map((found) => ({ ...found, labels: [label, ...found.labels] })));
}
/** The nested blocks called `name` in a body: a list in HCL (`tracing_config[0]`), a list or an object in JSON. */
function blocks(body, name, path) {
    const value = body[name];
    if (isDict(value))
        return [{ body: value, path: [...path, name] }];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => (isDict(item) ? [{ body: item, path: [...path, name, index] }] : []));
}
/** A dynamic block of that name makes its content unknown. */
function hasDynamic(body, name) {
    const dynamic = body.dynamic;
    if (isDict(dynamic))
        return name in dynamic;
    return Array.isArray(dynamic) && dynamic.some((item) => isDict(item) && name in item);
}

;// CONCATENATED MODULE: ./src/extract/terraform/functions.ts





const functions_LAMBDA_DEFAULT_TIMEOUT = 3;
/** A function entity named by its resolved `function_name`, else by its Terraform address. */
function newFunction(block, module, nameAttribute) {
    const resolved = resolveValue(nameAttribute, module);
    const address = `${module.prefix}${block.address}`;
    const name = typeof resolved === "string" && resolved !== "" ? resolved : address;
    return createEntity({
        kind: "function",
        name,
        platform: "aws-lambda",
        format: TERRAFORM_FORMAT,
        ref: block.ref,
        qualifier: address,
    }, { triggers: [] });
}
/** `aws_lambda_function`: its own settings; triggers, log groups and destinations are joined later. */
function lambdaFunction(block, module) {
    const { body, ref } = block;
    const fn = newFunction(block, module, body.function_name);
    const reader = new FieldReader(module, fn);
    if (!reader.read("timeout", body, "timeout", ref, asNumber)) {
        const note = `timeout not set: the Lambda default of ${functions_LAMBDA_DEFAULT_TIMEOUT} s applies`;
        setField(fn, "timeout", functions_LAMBDA_DEFAULT_TIMEOUT, ref, note);
    }
    reader.read("memory", body, "memory_size", ref, asNumber);
    reader.read("runtime", body, "runtime", ref, asString);
    reader.read("reservedConcurrency", body, "reserved_concurrent_executions", ref, asNumber, -1);
    const tracing = nestedBlock(body, "tracing_config", ref);
    if (tracing)
        reader.read("tracing", tracing.body, "mode", tracing.ref, (mode) => isActive(mode));
    else if (hasDynamic(body, "tracing_config"))
        markUnresolved(fn, "tracing", refAt(ref, "dynamic", "tracing_config"));
    const deadLetter = nestedBlock(body, "dead_letter_config", ref);
    if (deadLetter)
        setField(fn, "failureDestination", true, deadLetter.ref);
    else if (hasDynamic(body, "dead_letter_config"))
        markUnresolved(fn, "failureDestination", refAt(ref, "dynamic", "dead_letter_config"));
    const snapStart = nestedBlock(body, "snap_start", ref);
    if (snapStart)
        reader.read("snapStart", snapStart.body, "apply_on", snapStart.ref, (v) => v === "PublishedVersions");
    return fn;
}
function isActive(mode) {
    const text = asString(mode);
    return text === undefined ? undefined : text.toLowerCase() === "active";
}
/** The first nested block of that name, with its reference. */
function nestedBlock(body, name, ref) {
    const first = blocks(body, name, [...ref.path])[0];
    return first ? { body: first.body, ref: { ...ref, path: first.path } } : undefined;
}
/** A literal (or variable-resolved) string, else undefined. */
function literal(value, module) {
    const resolved = resolveValue(value, module);
    return resolved === references_UNRESOLVED ? undefined : asString(resolved);
}

;// CONCATENATED MODULE: ./src/extract/terraform/ecs.ts








const ecs_ECS_DIMENSION = "ecs:service:DesiredCount";
const TARGET_GROUPS = ["aws_lb_target_group", "aws_alb_target_group"];
/**
 * `aws_ecs_service` with the task definition, target groups and ECR repositories of its module, and the
 * `aws_appautoscaling_target` / `aws_appautoscaling_policy` pairs that scale it. Container definitions are read
 * from `jsonencode(\u2026)`, a JSON string (heredoc), a local or variable, or a JSON file of the scan read by
 * `file()` / `templatefile()`.
 */
function ecsServices(module, sink, files) {
    const services = module.all("aws_ecs_service");
    if (services.length === 0)
        return;
    const reader = moduleReader(module);
    const workloads = new Map();
    for (const block of services) {
        const workload = ecsWorkload(ecsService(block, module, reader, files));
        workloads.set(block.address, workload);
        sink.entity(workload);
    }
    for (const block of module.all("aws_appautoscaling_target")) {
        const autoscaler = scalingTarget(block, module, reader, workloads);
        if (autoscaler)
            sink.entity(autoscaler);
    }
}
function moduleReader(module) {
    return {
        value: (raw) => {
            const value = resolveValue(raw, module);
            return value === references_UNRESOLVED || value === null ? undefined : value;
        },
        text: (raw) => (typeof raw === "string" ? raw : asString(raw)),
        note: (raw) => {
            const variable = typeof raw === "string" ? /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/.exec(raw) : null;
            if (!variable)
                return undefined;
            return variable[1] === "local" ? `from local.${variable[2]}` : `from the default of var.${variable[2]}`;
        },
    };
}
/** Values of a file `templatefile()` renders: its own `${\u2026}` placeholders are not known here. */
const fileReader = {
    value: (raw) => (typeof raw === "string" && raw.includes("${") ? undefined : raw),
    text: (raw) => (typeof raw === "string" ? raw : asString(raw)),
};
function ecsService(block, module, reader, files) {
    const { body, ref } = block;
    const address = `${module.prefix}${block.address}`;
    const taskAddress = referencesIn(body.task_definition).find((r) => r.type === "aws_ecs_task_definition")?.address;
    const taskBlock = taskAddress ? module.find(taskAddress) : undefined;
    const service = {
        name: literal(body.name, module) ?? address,
        qualifier: address,
        format: TERRAFORM_FORMAT,
        ref,
        reader,
        daemon: reader.value(body.scheduling_strategy) === "DAEMON",
        loadBalancers: ecs_loadBalancers(block, module, reader),
        securityGroups: ecs_securityGroups(block),
    };
    if (body.desired_count !== undefined && body.desired_count !== null)
        service.desiredCount = { raw: body.desired_count, ref: refAt(ref, "desired_count") };
    const ignored = ignoresDesiredCount(block);
    if (ignored)
        service.desiredCountIgnored = ignored;
    const launchType = asString(reader.value(body.launch_type));
    if (launchType)
        service.launchType = launchType;
    else if (body.capacity_provider_strategy !== undefined)
        service.launchType = "capacity-provider";
    if (taskBlock)
        service.task = ecs_taskDefinition(taskBlock, module, reader, files);
    else if (body.task_definition !== undefined)
        service.taskUnknown = refAt(ref, "task_definition");
    const network = nestedBlock(body, "network_configuration", ref);
    if (network && asBoolean(reader.value(network.body.assign_public_ip)) === true)
        service.publicIp = true;
    const discovery = ecs_discoveryRef(block, reader);
    if (discovery)
        service.discovery = discovery;
    return service;
}
/** `lifecycle { ignore_changes = [desired_count] }` (or `all`): where it says so. */
function ignoresDesiredCount(block) {
    const lifecycle = nestedBlock(block.body, "lifecycle", block.ref);
    const ignored = lifecycle?.body.ignore_changes;
    if (!lifecycle || ignored === undefined)
        return undefined;
    const names = (Array.isArray(ignored) ? ignored : [ignored]).map((item) => typeof item === "string" ? item.replace(/^\$\{\s*|\s*\}$/g, "") : "");
    return names.includes("desired_count") || names.includes("all") ? refAt(lifecycle.ref, "ignore_changes") : undefined;
}
function ecs_taskDefinition(block, module, reader, files) {
    const { body, ref } = block;
    const repositories = (raw) => referencesIn(raw).find((r) => r.type === "aws_ecr_repository" && module.find(r.address))?.address;
    const volumes = blocks(body, "volume", []);
    const task = {
        ref,
        containers: [],
        persistentVolume: volumes.some((volume) => volume.body.efs_volume_configuration !== undefined),
        ecrRepository: (raw) => {
            const address = repositories(raw);
            return address ? `ECR repository ${module.prefix}${address}` : undefined;
        },
    };
    if (body.cpu !== undefined)
        task.cpu = { raw: body.cpu, ref: refAt(ref, "cpu") };
    if (body.memory !== undefined)
        task.memory = { raw: body.memory, ref: refAt(ref, "memory") };
    const definitions = containerDefinitions(body.container_definitions, refAt(ref, "container_definitions"), module, reader, files);
    if (definitions)
        task.containers = definitions;
    else if (body.container_definitions !== undefined)
        task.containersUnknown = refAt(ref, "container_definitions");
    return task;
}
function containerDefinitions(raw, ref, module, reader, files) {
    const list = (items, at, with_) => Array.isArray(items)
        ? items.flatMap((body, index) => (isDict(body) ? [{ body, ref: at(index), reader: with_ }] : []))
        : undefined;
    if (Array.isArray(raw))
        return list(raw, (index) => refAt(ref, index), reader);
    const path = fileCallPath(raw, module.dir);
    if (path) {
        const file = files.get(path);
        return file
            ? list(file.definitions, (index) => ({ file: file.path, doc: 0, path: [index] }), fileReader)
            : undefined;
    }
    const local = typeof raw === "string" ? /^\$\{\s*local\.([\w-]+)\s*\}$/.exec(raw) : null;
    const declared = local ? module.locals.get(local[1]) : undefined;
    if (declared && Array.isArray(declared.value))
        return list(declared.value, (index) => refAt(declared.ref, index), reader);
    const value = reader.value(raw);
    if (Array.isArray(value))
        return list(value, () => ref, reader);
    if (typeof raw !== "string")
        return undefined;
    // A heredoc or a quoted JSON string; interpolations inside its strings are resolved value by value.
    const text = typeof value === "string" ? value : raw;
    try {
        return list(JSON.parse(text), (index) => refAt(ref, index), reader);
    }
    catch {
        return undefined;
    }
}
function ecs_loadBalancers(block, module, reader) {
    return blocks(block.body, "load_balancer", [...block.ref.path]).map(({ body, path }) => {
        const found = { ref: { ...block.ref, path } };
        const container = asString(reader.value(body.container_name));
        if (container)
            found.container = container;
        const reference = referencesIn(body.target_group_arn).find((r) => TARGET_GROUPS.includes(r.type));
        const group = reference ? module.find(reference.address) : undefined;
        if (group) {
            found.targetGroup = `${module.prefix}${group.address}`;
            const check = nestedBlock(group.body, "health_check", group.ref);
            const enabled = check?.body.enabled;
            const off = enabled !== undefined && asBoolean(reader.value(enabled)) === false;
            found.healthCheck = !off;
            found.healthCheckRef = check ? refAt(check.ref, ...(enabled !== undefined ? ["enabled"] : [])) : group.ref;
        }
        else if (body.elb_name !== undefined)
            found.healthCheck = true; // a Classic Load Balancer always checks
        return found;
    });
}
function ecs_discoveryRef(block, reader) {
    const registries = nestedBlock(block.body, "service_registries", block.ref);
    if (registries)
        return registries.ref;
    const connect = nestedBlock(block.body, "service_connect_configuration", block.ref);
    return connect && asBoolean(reader.value(connect.body.enabled)) !== false ? connect.ref : undefined;
}
function ecs_securityGroups(block) {
    const network = nestedBlock(block.body, "network_configuration", block.ref);
    const groups = network?.body.security_groups;
    if (!Array.isArray(groups))
        return [];
    return groups.flatMap((group) => {
        const reference = referencesIn(group)[0];
        if (reference)
            return [reference.address];
        return typeof group === "string" ? [group] : [];
    });
}
function scalingTarget(block, module, reader, workloads) {
    const { body, ref } = block;
    if (reader.value(body.scalable_dimension) !== ecs_ECS_DIMENSION)
        return undefined;
    const workload = ecs_scaledService(body.resource_id, reader, workloads);
    if (!workload)
        return undefined;
    const address = `${module.prefix}${block.address}`;
    const policies = module
        .all("aws_appautoscaling_policy")
        .filter((policy) => referencesIn(policy.body.resource_id).some((r) => r.address === block.address) ||
        (typeof body.resource_id === "string" && policy.body.resource_id === body.resource_id))
        .map(ecs_scalingPolicy);
    return ecsAutoscaler({
        name: address,
        qualifier: address,
        format: TERRAFORM_FORMAT,
        ref,
        reader,
        workload,
        targetRef: refAt(ref, "resource_id"),
        policies,
        ...(body.min_capacity === undefined
            ? {}
            : { minCapacity: { raw: body.min_capacity, ref: refAt(ref, "min_capacity") } }),
        ...(body.max_capacity === undefined
            ? {}
            : { maxCapacity: { raw: body.max_capacity, ref: refAt(ref, "max_capacity") } }),
    });
}
/** The service a `resource_id` names: by reference (`aws_ecs_service.app.name`), else `service/<cluster>/<name>`. */
function ecs_scaledService(raw, reader, workloads) {
    for (const reference of referencesIn(raw)) {
        const workload = workloads.get(reference.address);
        if (workload)
            return workload;
    }
    const name = /^service\/[^/]+\/([^/]+)$/.exec(asString(reader.value(raw)) ?? "")?.[1];
    return name ? [...workloads.values()].find((w) => w.name === name) : undefined;
}
function ecs_scalingPolicy(block) {
    const tracking = nestedBlock(block.body, "target_tracking_scaling_policy_configuration", block.ref);
    const predefined = tracking ? nestedBlock(tracking.body, "predefined_metric_specification", tracking.ref) : undefined;
    const found = { ref: tracking?.ref ?? block.ref, targetValue: tracking?.body.target_value };
    const type = asString(block.body.policy_type);
    found.type = type ?? "StepScaling";
    const metric = predefined ? asString(predefined.body.predefined_metric_type) : undefined;
    if (metric)
        found.predefinedMetric = metric;
    return found;
}

;// CONCATENATED MODULE: ./src/extract/terraform/function-index.ts



/** The functions of one module, found from the attributes that name them in other resources. */
class FunctionIndex {
    module;
    byAddress = new Map();
    byName = new Map();
    constructor(module) {
        this.module = module;
    }
    add(address, fn) {
        this.byAddress.set(address, fn);
        if (!this.byName.has(fn.name))
            this.byName.set(fn.name, fn);
    }
    all() {
        return [...this.byAddress.values()];
    }
    /**
     * The function a value names: a reference to an `aws_lambda_function` or lambda module (any attribute: arn,
     * invoke_arn, function_name), to an alias of one, or its literal name or ARN.
     */
    find(value, depth = 0) {
        for (const reference of referencesIn(value)) {
            const direct = this.byAddress.get(reference.address);
            if (direct)
                return direct;
            const alias = reference.type === "aws_lambda_alias" ? this.module.find(reference.address) : undefined;
            if (alias && depth < 3)
                return this.find(alias.body.function_name, depth + 1);
        }
        const text = literal(value, this.module);
        if (!text)
            return undefined;
        return this.byName.get(/:function:([^:]+)/.exec(text)?.[1] ?? text);
    }
}
/** Appends a trigger and records the resource that declares it as the trigger's origin. */
function function_index_addTrigger(fn, trigger, ref) {
    recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref });
    fn.triggers.push(trigger);
}

;// CONCATENATED MODULE: ./src/extract/terraform/function-settings.ts





/** Settings declared in resources of their own: provisioned concurrency, async on-failure, log group retention. */
function joinSettings(module, functions) {
    for (const block of module.all("aws_lambda_provisioned_concurrency_config")) {
        const fn = functions.find(block.body.function_name);
        if (fn) {
            const reader = new FieldReader(module, fn);
            reader.read("provisionedConcurrency", block.body, "provisioned_concurrent_executions", block.ref, asNumber);
        }
    }
    for (const block of module.all("aws_lambda_function_event_invoke_config")) {
        const fn = functions.find(block.body.function_name);
        const destination = nestedBlock(block.body, "destination_config", block.ref);
        const onFailure = destination ? nestedBlock(destination.body, "on_failure", destination.ref) : undefined;
        if (fn && onFailure)
            setField(fn, "failureDestination", true, onFailure.ref);
    }
    for (const block of module.all("aws_cloudwatch_log_group")) {
        const fn = loggedFunction(block, module, functions);
        if (fn)
            new FieldReader(module, fn).read("logRetentionDays", block.body, "retention_in_days", block.ref, positive, 0);
    }
}
const positive = (value) => {
    const days = asNumber(value);
    return days === undefined ? undefined : Math.max(days, 0);
};
/**
 * The function a log group belongs to: named `/aws/lambda/${aws_lambda_function.x.function_name}` (or a literal
 * `/aws/lambda/<name>`), or named in the function's own `logging_config.log_group`.
 */
function loggedFunction(group, module, functions) {
    const name = group.body.name;
    if (typeof name === "string" && name.startsWith("/aws/lambda/")) {
        const byReference = functions.find(name);
        if (byReference)
            return byReference;
        const text = literal(name, module);
        if (text)
            return functions.find(text.slice("/aws/lambda/".length));
    }
    for (const fn of module.all("aws_lambda_function")) {
        const logging = nestedBlock(fn.body, "logging_config", fn.ref);
        const named = referencesIn(logging?.body.log_group).some((r) => r.address === group.address);
        if (named)
            return functions.find(`\${${fn.address}.arn}`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/terraform/iam.ts




const POLICY_RESOURCES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"];
/**
 * IAM statements: JSON policy documents in `policy` attributes (a heredoc, a JSON string or `jsonencode({\u2026})`),
 * a role's `inline_policy` blocks, and `aws_iam_policy_document` data sources. Each statement points at its own
 * line, inside a heredoc too. Statements with `NotAction` or without an `Effect` are not judged.
 */
function iamStatements(module, sink) {
    for (const block of module.all(...POLICY_RESOURCES)) {
        iam_documentStatements(block.body.policy, refAt(block.ref, "policy"), block.address, sink);
    }
    for (const block of module.all("aws_iam_role")) {
        for (const inline of blocks(block.body, "inline_policy", [...block.ref.path])) {
            const ref = { ...block.ref, path: [...inline.path, "policy"] };
            iam_documentStatements(inline.body.policy, ref, block.address, sink);
        }
    }
    const documents = module.dataSources("aws_iam_policy_document");
    const users = documents.length ? possibleUsers(module) : [];
    for (const block of documents) {
        if (onlyUsedByAbsent(block, users, module))
            continue;
        for (const statement of blocks(block.body, "statement", [...block.ref.path])) {
            const { body } = statement;
            if ("not_actions" in body)
                continue;
            sink.statement({
                owner: block.address,
                effect: asString(body.effect) ?? "Allow",
                actions: strings(body.actions),
                resources: strings(body.resources),
                ref: { ...block.ref, path: statement.path },
            });
        }
    }
}
/**
 * A policy document that only blocks the module's defaults do not create refer to (`count = 0`, a false
 * condition) is never attached: not judged. One that nothing in the module uses may be an output: judged.
 */
function onlyUsedByAbsent(document, candidates, module) {
    const reference = new RegExp(`\\b${document.address.replace(/\./g, "\\.")}\\b(?!-)`);
    const users = candidates.filter(({ text }) => reference.test(text)).map(({ block }) => block);
    return users.length > 0 && module.created(users).length === 0;
}
/** Every resource and module call with its body as text, written once per module rather than once per document. */
function possibleUsers(module) {
    return [...module.resources.values(), module.modules]
        .flat()
        .map((block) => ({ block, text: JSON.stringify(block.body) }));
}
function iam_documentStatements(policy, ref, owner, sink) {
    plainDocumentStatements(typeof policy === "string" ? parseJsonDocument(policy) : policy, ref, owner, sink);
}

;// CONCATENATED MODULE: ./src/extract/terraform/queues.ts





const SQS_DEFAULT_VISIBILITY = 30;
/**
 * The key a trigger's `sourceKey` and a queue's `keys` share: `tf:<module dir>#aws_sqs_queue.name`, the address
 * prefixed by the module call that instantiates it.
 */
function queues_queueKey(module, address) {
    return `tf:${module.dir}#${module.prefix}${address}`;
}
/** `aws_sqs_queue` resources, with their visibility timeout (default 30 s) and whether a redrive policy exists. */
function queues(module) {
    const redriven = new Set(module.all("aws_sqs_queue_redrive_policy").flatMap((b) => referencesIn(b.body.queue_url).map((r) => r.address)));
    return module.all("aws_sqs_queue").map((block) => {
        const { body, ref } = block;
        const queue = createEntity({
            kind: "queue",
            name: literal(body.name, module) ?? `${module.prefix}${block.address}`,
            platform: "aws-sqs",
            format: TERRAFORM_FORMAT,
            ref,
            qualifier: `${module.prefix}${block.address}`,
        }, { keys: [queues_queueKey(module, block.address)] });
        const reader = new FieldReader(module, queue);
        if (!reader.read("visibilityTimeout", body, "visibility_timeout_seconds", ref, asNumber)) {
            const note = `visibility_timeout_seconds not set: the SQS default of ${SQS_DEFAULT_VISIBILITY} s applies`;
            setField(queue, "visibilityTimeout", SQS_DEFAULT_VISIBILITY, ref, note);
        }
        const redrive = body.redrive_policy != null && body.redrive_policy !== "";
        setField(queue, "hasRedrive", redrive || redriven.has(block.address), redrive ? refAt(ref, "redrive_policy") : ref);
        return queue;
    });
}

;// CONCATENATED MODULE: ./src/extract/terraform/triggers.ts






const SOURCE_KINDS = {
    aws_sqs_queue: "queue",
    aws_mq_broker: "queue",
    aws_kinesis_stream: "stream",
    aws_dynamodb_table: "stream",
    aws_msk_cluster: "stream",
    aws_msk_serverless_cluster: "stream",
    aws_docdb_cluster: "stream",
};
const ARN_KINDS = [
    [/^arn:[\w-]+:sqs:/, "queue"],
    [/^arn:[\w-]+:mq:/, "queue"],
    [/^arn:[\w-]+:(kinesis|dynamodb|kafka):/, "stream"],
];
/**
 * An event source mapping as a trigger: the kind from what `event_source_arn` names (an SQS queue reference
 * joins the queue entity through `sourceKey`), `scaling_config.maximum_concurrency`, and the on-failure
 * destination. Serves the resource and the lambda module's `event_source_mapping` entries alike.
 */
function eventSourceTrigger(body, ref, module) {
    const source = body.event_source_arn;
    const reference = referencesIn(source)[0];
    const trigger = { kind: "other", type: "aws_lambda_event_source_mapping" };
    if (source !== undefined)
        trigger.source = source;
    if (reference) {
        trigger.kind = own(SOURCE_KINDS, reference.type) ?? "other";
        if (reference.type === "aws_sqs_queue")
            trigger.sourceKey = queues_queueKey(module, reference.address);
    }
    else {
        const arn = literal(source, module);
        trigger.kind = ARN_KINDS.find(([pattern]) => arn && pattern.test(arn))?.[1] ?? "other";
        if (arn && trigger.kind === "queue")
            trigger.sourceKey = arn;
    }
    if ("self_managed_event_source" in body)
        trigger.kind = "stream";
    const scaling = nestedBlock(body, "scaling_config", ref);
    const maximum = scaling ? asNumber(resolveValue(scaling.body.maximum_concurrency, module)) : undefined;
    if (maximum !== undefined)
        trigger.maximumConcurrency = maximum;
    const destination = nestedBlock(body, "destination_config", ref);
    const onFailure = destination ? nestedBlock(destination.body, "on_failure", destination.ref) : undefined;
    let failureRef = onFailure?.ref;
    if (!failureRef && body.destination_arn_on_failure != null)
        failureRef = refAt(ref, "destination_arn_on_failure");
    return { trigger, failureRef };
}
/** Resources that invoke functions: event source mappings, API Gateway integrations, URLs, SNS, EventBridge, S3. */
function joinTriggers(module, functions) {
    for (const block of module.all("aws_lambda_event_source_mapping")) {
        const fn = functions.find(block.body.function_name);
        if (!fn)
            continue;
        const { trigger, failureRef } = eventSourceTrigger(block.body, block.ref, module);
        function_index_addTrigger(fn, trigger, block.ref);
        if (failureRef)
            setField(fn, "failureDestination", true, failureRef);
    }
    for (const block of module.all("aws_api_gateway_integration")) {
        const fn = functions.find(block.body.uri);
        if (fn)
            function_index_addTrigger(fn, httpTrigger("http-rest", block.body, module, block.type), block.ref);
    }
    for (const block of module.all("aws_apigatewayv2_integration")) {
        const fn = functions.find(block.body.integration_uri);
        if (!fn)
            continue;
        const api = referencesIn(block.body.api_id).map((r) => module.find(r.address))[0];
        const websocket = literal(api?.body.protocol_type, module)?.toUpperCase() === "WEBSOCKET";
        function_index_addTrigger(fn, httpTrigger(websocket ? "http-other" : "http-api", block.body, module, block.type), block.ref);
    }
    for (const block of module.all("aws_lambda_function_url")) {
        const fn = functions.find(block.body.function_name);
        if (fn)
            function_index_addTrigger(fn, { kind: "http-other", type: block.type, synchronous: true }, block.ref);
    }
    for (const block of module.all("aws_sns_topic_subscription")) {
        const fn = literal(block.body.protocol, module) === "lambda" ? functions.find(block.body.endpoint) : undefined;
        if (fn)
            function_index_addTrigger(fn, { kind: "pubsub", type: block.type, source: block.body.topic_arn }, block.ref);
    }
    for (const block of module.all("aws_cloudwatch_event_target")) {
        const fn = functions.find(block.body.arn);
        if (!fn)
            continue;
        const rule = referencesIn(block.body.rule).map((r) => module.find(r.address))[0];
        function_index_addTrigger(fn, scheduleOrEvent(rule?.body.schedule_expression, module, block.type), block.ref);
    }
    for (const block of module.all("aws_scheduler_schedule")) {
        const target = nestedBlock(block.body, "target", block.ref);
        const fn = target ? functions.find(target.body.arn) : undefined;
        if (fn)
            function_index_addTrigger(fn, scheduleOrEvent(block.body.schedule_expression, module, block.type), block.ref);
    }
    for (const block of module.all("aws_s3_bucket_notification")) {
        const notifications = block.body.lambda_function;
        const list = Array.isArray(notifications) ? notifications : [notifications];
        list.forEach((notification, index) => {
            const fn = isDict(notification) ? functions.find(notification.lambda_function_arn) : undefined;
            const at = Array.isArray(notifications) ? refAt(block.ref, "lambda_function", index) : block.ref;
            if (fn)
                function_index_addTrigger(fn, { kind: "storage", type: block.type, source: block.body.bucket }, at);
        });
    }
}
function httpTrigger(kind, body, module, type) {
    const trigger = { kind, type, synchronous: !invokedAsynchronously(body, module) };
    const timeout = asNumber(resolveValue(body.timeout_milliseconds, module));
    if (timeout !== undefined)
        trigger.timeoutMilliseconds = timeout;
    return trigger;
}
/** REST integrations may ask Lambda for an `Event` (asynchronous) invocation through a request header. */
function invokedAsynchronously(body, module) {
    const parameters = resolveValue(body.request_parameters, module);
    if (!isDict(parameters))
        return false;
    return parameters["integration.request.header.X-Amz-Invocation-Type"] === "'Event'";
}
function scheduleOrEvent(expression, module, type) {
    if (expression == null)
        return { kind: "event-bus", type };
    const trigger = { kind: "schedule", type };
    const schedule = literal(expression, module);
    if (schedule)
        trigger.schedule = schedule;
    return trigger;
}

;// CONCATENATED MODULE: ./src/extract/terraform/lambda-module.ts







/** The registry module (`terraform-aws-modules/lambda/aws`) or its Git source, not its submodules (`//modules/\u2026`). */
const LAMBDA_MODULE_SOURCE = /^((registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws|(git::)?(https:\/\/|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-lambda(\.git)?)(\?.*)?$/;
/** `allowed_triggers` entries name a service; what kind of event that service sends. */
const SERVICE_KINDS = {
    apigateway: "http-other",
    elasticloadbalancing: "http-other",
    sns: "pubsub",
    s3: "storage",
    events: "event-bus",
    scheduler: "schedule",
};
/** Whether the module block declares a function (not a layer, not switched off). */
function isLambdaModule(block, module) {
    const source = literal(block.body.source, module);
    if (!source || !LAMBDA_MODULE_SOURCE.test(source))
        return false;
    const create = (name) => asBoolean(resolveValue(block.body[name], module));
    return create("create") !== false && create("create_function") !== false && create("create_layer") !== true;
}
/**
 * A function declared through terraform-aws-modules/lambda. Its defaults (variables.tf of the module): timeout
 * 3 s, reserved and provisioned concurrency -1 (unset), tracing_mode null (no active tracing),
 * cloudwatch_logs_retention_in_days null (the log group it creates never expires), snap_start false.
 */
function lambdaModuleFunction(block, module) {
    const { body, ref } = block;
    const fn = newFunction(block, module, body.function_name);
    const reader = new FieldReader(module, fn);
    if (!reader.read("timeout", body, "timeout", ref, asNumber)) {
        const note = `timeout not set: the terraform-aws-modules/lambda default of ${functions_LAMBDA_DEFAULT_TIMEOUT} s applies`;
        setField(fn, "timeout", functions_LAMBDA_DEFAULT_TIMEOUT, ref, note);
    }
    reader.read("memory", body, "memory_size", ref, asNumber);
    reader.read("runtime", body, "runtime", ref, asString);
    reader.read("reservedConcurrency", body, "reserved_concurrent_executions", ref, asNumber, -1);
    reader.read("provisionedConcurrency", body, "provisioned_concurrent_executions", ref, asNumber, -1);
    reader.read("tracing", body, "tracing_mode", ref, isActive);
    reader.read("snapStart", body, "snap_start", ref, asBoolean, false);
    if (asBoolean(resolveValue(body.use_existing_cloudwatch_log_group, module)) === true) {
        markUnresolved(fn, "logRetentionDays", refAt(ref, "use_existing_cloudwatch_log_group"));
    }
    else
        reader.read("logRetentionDays", body, "cloudwatch_logs_retention_in_days", ref, asNumber, 0);
    if (body.dead_letter_target_arn != null)
        setField(fn, "failureDestination", true, refAt(ref, "dead_letter_target_arn"));
    const asyncConfig = asBoolean(resolveValue(body.create_async_event_config, module)) === true;
    if (asyncConfig && body.destination_on_failure != null)
        setField(fn, "failureDestination", true, refAt(ref, "destination_on_failure"));
    addModuleTriggers(fn, block, module);
    return fn;
}
function addModuleTriggers(fn, block, module) {
    const { body, ref } = block;
    for (const [key, entry, path] of namedEntries(resolveValue(body.event_source_mapping, module))) {
        if (!isDict(entry))
            continue;
        const at = refAt(ref, "event_source_mapping", ...path);
        const { trigger, failureRef } = eventSourceTrigger(entry, at, module);
        function_index_addTrigger(fn, { ...trigger, type: `event_source_mapping.${key}` }, at);
        if (failureRef)
            setField(fn, "failureDestination", true, failureRef);
    }
    for (const [key, entry, path] of namedEntries(resolveValue(body.allowed_triggers, module))) {
        if (!isDict(entry))
            continue;
        const service = literal(entry.service, module) ?? literal(entry.principal, module)?.split(".")[0];
        const kind = own(SERVICE_KINDS, service) ?? "other";
        const trigger = { kind, type: `allowed_triggers.${key}` };
        if (kind === "http-other")
            trigger.synchronous = true;
        function_index_addTrigger(fn, trigger, refAt(ref, "allowed_triggers", ...path));
    }
}

;// CONCATENATED MODULE: ./src/extract/terraform/local-modules.ts


/** Local module calls deeper than this are a cycle (a module that calls itself through a path), not a design. */
const MAX_NESTING = 8;
/** The directory a `module` block's local `source` (`./modules/lambda`, `../../`) names, relative to the root. */
function localSource(block, caller) {
    const source = literal(block.body.source, caller);
    if (!source || !/^\.\.?(\/|$)/.test(source))
        return undefined;
    const dir = external_node_path_.posix.normalize(external_node_path_.posix.join(caller.dir, source)).replace(/\/$/, "");
    return dir.startsWith("../") || dir === ".." ? undefined : dir;
}
/**
 * The module instances a scan judges. A directory that some `module` block calls with a local source is judged
 * as each call instantiates it (a call that is not created, `count = 0`, instantiates nothing); every other
 * directory is a root module, judged with its variables' defaults.
 */
function moduleInstances(modules) {
    const called = new Set();
    for (const module of modules.values()) {
        for (const block of module.modules) {
            const dir = localSource(block, module);
            if (dir !== undefined && modules.has(dir))
                called.add(dir);
        }
    }
    const instances = [];
    const visit = (module, depth) => {
        instances.push(module);
        if (depth >= MAX_NESTING)
            return;
        for (const block of module.created(module.modules)) {
            const dir = localSource(block, module);
            const target = dir === undefined ? undefined : modules.get(dir);
            if (target)
                visit(target.instantiate(module, block), depth + 1);
        }
    };
    for (const module of modules.values())
        if (!called.has(module.dir))
            visit(module, 0);
    return instances;
}

;// CONCATENATED MODULE: ./src/extract/terraform/adapter.ts













function isTerraformFile(file) {
    return ((file.format === "hcl" && file.path.endsWith(".tf")) || (file.format === "json" && file.path.endsWith(".tf.json")));
}
/**
 * Terraform: every `.tf` / `.tf.json` file of a directory joins that directory's module; entities are built in
 * `finish`, once variables, locals and every resource they refer to are known.
 */
const terraform = {
    name: TERRAFORM_FORMAT,
    create: () => {
        const modules = new Map();
        const containerFiles = new ContainerDefinitionFiles();
        return {
            extract(file) {
                containerFiles.add(file);
                const doc = file.documents[0];
                if (!isTerraformFile(file) || !isDict(doc))
                    return;
                const dir = moduleDirOf(file.path);
                const module = modules.get(dir) ?? new TerraformModule(dir);
                modules.set(dir, module);
                module.add(file.path, doc);
            },
            finish(sink, guard) {
                // A module's IAM statements are the same text whichever call instantiates it: judged once.
                const judged = new Set();
                for (const instance of moduleInstances(modules)) {
                    const statements = !judged.has(instance.dir);
                    judged.add(instance.dir);
                    guard(instance.files[0] ?? "", () => extractModule(instance, sink, statements, containerFiles));
                }
            },
        };
    },
};
function extractModule(module, sink, statements, containerFiles) {
    const functions = new FunctionIndex(module);
    for (const block of module.all("aws_lambda_function"))
        functions.add(block.address, lambdaFunction(block, module));
    for (const block of module.created(module.modules)) {
        if (isLambdaModule(block, module))
            functions.add(block.address, lambdaModuleFunction(block, module));
    }
    const queueEntities = queues(module);
    joinTriggers(module, functions);
    joinSettings(module, functions);
    for (const fn of functions.all())
        sink.entity(fn);
    for (const queue of queueEntities)
        sink.entity(queue);
    ecsServices(module, sink, containerFiles);
    if (statements)
        iamStatements(module, sink);
}

;// CONCATENATED MODULE: ./src/extract/adapters.ts
















registerParser("hcl", parseHcl);
/** Every format archlint reads; each adapter decides from a file's path and content whether it is its own. */
const ADAPTERS = [
    serverlessFramework,
    cloudFormation,
    terraform,
    policyDocuments,
    azureFunctions,
    knative,
    kubernetes,
    composeFiles,
    helmCharts,
    observabilityEvidence,
    infrastructureEvidence,
    deliveryEvidence,
    ownershipEvidence,
    buildEvidence,
];

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
        this.adapters = factories.map((factory) => ({
            name: factory.name,
            adapter: factory.create(),
            readsScripts: factory.readsScripts === true,
        }));
    }
    add(file) {
        for (const { name, adapter, readsScripts } of this.adapters) {
            if (file.format === "script" && !readsScripts)
                continue;
            this.guard(name, file.path, () => adapter.extract(file, this.sink));
        }
    }
    finish() {
        for (const { name, adapter } of this.adapters) {
            const guard = (file, work) => this.guard(name, file, work);
            guard("", () => adapter.finish?.(this.sink, guard));
        }
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

;// CONCATENATED MODULE: ./src/link/unseen.ts




/**
 * Where objects may exist that archlint cannot read: the kinds a Helm chart's (never rendered) templates declare,
 * and any kind from a values file for a chart the scan does not hold (`helm install -f values.yaml`). Each
 * applies to the files below the chart's (or values file's) parent folder, its sibling deployment files. A
 * cross-object check whose other side could be one of these stays silent rather than guess.
 */
class UnseenObjects {
    scopes = [];
    constructor(model) {
        const byFolder = new Map();
        const namesByFolder = new Map();
        for (const evidence of model.evidence) {
            if (evidence.category === TEMPLATE_KIND) {
                const folder = parentOf(chartOfTemplate(evidence.file));
                byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(evidence.value));
            }
            else if (evidence.category === TEMPLATE_NAME) {
                const folder = parentOf(chartOfTemplate(evidence.file));
                const names = namesByFolder.get(folder) ?? new Map();
                namesByFolder.set(folder, names);
                const [kind = "", pattern = ".*"] = splitOnce(evidence.value);
                names.set(kind, [...(names.get(kind) ?? []), new RegExp(`^(?:${pattern})$`)]);
            }
            else if (evidence.category === CHARTLESS_VALUES) {
                this.scopes.push({ folder: parentOf(evidence.value) });
            }
        }
        for (const [folder, kinds] of byFolder)
            this.scopes.push({ folder, kinds, names: namesByFolder.get(folder) });
    }
    /** Whether an object of one of `kinds` could exist, unread, beside `file`. */
    mayHide(file, ...kinds) {
        return this.scopes.some(({ folder, kinds: hidden }) => (folder === "." || file.startsWith(`${folder}/`)) && (!hidden || kinds.some((kind) => hidden.has(kind))));
    }
    /** Whether an object of `kind` named `name` could exist, unread, beside `file`: a chart there may render it. */
    mayHideNamed(file, kind, name) {
        return this.scopes.some(({ folder, kinds, names }) => (folder === "." || file.startsWith(`${folder}/`)) &&
            (!kinds || (kinds.has(kind) && (names?.get(kind)?.some((pattern) => pattern.test(name)) ?? true))));
    }
}
const splitOnce = (value) => {
    const space = value.indexOf(" ");
    return space < 0 ? [value] : [value.slice(0, space), value.slice(space + 1)];
};
const parentOf = (folder) => (folder === "." ? "." : external_node_path_.posix.dirname(folder));
/** Objects without a namespace match any: the namespace is then decided at deploy time (kubectl -n, Kustomize). */
const sameNamespace = (a, b) => a === undefined || b === undefined || a === b;

;// CONCATENATED MODULE: ./src/link/variants.ts


/** Platforms whose manifests come in alternative deployment variants of one system. */
const VARIANT_PLATFORMS = new Set(["kubernetes", "helm", "compose"]);
/**
 * Groups the container manifests into deployment variants, the alternatives a team deploys one of: a Kustomize
 * build (a root kustomization and everything it reaches, so a base shared by overlays belongs to each), a Helm
 * chart, a compose project (the compose files of one folder, its layers), and bundles of raw manifests. Raw
 * manifests join the bundle of their parent folder unless that would declare one object twice (a release file
 * repeating per-service files is its own variant). A file of raw manifests that declares no workload (autoscalers,
 * network policies, an Ingress in a folder of their own) is an add-on to every bundle beside it: it belongs to the
 * bundles below its parent folder. Each entity gets `variants` (joins only run between entities
 * sharing one) and `variantIdentity` (the same object in another variant: one finding, not several).
 * Files of a Kustomize component no kustomization includes are set aside: an opt-in add-on is not deployed.
 */
function deploymentVariants(model) {
    const kustomize = kustomizeClosures(model);
    const raw = new Map();
    for (const entity of model.entities) {
        if (!VARIANT_PLATFORMS.has(entity.platform))
            continue;
        entity.variantIdentity = `${entity.kind}:${entity.name}`;
        const file = entity.source.file;
        const builds = kustomize.builds.get(file);
        if (builds)
            entity.variants = builds;
        else if (entity.platform === "kubernetes")
            raw.set(file, [...(raw.get(file) ?? []), entity]);
        else
            entity.variants ??= [`${entity.platform}:${external_node_path_.posix.dirname(file)}`];
    }
    const [withWorkloads, addOns] = partition([...raw.keys()], (file) => raw.get(file)?.some(isWorkload) ?? false);
    const bundles = rawBundles(new Map(withWorkloads.map((file) => [file, raw.get(file) ?? []]))).map((bundle) => ({
        folder: commonFolder(bundle.files),
        files: bundle.files,
    }));
    for (const { folder, files } of bundles)
        for (const file of files)
            for (const entity of raw.get(file) ?? [])
                entity.variants = [`manifests:${folder}`];
    for (const file of addOns) {
        const scope = external_node_path_.posix.dirname(external_node_path_.posix.dirname(file));
        const near = bundles.filter(({ folder }) => scope === "." || folder === scope || folder.startsWith(`${scope}/`));
        const variants = near.length
            ? near.map(({ folder }) => `manifests:${folder}`)
            : [`manifests:${external_node_path_.posix.dirname(file)}`];
        for (const entity of raw.get(file) ?? [])
            entity.variants = variants;
    }
    if (kustomize.optional.size === 0)
        return;
    model.entities = model.entities.filter((e) => !kustomize.optional.has(e.source.file));
    model.setAside = [
        ...(model.setAside ?? []),
        ...[...kustomize.optional].sort().map((path) => ({
            path,
            role: "optional",
            reason: "in a Kustomize component no kustomization includes",
        })),
    ];
}
/** The Kustomize builds each file belongs to, and the files only unused components reach. */
function kustomizeClosures(model) {
    const references = new Map();
    const components = new Set();
    for (const { category, value, file } of model.evidence) {
        const folder = external_node_path_.posix.dirname(file);
        if (category === "kustomize")
            references.set(folder, references.get(folder) ?? []);
        if (category === KUSTOMIZE_RESOURCE)
            references.set(folder, [...(references.get(folder) ?? []), value]);
        if (category === KUSTOMIZE_COMPONENT)
            components.add(folder);
    }
    const referenced = new Set([...references.values()].flat());
    const reach = (folder, files, seen) => {
        if (seen.has(folder))
            return;
        seen.add(folder);
        for (const path of references.get(folder) ?? []) {
            if (references.has(path))
                reach(path, files, seen);
            else
                files.add(path);
        }
    };
    const builds = new Map();
    const optional = new Set();
    for (const root of [...references.keys()].filter((folder) => !referenced.has(folder)).sort()) {
        const files = new Set();
        reach(root, files, new Set());
        if (components.has(root))
            for (const file of files)
                optional.add(file);
        else
            for (const file of files)
                builds.set(file, [...(builds.get(file) ?? []), `kustomize:${root}`]);
    }
    for (const file of builds.keys())
        optional.delete(file);
    return { builds, optional };
}
/**
 * Raw manifest files grouped bottom-up: each folder's files, then its subfolders' bundles, merge into one bundle
 * while no object (kind, type, namespace, name) is declared twice; a bundle that would repeat one stays apart.
 */
function rawBundles(raw) {
    const objectsOf = (file) => new Set((raw.get(file) ?? []).map((e) => `${e.kind}:${String(e.workloadType ?? "")}:${String(e.namespace ?? "")}:${e.name}`));
    const filesByFolder = new Map();
    for (const file of [...raw.keys()].sort()) {
        for (let folder = external_node_path_.posix.dirname(file);; folder = external_node_path_.posix.dirname(folder)) {
            filesByFolder.set(folder, filesByFolder.get(folder) ?? []);
            if (folder === ".")
                break;
        }
        const folder = external_node_path_.posix.dirname(file);
        filesByFolder.get(folder)?.push(file);
    }
    const finished = [];
    const pending = new Map();
    const deepestFirst = [...filesByFolder.keys()].sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));
    for (const folder of deepestFirst) {
        const candidates = [
            ...(filesByFolder.get(folder) ?? []).map((file) => ({ files: [file], objects: objectsOf(file) })),
            ...(pending.get(folder) ?? []),
        ];
        let merged;
        for (const bundle of candidates) {
            if (!merged)
                merged = bundle;
            else if ([...bundle.objects].some((object) => merged?.objects.has(object)))
                finished.push(bundle);
            else
                merged = {
                    files: [...merged.files, ...bundle.files],
                    objects: new Set([...merged.objects, ...bundle.objects]),
                };
        }
        if (!merged)
            continue;
        if (folder === ".")
            finished.push(merged);
        else {
            const parent = external_node_path_.posix.dirname(folder);
            pending.set(parent, [...(pending.get(parent) ?? []), merged]);
        }
    }
    return finished;
}
const isWorkload = (entity) => entity.kind === "workload";
function partition(items, test) {
    return [items.filter(test), items.filter((item) => !test(item))];
}
const depth = (folder) => (folder === "." ? 0 : folder.split("/").length);
function commonFolder(files) {
    const parts = files.map((file) => external_node_path_.posix.dirname(file).split("/"));
    const first = parts[0] ?? ["."];
    let length = 0;
    while (length < first.length && parts.every((p) => p[length] === first[length]))
        length += 1;
    return first.slice(0, length).join("/") || ".";
}
/** Whether two entities can join: they share a deployment variant (or one of them belongs to none). */
function sameVariant(a, b) {
    const left = a.variants;
    const right = b.variants;
    return !left || !right || left.some((variant) => right.includes(variant));
}

;// CONCATENATED MODULE: ./src/link/autoscaler-joins.ts



const SCALABLE = new Set(["Deployment", "StatefulSet", "ReplicaSet", "helm-values"]);
const AUTOSCALER_KINDS = ["HorizontalPodAutoscaler", "ScaledObject"];
/**
 * Joins each autoscaler to the workload it scales: `targetFound` (absent when the target could be an object
 * archlint cannot read: a chart beside it renders that kind under a name that can match), `targetMissingRequests` (containers lacking a request for a resource the autoscaler
 * scales on by utilization, each pointing at its container), and on the workload `autoscaledBy` and `autoscaled`
 * (unless its adapter knew already, as Helm values do).
 */
function joinAutoscalers(model) {
    const workloads = model.entities.filter((e) => e.kind === "workload");
    const autoscalers = model.entities.filter((e) => e.kind === "autoscaler");
    const unseen = new UnseenObjects(model);
    for (const autoscaler of autoscalers) {
        const targets = findTargets(autoscaler, workloads);
        for (const target of targets) {
            autoscaler.targetFound = true;
            const scaledBy = target.autoscaledBy ?? [];
            target.autoscaledBy = [...scaledBy, autoscaler.name];
        }
        if (targets[0])
            addMissingRequests(autoscaler, targets[0]);
        else if (autoscaler.target &&
            SCALABLE.has(autoscaler.target.kind) &&
            !unseen.mayHideNamed(autoscaler.source.file, autoscaler.target.kind, autoscaler.target.name)) {
            autoscaler.targetFound = false;
        }
    }
    for (const workload of workloads) {
        if (workload.autoscaledBy)
            workload.autoscaled = true;
        else if (workload.autoscaled === undefined && !unseen.mayHide(workload.source.file, ...AUTOSCALER_KINDS))
            workload.autoscaled = false;
    }
}
/** The workload it scales, in each deployment variant the autoscaler belongs to (an add-on joins several). */
function findTargets(autoscaler, workloads) {
    if (typeof autoscaler.targetId === "string")
        return workloads.filter((w) => w.id === autoscaler.targetId);
    const target = autoscaler.target;
    if (!target)
        return [];
    return workloads.filter((w) => w.platform === "kubernetes" &&
        w.workloadType === target.kind &&
        w.name === target.name &&
        sameVariant(w, autoscaler) &&
        sameNamespace(w.namespace, autoscaler.namespace));
}
function addMissingRequests(autoscaler, target) {
    // ECS measures utilization against the task definition's CPU and memory, not each container's reservation.
    if (target.requestsUnknown === true || target.platform === ECS_PLATFORM)
        return;
    const resources = [...new Set(autoscaler.metrics.filter((m) => m.utilization !== undefined).map((m) => m.resource))];
    const missing = [];
    target.containers.forEach((container, index) => {
        const lacking = resources.filter((r) => (r === "cpu" || r === "memory") && container.requests[r] === undefined);
        if (lacking.length === 0)
            return;
        autoscaler.origins[`targetMissingRequests.${missing.length}`] = target.origins[`containers.${index}`] ?? {
            ref: target.ref,
        };
        missing.push({ container: container.name, workload: target.name, resources: lacking });
    });
    autoscaler.targetMissingRequests = missing;
}

;// CONCATENATED MODULE: ./src/link/cost/list-prices.json
const list_prices_namespaceObject = /*#__PURE__*/JSON.parse('{"mB":"2025-01-01","XA":730,"Bn":{"aws-lambda":{"label":"Lambda","source":"https://aws.amazon.com/lambda/pricing/","perMillionRequests":0.2,"perGbSecond":0.0000166667,"provisionedPerGbSecond":0.0000041667,"defaultMemoryMb":128,"memoryMbPerVcpu":1769,"container":{"label":"Fargate","source":"https://aws.amazon.com/fargate/pricing/","perVcpuHour":0.04048,"perGbHour":0.004445,"minVcpu":0.25,"minMemoryGb":0.5}}}}');
;// CONCATENATED MODULE: ./src/link/cost/function-costs.ts


const SECONDS_PER_MONTH = list_prices_namespaceObject.XA * 3600;
const MINUTES_PER_MONTH = list_prices_namespaceObject.XA * 60;
/**
 * The guide's cost comparison (Deep Dive #2), per function whose load the manifest declares: runs of a rate or
 * cron schedule (each as long as its timeout allows, so an upper bound), and provisioned concurrency (the
 * environments kept warm, billed whether busy or not). Functions on platforms without list prices, or without a
 * declared load, get none.
 */
function functionCosts(model) {
    for (const entity of model.entities) {
        if (entity.kind !== "function")
            continue;
        const fn = entity;
        const platform = own(list_prices_namespaceObject.Bn, fn.platform);
        const estimate = platform && estimateCost(fn, platform);
        if (!estimate)
            continue;
        fn.cost = estimate.cost;
        fn.origins.cost = estimate.origin;
    }
}
function estimateCost(fn, platform) {
    const memoryMb = fn.memory ?? platform.defaultMemoryMb;
    const memoryGb = memoryMb / 1024;
    const memoryText = fn.memory === undefined ? `${memoryMb} MB (the default)` : `${memoryMb} MB`;
    let monthly = 0;
    let concurrency = 0;
    const basis = [];
    let origin;
    if (typeof fn.timeout === "number") {
        fn.triggers.forEach((trigger, index) => {
            const minutes = trigger.intervalMinutes;
            if (trigger.kind !== "schedule" || typeof minutes !== "number" || minutes <= 0)
                return;
            const runs = MINUTES_PER_MONTH / minutes;
            const seconds = runs * fn.timeout;
            monthly += seconds * memoryGb * platform.perGbSecond + (runs / 1e6) * platform.perMillionRequests;
            concurrency += seconds / SECONDS_PER_MONTH;
            basis.push(`${every(minutes)}, up to its ${fn.timeout} s timeout each at ${memoryText}`);
            origin ??= fn.origins[`triggers.${index}`];
        });
    }
    const provisioned = fn.provisionedConcurrency;
    if (typeof provisioned === "number" && provisioned > 0) {
        monthly += provisioned * memoryGb * SECONDS_PER_MONTH * platform.provisionedPerGbSecond;
        concurrency += provisioned;
        basis.push(`${provisioned} provisioned environments of ${memoryText} kept warm`);
        origin = fn.origins.provisionedConcurrency ?? origin;
    }
    if (basis.length === 0)
        return undefined;
    const { container } = platform;
    const vcpu = Math.max(container.minVcpu, (concurrency * memoryMb) / platform.memoryMbPerVcpu);
    const gb = Math.max(container.minMemoryGb, memoryGb * Math.max(1, concurrency));
    const containerMonthly = list_prices_namespaceObject.XA * (vcpu * container.perVcpuHour + gb * container.perGbHour);
    return {
        cost: {
            monthly: twoDecimals(monthly),
            platformLabel: platform.label,
            containerMonthly: twoDecimals(containerMonthly),
            monthlyText: dollars(monthly),
            containerMonthlyText: dollars(containerMonthly),
            basis: basis.join("; "),
            containerSize: `${container.label} ${twoDecimals(vcpu)} vCPU / ${twoDecimals(gb)} GB`,
            pricesAsOf: list_prices_namespaceObject.mB,
        },
        origin: origin ?? { ref: fn.ref },
    };
}
function every(minutes) {
    if (minutes === 1)
        return "every minute";
    if (minutes % 1440 === 0)
        return minutes === 1440 ? "every day" : `every ${minutes / 1440} days`;
    if (minutes % 60 === 0)
        return minutes === 60 ? "every hour" : `every ${minutes / 60} hours`;
    return `every ${minutes} minutes`;
}
const twoDecimals = (value) => Math.round(value * 100) / 100;
const dollars = (value) => `$${value.toFixed(2)}`;

;// CONCATENATED MODULE: ./src/link/network-isolation.ts


/** Workload types that are services rather than one-off work: what the owned-services count counts. */
const SERVICE_TYPES = new Set([
    "Deployment",
    "StatefulSet",
    "DaemonSet",
    "ReplicaSet",
    "compose-service",
    "helm-values",
]);
/**
 * A pod on the host network shares the node's network namespace: NetworkPolicies do not apply to it (the API
 * leaves it undefined and the common CNIs ignore such pods), so no policy isolates it, selected or not.
 */
const HOST_NETWORK_GAP = "runs with hostNetwork: true, where no NetworkPolicy can isolate it (it shares the node's network namespace)";
/**
 * Which Kubernetes workloads a NetworkPolicy selects (`networkIsolated`; absent when none does but a Helm
 * template may declare one; false on the host network, with `isolationGap` saying why), and how many owned services the repository runs (`ownedServiceCount`, distinct
 * `serviceKey`s of owned long-running workloads across formats), the gate of the isolation policy.
 */
function networkIsolation(model) {
    const workloads = model.entities.filter((e) => e.kind === "workload");
    const policies = model.entities.filter((e) => e.kind === "network-policy");
    const unseen = new UnseenObjects(model);
    const owned = new Set(workloads.filter((w) => w.owned && SERVICE_TYPES.has(w.workloadType)).map((w) => w.serviceKey));
    for (const workload of workloads) {
        if (workload.platform !== "kubernetes" || !SERVICE_TYPES.has(workload.workloadType))
            continue;
        workload.ownedServiceCount = owned.size;
        const selecting = policies.filter((policy) => selects(policy, workload));
        if (workload.hostNetwork === true) {
            workload.networkIsolated = false;
            workload.isolationGap = HOST_NETWORK_GAP;
            workload.origins.networkIsolated = workload.origins.hostNetwork ?? { ref: workload.ref };
        }
        else if (selecting.length > 0) {
            workload.networkIsolated = true;
            workload.networkPolicies = selecting.map((p) => p.name);
        }
        else if (!unseen.mayHide(workload.source.file, "NetworkPolicy")) {
            workload.networkIsolated = false;
            workload.isolationGap = "is selected by no NetworkPolicy";
        }
    }
}
function selects(policy, workload) {
    if (!sameNamespace(policy.namespace, workload.namespace) || !sameVariant(policy, workload))
        return false;
    return matchesSelector(policy.podSelector, workload.podLabels);
}
/** Label-selector semantics: every matchLabels pair and every expression must hold; `{}` selects every pod. */
function matchesSelector(selector, labels) {
    const pairs = Object.entries(selector.matchLabels ?? {});
    if (!pairs.every(([key, value]) => labels[key] === value))
        return false;
    return (selector.matchExpressions ?? []).every(({ key, operator, values }) => {
        const present = Object.hasOwn(labels, key);
        switch (operator) {
            case "In":
                return present && values.includes(labels[key]);
            case "NotIn":
                return !present || !values.includes(labels[key]);
            case "Exists":
                return present;
            case "DoesNotExist":
                return !present;
            default:
                return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/link/exposure.ts



const EXPOSED_TYPES = new Set(["LoadBalancer", "NodePort", "published"]);
const exposure_GATEWAY_KINDS = ["Ingress", "Gateway", "HTTPRoute", "GRPCRoute", "VirtualService", "IngressRoute"];
/**
 * The team's own services reachable from outside the cluster (Kubernetes LoadBalancer / NodePort) or the host
 * (compose ports published on all interfaces; off-the-shelf components such as a database or Grafana are not
 * what an API gateway fronts, and a Service selecting no scanned workload counts), counted per deployment variant (a Kustomize build, a bundle of manifests, a compose project), with whether a gateway
 * is in front: an Ingress, Gateway API or Istio object, or a proxy that is itself exposed (an off-the-shelf
 * ingress controller or nginx, or the team's own proxy named as one: `proxy`, `nginx`, `api-gateway`). `gatewayInFront` is absent when a Helm template may declare one.
 */
function exposedServices(model) {
    const workloads = model.entities.filter((e) => e.kind === "workload");
    const services = model.entities.filter((e) => e.kind === "service" && EXPOSED_TYPES.has(String(e.type)));
    const unseen = new UnseenObjects(model);
    const byScope = new Map();
    const scopesOf = (service) => service.variants ?? [service.source.file];
    for (const service of services) {
        const selected = selectedWorkloads(service, workloads);
        for (const scope of scopesOf(service)) {
            const group = byScope.get(scope) ?? { exposed: [], gateway: false };
            byScope.set(scope, group);
            if (selected.some(isGatewayWorkload))
                group.gateway = true;
            else if (selected.length === 0 || selected.some((w) => w.owned))
                group.exposed.push(service);
        }
    }
    for (const gateway of model.entities.filter((e) => e.kind === "gateway"))
        for (const scope of scopesOf(gateway))
            byScope.set(scope, { exposed: [], ...byScope.get(scope), gateway: true });
    for (const service of services) {
        const groups = scopesOf(service).flatMap((scope) => byScope.get(scope) ?? []);
        const exposedIn = groups.filter((group) => group.exposed.includes(service));
        if (exposedIn.length === 0)
            continue;
        const names = new Set(exposedIn.flatMap((group) => group.exposed.map((s) => s.name)));
        service.exposed = true;
        service.exposedServiceCount = names.size;
        service.exposedServiceNames = [...names];
        if (exposedIn.every((group) => group.gateway))
            service.gatewayInFront = true;
        else if (!(service.platform === "kubernetes" && unseen.mayHide(service.source.file, ...exposure_GATEWAY_KINDS)))
            service.gatewayInFront = false;
    }
}
/** Names teams give the reverse proxy they build themselves (`build: ./nginx`, a service called `proxy`). */
const GATEWAY_NAME = /(^|[-_])(proxy|gateway|nginx|traefik|envoy|haproxy|caddy|ingress|edge-router)([-_]|$)/;
/** An off-the-shelf proxy, or the team's own one, named as such. */
const isGatewayWorkload = (w) => w.component === "proxy" || GATEWAY_NAME.test(w.name);
/** The workloads a Service selects (a compose service's own workload); empty when none is in the scan. */
function selectedWorkloads(service, workloads) {
    if (typeof service.workloadId === "string")
        return workloads.filter((w) => w.id === service.workloadId);
    const selector = service.selector;
    if (Object.keys(selector).length === 0)
        return [];
    return workloads.filter((w) => w.platform === "kubernetes" &&
        sameVariant(w, service) &&
        sameNamespace(w.namespace, service.namespace) &&
        matchesSelector({ matchLabels: selector, matchExpressions: [] }, w.podLabels));
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
 * gateway in front of the function; `gatewayIntegrationTimeout` when that gateway's integration sets its own
 * cut-off (adapters give it already capped where AWS caps it, see docs/aws-serverless.md).
 */
function functionFacts(model) {
    for (const entity of model.entities) {
        if (entity.kind !== "function")
            continue;
        const fn = entity;
        const cap = own(PLATFORM_TIMEOUT_CAPS, fn.platform);
        if (cap !== undefined) {
            fn.platformLabel = own(PLATFORM_LABELS, fn.platform);
            fn.platformMaxTimeout = cap;
            if (typeof fn.timeout === "number")
                fn.timeoutShareOfPlatformMax = fn.timeout / cap;
        }
        let strictest;
        for (const trigger of fn.triggers ?? []) {
            const gateway = gatewayOf(fn.platform, trigger);
            if (!gateway)
                continue;
            const custom = typeof trigger.integrationTimeout === "number";
            const cutoff = custom ? trigger.integrationTimeout : (GATEWAY_TIMEOUTS[gateway] ?? 0);
            if (!strictest || cutoff < strictest.cutoff)
                strictest = { gateway, cutoff, custom };
        }
        if (strictest) {
            fn.gateway = strictest.gateway;
            fn.gatewayLabel = GATEWAY_LABELS[strictest.gateway];
            if (strictest.custom)
                fn.gatewayIntegrationTimeout = strictest.cutoff;
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
    const facts = { name: queue.name };
    if (!queue.unresolved?.includes("hasRedrive"))
        facts.hasRedrive = queue.hasRedrive === true;
    if (typeof queue.visibilityTimeout === "number") {
        facts.visibilityTimeout = queue.visibilityTimeout;
        if (typeof fn.timeout === "number" && fn.timeout > 0)
            facts.visibilityToTimeoutRatio = queue.visibilityTimeout / fn.timeout;
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/link/iam-scope.ts
/**
 * Lambda's network interfaces for a function in a VPC: the execution role needs these on `Resource: "*"` (the
 * Lambda developer guide, "Execution role permissions" for VPC access; AWS's AWSLambdaVPCAccessExecutionRole),
 * though the reference lists resource types for some of them. The data set cannot say so.
 */
const LAMBDA_VPC_ACTIONS = new Set([
    "ec2:CreateNetworkInterface",
    "ec2:DescribeNetworkInterfaces",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses",
].map((action) => action.toLowerCase()));
/** Reads that hand out secrets: read access level, but on every resource they are every secret of the account. */
const SECRET_READS = new Set([
    "secretsmanager:GetSecretValue",
    "secretsmanager:BatchGetSecretValue",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "ssm:GetParameterHistory",
    "kms:Decrypt",
].map((action) => action.toLowerCase()));
// `*`, or an ARN whose resource part is only wildcards (`arn:aws:s3:::*`, `arn:aws:s3:::*/*`): every resource.
const EVERY_RESOURCE = /^(\*|arn:[^:]*:[^:]*:[^:]*:[^:]*:[*/]+)$/;
const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;
/**
 * How far an Allow statement reaches. Actions the catalog does not know are left unjudged (a newer action, a
 * typo, an unresolved reference): the data set is the authority on what an action can be limited to.
 */
function statementScope(actions, resources, catalog) {
    const wildcards = actions.filter((action) => action === "*" || SERVICE_WILDCARD.test(action));
    const anyResource = resources.some((resource) => EVERY_RESOURCE.test(resource.trim()));
    const unscopedActions = anyResource && catalog
        ? actions.filter((action) => !wildcards.includes(action) && factsOf(action, catalog).some(couldBeScoped))
        : [];
    const advice = [
        ...wildcards.map((action) => action === "*" ? "* grants every action" : `${action} grants every ${action.split(":")[0]} action`),
        ...(unscopedActions.length > 0 ? [`${unscopedActions.join(", ")} could be limited to named resources`] : []),
    ];
    return { wildcardAction: wildcards.length > 0, anyResource, unscopedActions, scopeAdvice: advice.join("; ") };
}
function couldBeScoped(facts) {
    const name = facts.name.toLowerCase();
    if (facts.anyResourceOnly || LAMBDA_VPC_ACTIONS.has(name))
        return false;
    return SECRET_READS.has(name) || (facts.access !== "read" && facts.access !== "list");
}
/** The catalog's actions an action names: itself, or every one its `*` / `?` pattern matches. */
function factsOf(action, catalog) {
    const colon = action.indexOf(":");
    if (colon <= 0)
        return [];
    const service = catalog.service(action.slice(0, colon));
    if (!service)
        return [];
    const name = action.slice(colon + 1).toLowerCase();
    if (!/[*?]/.test(name)) {
        const facts = service.get(name);
        return facts ? [facts] : [];
    }
    return [...service.entries()].filter(([key]) => matchesGlob(name, key)).map(([, facts]) => facts);
}
/** IAM's `*` (any run) and `?` (one character), matched in time linear in both lengths' product, never worse. */
function matchesGlob(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
            p++;
            t++;
        }
        else if (p < pattern.length && pattern[p] === "*") {
            star = p++;
            resume = t;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (pattern[p] === "*")
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/link/repository/decision.ts
const EVENT_TRIGGERS = new Set(["queue", "stream", "pubsub", "storage", "event-bus"]);
const STEADY_PROVISIONED = 10;
const STEADY_SCHEDULE_MINUTES = 5;
const WIDE_SCALING_RATIO = 3;
const SHORT_TIMEOUT_SECONDS = 300;
const LONG_SHARE_OF_CAP = 0.8;
const SMALL_TEAM = 6;
const declared = (answer, reason) => ({
    answer,
    basis: "declared",
    reason,
});
const inferred = (answer, reason) => ({
    answer,
    basis: "inferred",
    reason,
});
const unknown = (reason) => ({ answer: "unknown", basis: "unknown", reason });
function signalsOf(entities) {
    const functions = entities.filter((e) => e.kind === "function" && e.platform !== "knative");
    const steady = [];
    const variable = [];
    const spikes = [];
    for (const fn of functions) {
        if ((fn.provisionedConcurrency ?? 0) >= STEADY_PROVISIONED)
            steady.push(`${fn.name} keeps ${fn.provisionedConcurrency} instances provisioned`);
        for (const trigger of fn.triggers ?? []) {
            const minutes = trigger.intervalMinutes;
            if (typeof minutes === "number" && minutes <= STEADY_SCHEDULE_MINUTES)
                steady.push(`${fn.name} runs every ${minutes} min`);
            if (EVENT_TRIGGERS.has(trigger.kind))
                variable.push(`${fn.name} is driven by ${trigger.kind} events`);
        }
    }
    for (const entity of entities) {
        if (entity.kind !== "autoscaler")
            continue;
        const min = typeof entity.minReplicas === "number" ? entity.minReplicas : 1;
        const max = entity.maxReplicas;
        if (typeof max === "number" && max >= WIDE_SCALING_RATIO * Math.max(min, 1))
            spikes.push(`${entity.name} scales from ${min} to ${max} replicas`);
    }
    return { functions, steady, variable: [...variable, ...spikes], spikes };
}
const first = (list) => (list.length > 1 ? `${list[0]} (and ${list.length - 1} more)` : (list[0] ?? ""));
/** The guide's four questions, answered from the config where the team declared them, else from the manifests. */
function decisionFramework(entities, facts, context) {
    const { traffic, shortLived } = context.config?.workload ?? {};
    const expertise = context.config?.team?.devopsExpertise;
    const signals = signalsOf(entities);
    return {
        trafficUnpredictable: traffic
            ? declared(traffic === "unpredictable" ? "yes" : "no", `workload.traffic: ${traffic}`)
            : fromSignals(signals.variable, signals.steady),
        suddenSpikes: traffic
            ? declared(traffic === "steady" ? "no" : "yes", `workload.traffic: ${traffic}`)
            : fromSignals(signals.spikes, signals.steady),
        shortLivedWork: typeof shortLived === "boolean"
            ? declared(shortLived ? "yes" : "no", `workload.shortLived: ${shortLived}`)
            : shortLivedFrom(entities, signals),
        devopsExpertise: typeof expertise === "boolean"
            ? declared(expertise ? "yes" : "no", `team.devopsExpertise: ${expertise}`)
            : expertiseFrom(facts),
    };
}
function fromSignals(yes, no) {
    if (yes.length && !no.length)
        return inferred("yes", first(yes));
    if (no.length && !yes.length)
        return inferred("no", `steady load: ${first(no)}`);
    if (yes.length && no.length)
        return unknown(`mixed signs: ${first(yes)}; ${first(no)}`);
    return unknown("set workload.traffic in .archlint.yml");
}
function shortLivedFrom(entities, { functions }) {
    const long = functions.find((fn) => typeof fn.timeoutShareOfPlatformMax === "number" && fn.timeoutShareOfPlatformMax >= LONG_SHARE_OF_CAP);
    if (long)
        return inferred("no", `${long.name} may run ${long.timeout} s, close to its platform's cap`);
    const timeouts = functions.map((fn) => fn.timeout).filter((t) => typeof t === "number");
    if (timeouts.length && Math.max(...timeouts) <= SHORT_TIMEOUT_SECONDS)
        return inferred("yes", `the longest timeout of ${functions.length} functions is ${Math.max(...timeouts)} s`);
    const jobs = entities.filter((e) => e.kind === "workload" && /^(Job|CronJob)$/.test(String(e.workloadType)));
    if (jobs.length && !entities.some((e) => e.kind === "workload" && !/^(Job|CronJob)$/.test(String(e.workloadType))))
        return inferred("yes", `only jobs run: ${jobs
            .map((j) => j.name)
            .slice(0, 3)
            .join(", ")}`);
    return unknown("set workload.shortLived in .archlint.yml");
}
function expertiseFrom({ iac, delivery }) {
    const tools = iac.tools.map((t) => t.tool);
    const deploying = delivery.systems.filter((s) => s.deploys).map((s) => s.system);
    if (tools.length && deploying.length)
        return inferred("yes", `infrastructure in code (${tools.slice(0, 3).join(", ")}) deployed by ${deploying.join(", ")}`);
    if (!tools.length && !deploying.length && !iac.kubernetes.length)
        return inferred("no", "no infrastructure as code and no deploying pipeline");
    return unknown("set team.devopsExpertise in .archlint.yml");
}
/** Where the declared profile and the deployed style contradict each other, by the guide's framework. */
function fitMismatch(decision, facts, entities, context) {
    const configRef = (...path) => context.anchorFile ? { file: context.anchorFile, doc: 0, path } : undefined;
    const containers = facts.ownedServices.filter((s) => s.type === "container");
    const { trafficUnpredictable: unpredictable, suddenSpikes: spikes, shortLivedWork, devopsExpertise } = decision;
    const basis = (answer) => `${answer.basis}: ${answer.reason}`;
    if (facts.functions.length && !containers.length && unpredictable.answer === "no" && spikes.answer === "no") {
        return {
            reason: `traffic is steady (${basis(spikes)}) yet everything runs as functions (${facts.functions.length}) on per-invocation platforms; the guide's framework favours containers for steady load`,
            ref: spikes.basis === "declared" ? configRef("workload", "traffic") : undefined,
        };
    }
    const autoscaled = entities.some((e) => e.kind === "autoscaler");
    const small = typeof facts.team.size === "number" && facts.team.size < SMALL_TEAM;
    if (containers.length &&
        !autoscaled &&
        spikes.answer === "yes" &&
        shortLivedWork.answer === "yes" &&
        (small || devopsExpertise.answer === "no")) {
        return {
            reason: `spiky, short-lived work (${basis(spikes)}) runs on ${containers.length} fixed-replica container services with no autoscaling, run by ${small ? `a team of ${facts.team.size}` : "a team without DevOps expertise"}; the guide's framework favours functions here`,
            ref: spikes.basis === "declared" ? configRef("workload", "traffic") : undefined,
        };
    }
    if (devopsExpertise.basis === "declared" && devopsExpertise.answer === "no" && facts.iac.kubernetes.length) {
        return {
            reason: "the team declares no DevOps expertise (team.devopsExpertise: false) yet runs on Kubernetes; the guide's framework favours managed platforms here",
            ref: configRef("team", "devopsExpertise"),
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/link/repository/evidence.ts
/** Evidence of some categories, one per (value, file), in the order found. */
function evidence_evidenceOf(evidence, ...categories) {
    const seen = new Set();
    const found = [];
    for (const item of evidence) {
        if (!categories.includes(item.category))
            continue;
        const key = `${item.value}\u0000${item.file}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        found.push(item.line === undefined
            ? { value: item.value, file: item.file }
            : { value: item.value, file: item.file, line: item.line });
    }
    return found;
}
/** A reference a finding can point at: the evidence's own line, else the top of its file. */
function refOf(evidence) {
    return { file: evidence.file, doc: 0, path: [], line: evidence.line ?? 1 };
}

;// CONCATENATED MODULE: ./src/link/repository/reassessment.ts
const DAYS_PER_MONTH = 30.44;
const monthsSince = (now, then) => Math.max(0, Math.floor((now.getTime() - then.getTime()) / 86_400_000 / DAYS_PER_MONTH));
/**
 * The last architecture reassessment: the later of the config's `reassessment.lastReviewed` and the recorded
 * issue. With none recorded, the review is only due once the code is older than a review period: the age of the
 * history under the scanned root stands in for the months since a review (a repository created last week owes
 * none); with no known age there are no months, and the report says so once instead of a finding.
 */
function reassessment(context, history) {
    const fromConfig = toDate(context.config?.reassessment?.lastReviewed);
    const fromIssue = context.lastReassessment;
    const useIssue = fromIssue && (!fromConfig || fromIssue > fromConfig);
    const last = useIssue ? fromIssue : fromConfig;
    if (!last) {
        const first = toDate(history()?.firstCommit);
        if (!first)
            return { facts: { age: "unknown" }, status: "no architecture reassessment is recorded" };
        const months = monthsSince(context.now, first);
        const date = first.toISOString().slice(0, 10);
        return {
            facts: { age: `history since ${date}` },
            months,
            status: `no architecture reassessment is recorded, and the history under the scanned folder goes back ${months} months (${date})`,
        };
    }
    const months = monthsSince(context.now, last);
    const date = last.toISOString().slice(0, 10);
    return {
        facts: { last: date, source: useIssue ? "issue" : "config" },
        months,
        status: `the last architecture reassessment was on ${date}, ${months} months ago`,
    };
}
function toDate(value) {
    const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

;// CONCATENATED MODULE: ./src/link/repository/style.ts
const plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
/**
 * The system's style, from what the team owns: Function Apps and stacks of functions (Knative services too, which
 * scale to zero the same way) against owned container services. Only stacks: serverless. Only containers: one is a
 * monolith, two or more are microservices. Both: hybrid. Nothing owned: unknown.
 */
function architectureStyle(services, functions) {
    const serverless = services.filter((s) => s.type !== "container").length;
    const containers = services.length - serverless;
    const basis = `${plural(serverless, "serverless stack")} (${plural(functions, "function")}), ${plural(containers, "owned container service")}`;
    const value = serverless && containers
        ? "hybrid"
        : serverless
            ? "serverless"
            : containers > 1
                ? "microservices"
                : containers === 1
                    ? "monolith"
                    : "unknown";
    return { value, basis, serverlessStacks: serverless, functions, containerServices: containers };
}

;// CONCATENATED MODULE: ./src/link/repository/team.ts

const HOW_TO_SET = "set team.size in .archlint.yml";
const team_plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
/**
 * The team's size, from the first source that knows it: the config's `team.size`; the individual owners in
 * CODEOWNERS (the file GitHub reads: .github/, root, then docs/), unless it names a team handle, whose members
 * are unknown; the distinct authors of the recent git history, when the history covers the whole window.
 */
function teamSize(evidence, context) {
    const declared = context.config?.team?.size;
    if (typeof declared === "number" && Number.isInteger(declared) && declared > 0) {
        const file = context.anchorFile ?? ".archlint.yml";
        return {
            facts: { size: declared, source: "config", detail: `team.size in ${file}`, file },
            ref: { file, doc: 0, path: ["team", "size"] },
        };
    }
    const owners = codeOwners(evidence);
    if (owners && owners.teams.length === 0 && owners.individuals.length > 0) {
        const { file } = owners;
        return {
            facts: {
                size: owners.individuals.length,
                source: "codeowners",
                detail: `${owners.individuals.length} individual owners in ${file}`,
                file,
            },
            ref: { file, doc: 0, path: [], line: owners.firstLine },
        };
    }
    const history = context.gitHistory?.();
    const fromHistory = historySize(history, context.now);
    if (fromHistory)
        return { facts: fromHistory };
    const reasons = [
        owners?.teams.length ? `${owners.file} names team handles (${owners.teams.slice(0, 3).join(", ")})` : undefined,
        unknownHistoryReason(history, context.now),
    ].filter(Boolean);
    return { facts: { source: "unknown", detail: `${[...reasons, HOW_TO_SET].join("; ")}` } };
}
function codeOwners(evidence) {
    const owners = evidence.filter((e) => e.category === "codeowner");
    const file = CODEOWNERS_PATHS.find((path) => owners.some((e) => e.file === path));
    if (!file)
        return undefined;
    const inFile = owners.filter((e) => e.file === file);
    return {
        file,
        firstLine: inFile[0]?.line ?? 1,
        teams: inFile.filter((e) => /^@[^/\s]+\/\S+$/.test(e.value)).map((e) => e.value),
        individuals: inFile.filter((e) => !/^@[^/\s]+\/\S+$/.test(e.value)).map((e) => e.value.toLowerCase()),
    };
}
/** Less history than this under the scanned root says nothing about a team: an import, a copy, a new repo. */
const MEANINGFUL_HISTORY = { commits: 20, days: 90 };
function historySize(history, now) {
    if (!history?.complete || history.authors.length === 0 || tooShort(history, now))
        return undefined;
    return {
        size: history.authors.length,
        source: "git-history",
        detail: `${history.authors.length} distinct authors in the last ${history.days} days of git history`,
    };
}
/** Days from a history's first commit under the root to now, when known. */
function historyDays(history, now) {
    const first = history?.firstCommit ? Date.parse(history.firstCommit) : Number.NaN;
    return Number.isNaN(first) ? undefined : Math.floor((now.getTime() - first) / 86_400_000);
}
function tooShort(history, now) {
    const days = historyDays(history, now);
    return (history.commits ?? 0) < MEANINGFUL_HISTORY.commits || days === undefined || days < MEANINGFUL_HISTORY.days;
}
function unknownHistoryReason(history, now) {
    if (!history)
        return "no git history was read (the scanned folder is not in a git repository)";
    if (history.complete && tooShort(history, now)) {
        const days = historyDays(history, now);
        return `the git history under the scanned folder is too short to size a team (${team_plural(history.commits ?? 0, "commit")}${days === undefined ? "" : ` over ${team_plural(days, "day")}`}; at least ${MEANINGFUL_HISTORY.commits} commits over ${MEANINGFUL_HISTORY.days} days are needed)`;
    }
    if (!history.complete)
        return `the git history is shallow and does not cover the last ${history.days} days`;
    return `no commits in the last ${history.days} days`;
}

;// CONCATENATED MODULE: ./src/link/repository/tooling.ts




/**
 * Evidence that entities carry rather than files: active tracing and log retention on functions, and the
 * observability or mesh charts a Helm chart depends on.
 */
function derivedEvidence(entities, evidence) {
    const derived = [];
    for (const entity of entities) {
        if (entity.kind !== "function")
            continue;
        const fn = entity;
        const tracing = fn.origins.tracing?.ref;
        if (fn.tracing === true && tracing)
            derived.push({ category: "traces", value: "AWS X-Ray (function tracing)", file: tracing.file });
        const retention = fn.origins.logRetentionDays?.ref;
        if (typeof fn.logRetentionDays === "number" && retention)
            derived.push({ category: "logs", value: "CloudWatch Logs retention", file: retention.file });
    }
    for (const item of evidence) {
        if (item.category !== EVIDENCE.chartDependency)
            continue;
        const chart = external_node_path_.posix.basename(item.value);
        for (const category of CHART_CATEGORIES[chart] ?? [])
            derived.push({ category, value: `${chart} chart`, file: item.file, ...(item.line ? { line: item.line } : {}) });
    }
    return derived;
}
function observabilityFacts(evidence) {
    const [metrics, traces, logs, dashboards] = PILLARS.map((pillar) => evidence_evidenceOf(evidence, pillar));
    return { metrics: metrics ?? [], traces: traces ?? [], logs: logs ?? [], dashboards: dashboards ?? [] };
}
const KUBERNETES_PLATFORMS = new Set(["kubernetes", "helm", "kustomize"]);
function infrastructureFacts(entities, evidence) {
    const tools = new Map();
    for (const item of evidence_evidenceOf(evidence, EVIDENCE.iac)) {
        const files = tools.get(item.value);
        if (files)
            files.push(item.file);
        else
            tools.set(item.value, [item.file]);
    }
    const kubernetes = evidence_evidenceOf(evidence, EVIDENCE.kubernetes);
    const listed = new Set(kubernetes.map((k) => k.file));
    for (const entity of entities) {
        if (!KUBERNETES_PLATFORMS.has(entity.platform) || listed.has(entity.source.file))
            continue;
        listed.add(entity.source.file);
        kubernetes.push({ value: "Kubernetes manifests", file: entity.source.file });
    }
    return {
        tools: [...tools].map(([tool, files]) => ({ tool, files })),
        clusterInCode: evidence_evidenceOf(evidence, EVIDENCE.clusterInCode),
        clusterByScript: evidence_evidenceOf(evidence, EVIDENCE.clusterByScript),
        kubernetes,
        compose: evidence_evidenceOf(evidence, EVIDENCE.compose),
    };
}
function deliveryFacts(evidence) {
    const systems = new Map();
    const system = (name) => {
        const found = systems.get(name) ?? { system: name, files: [], deploys: false, deploySteps: [] };
        systems.set(name, found);
        return found;
    };
    for (const item of evidence_evidenceOf(evidence, EVIDENCE.ci)) {
        const entry = system(item.value);
        if (!entry.files.includes(item.file))
            entry.files.push(item.file);
    }
    for (const item of evidence_evidenceOf(evidence, EVIDENCE.deploy)) {
        const separator = item.value.indexOf(": ");
        const entry = system(separator > 0 ? item.value.slice(0, separator) : item.value);
        entry.deploys = true;
        entry.deploySteps.push({ ...item, value: separator > 0 ? item.value.slice(separator + 2) : item.value });
    }
    const list = [...systems.values()];
    return { systems: list, deploys: list.some((s) => s.deploys) };
}

;// CONCATENATED MODULE: ./src/link/repository/provenance.ts




function buildsOf(evidence) {
    const builds = { dockerfiles: new Map(), bases: new Map(), artifacts: new Map() };
    for (const item of evidence) {
        if (item.category === EVIDENCE.buildContext) {
            const key = serviceKey(external_node_path_.posix.basename(item.value === "." ? "" : item.value));
            if (key && !builds.dockerfiles.has(key))
                builds.dockerfiles.set(key, item);
        }
        else if (item.category === EVIDENCE.buildBase)
            builds.bases.set(external_node_path_.posix.dirname(item.file), item);
        else if (item.category === EVIDENCE.buildImage)
            builds.artifacts.set(imageRepository(item.value), item);
    }
    return builds;
}
/** Off-the-shelf categories that stay third-party even when the repository builds or wraps the image. */
const BACKING_CATEGORIES = new Set(["database", "cache", "broker", "search", "storage", "observability"]);
/** Name words that say what a component is, beyond the catalogue's image names. */
const ROLE_WORDS = {
    db: "database",
    database: "database",
    otel: "observability",
    opentelemetry: "observability",
    collector: "observability",
    log: "observability",
    logs: "observability",
    logging: "observability",
    monitoring: "observability",
    tracing: "observability",
    // An OpAMP server manages the fleet's telemetry agents: observability infrastructure, not an application.
    opamp: "observability",
};
const LOAD_WORDS = new Set([
    "load",
    "loadgen",
    "loadgenerator",
    "loadtest",
    "locust",
    "k6",
    "jmeter",
    "gatling",
    "sim",
]);
const TEST_WORDS = new Set(["test", "tests", "tester", "e2e", "smoke"]);
/** A site that serves the project's documentation is deployed beside the system, not one of its services. */
const DOCS_WORDS = new Set(["docs", "documentation"]);
const ONE_SHOT_WORDS = new Set([
    "seed",
    "seeder",
    "populate",
    "migrate",
    "migration",
    "migrations",
    "migrator",
    "init",
]);
const provenance_UNRESOLVED = /\$\{?[A-Za-z_]|\{\{/;
const words = (value) => value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
/**
 * What a workload is to the system: one of the team's services (with the evidence that the repository builds
 * it), an off-the-shelf backing component (a database, broker, cache or observability backend, even when built
 * locally on its image), or not a service at all (a load generator, a test runner, a one-shot Job, a bare
 * unresolved image placeholder).
 */
function roleOf(workload, builds) {
    const names = [workload.name, ...workload.images.filter((i) => !provenance_UNRESOLVED.test(i)).map(imageBasename)];
    const nameWords = new Set(names.flatMap(words));
    const joined = names.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ""));
    if ([...nameWords].some((w) => LOAD_WORDS.has(w)) || joined.some((n) => n.includes("loadgen")))
        return { role: "not-a-service", reason: "a load generator" };
    if ([...nameWords].some((w) => TEST_WORDS.has(w)))
        return { role: "not-a-service", reason: "a test runner" };
    if ([...nameWords].some((w) => DOCS_WORDS.has(w)))
        return { role: "not-a-service", reason: "a documentation site" };
    if (workload.workloadType === "Job" || [...nameWords].some((w) => ONE_SHOT_WORDS.has(w)))
        return { role: "not-a-service", reason: "a one-shot job (seed, migration, init)" };
    if (workload.owned === false)
        return { role: "third-party", category: offTheShelf(workload), reason: workload.ownedReason };
    const backing = backingCategory(workload, nameWords, builds);
    if (backing)
        return { role: "third-party", ...backing };
    const evidence = provenance_buildEvidence(workload, builds);
    if (evidence.length)
        return { role: "service", evidence };
    // An owned ECS service runs an image from its stack's ECR repository, or one its stack is given at deploy time.
    if (typeof workload.ecrRepository === "string" || workload.platform === ECS_PLATFORM)
        return { role: "service", evidence: [workload.ownedReason] };
    const image = workload.images[0];
    if (image && provenance_UNRESOLVED.test(image))
        return {
            role: "not-a-service",
            reason: `its image ${image} is an unresolved placeholder and nothing here builds it`,
        };
    return {
        role: "service",
        evidence: [image ? `image ${image} is not a recognised off-the-shelf image` : "no image named (not off-the-shelf)"],
    };
}
const offTheShelf = (workload) => workload.component ?? workload.images.map((image) => offTheShelfCategory(image)).find(Boolean) ?? "other";
function backingCategory(workload, nameWords, builds) {
    for (const word of nameWords) {
        const category = componentCategoryOfName(word) ?? ROLE_WORDS[word];
        if (category && BACKING_CATEGORIES.has(category))
            return { category, reason: `${workload.name} is a ${category}` };
    }
    for (const image of workload.images.filter((i) => provenance_UNRESOLVED.test(i))) {
        const category = words(image)
            .map((w) => componentCategoryOfName(w))
            .find((c) => c && BACKING_CATEGORIES.has(c));
        if (category)
            return { category, reason: `its image placeholder ${image} names a ${category}` };
    }
    const base = baseImage(workload, builds);
    if (base) {
        const category = words(imageBasename(base.value))
            .map((w) => componentCategoryOfName(w))
            .find(Boolean);
        if (category && BACKING_CATEGORIES.has(category))
            return { category, reason: `built locally on ${base.value} (${base.file}:${base.line ?? 1})` };
    }
    return undefined;
}
function baseImage(workload, builds) {
    const context = typeof workload.build === "string" ? contextFolder(workload) : undefined;
    if (context !== undefined)
        return builds.bases.get(context);
    const dockerfile = matchingDockerfile(workload, builds);
    return dockerfile ? builds.bases.get(external_node_path_.posix.dirname(dockerfile.file)) : undefined;
}
/** A compose build context, relative to the compose file's folder, as a folder of the repository. */
function contextFolder(workload) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(workload.source.file), String(workload.build)));
}
function matchingDockerfile(workload, builds) {
    const keys = [workload.serviceKey, ...workload.images.map((i) => serviceKey(imageBasename(i)))];
    for (const key of keys) {
        const found = builds.dockerfiles.get(key);
        if (found)
            return found;
    }
    return undefined;
}
const provenance_at = (item) => `${item.file}${item.line ? `:${item.line}` : ""}`;
function provenance_buildEvidence(workload, builds) {
    const evidence = [];
    if (workload.build !== undefined)
        evidence.push(`built here: compose build context ${String(workload.build)}`);
    for (const image of workload.images) {
        const artifact = builds.artifacts.get(imageRepository(image));
        if (artifact)
            evidence.push(`built here: Skaffold artifact ${artifact.value} (${provenance_at(artifact)})`);
    }
    const dockerfile = matchingDockerfile(workload, builds);
    if (dockerfile)
        evidence.push(`built here: ${provenance_at(dockerfile)}`);
    return evidence;
}
/** The registry and organisation of an image (`gcr.io/org/app:1` \u2192 `gcr.io/org/`), when it has one. */
function registryPrefix(image) {
    if (provenance_UNRESOLVED.test(image))
        return undefined;
    const bare = image.trim().toLowerCase().split("@")[0] ?? "";
    const slash = bare.lastIndexOf("/");
    return slash > 0 ? bare.slice(0, slash + 1) : undefined;
}
/** Whether an entity runs the Azure Functions host (a containerised Function App). */
const runsFunctionsHost = (entity) => entity.functionsHost === true;

;// CONCATENATED MODULE: ./src/link/repository/units.ts




const units_text = (value) => (typeof value === "string" && value !== "" ? value : undefined);
const unit = (entity) => ({
    name: entity.name,
    platform: entity.platform,
    file: entity.source.file,
});
/** A canary or variant copy (`payment-canary`, `payment-fix`, `payment-v2`) of the service named before it. */
const CANARY = /^(.+?)[-_](canary|fix|hotfix|v\d+|new|next|preview|beta|blue|green|stable)$/;
/**
 * The deployable units, deduplicated by service key across formats. A workload's role comes from its provenance
 * (provenance.ts): the team's service, a backing component (third-party), or not a service (load generator,
 * test runner, one-shot job, unresolved placeholder, a canary folded into its service). A Knative service is one
 * owned service; the functions of one stack (one folder's serverless.yml, SAM or CloudFormation template,
 * Terraform module, one Azure Function App) are one owned service, keyed by the stack's folder so unrelated
 * stacks never merge, named by the stack's `service`/`stack` field, else its folder.
 */
function collectUnits(entities, evidence, repositoryName) {
    const builds = buildsOf(evidence);
    const services = new Map();
    const thirdParty = new Map();
    const notServices = new Map();
    const addService = (name, key, type, from, why) => {
        const service = services.get(key) ?? { name, key, type, platforms: [], files: [], evidence: [] };
        if (!service.platforms.includes(from.platform))
            service.platforms.push(from.platform);
        if (!service.files.includes(from.file))
            service.files.push(from.file);
        for (const item of why)
            if (!service.evidence.includes(item))
                service.evidence.push(item);
        if (type === "serverless-stack")
            service.functions = (service.functions ?? 0) + (from.isFunction ? 1 : 0);
        services.set(key, service);
        return key;
    };
    const from = (entity) => ({
        platform: entity.platform,
        file: entity.source.file,
        isFunction: entity.kind === "function",
    });
    const functionApps = evidence.filter((e) => e.category === EVIDENCE.functionApp);
    const functions = [];
    const workloads = [];
    for (const entity of entities) {
        if (entity.kind === "workload")
            workloads.push(entity);
        else if (entity.kind === "function") {
            const key = units_text(entity.serviceKey) ?? serviceKey(entity.name);
            if (entity.platform === "knative")
                addService(entity.name, key, "knative", from(entity), ["a Knative service"]);
            else {
                const stack = stackOf(entity, repositoryName);
                const service = addService(stack.name, stack.key, "serverless-stack", from(entity), [stack.evidence]);
                functions.push(functionUnit(entity, service));
            }
        }
    }
    for (const app of functionApps) {
        const key = `stack:${app.value}`;
        if (services.has(key))
            continue;
        const name = app.value === "." ? repositoryName : external_node_path_.posix.basename(app.value);
        const source = { platform: "azure-functions", file: app.file, isFunction: false };
        addService(name, key, "serverless-stack", source, [`Azure Function App ${app.file} (functions declared in code)`]);
    }
    for (const api of evidence.filter((e) => e.category === EVIDENCE.apiStack)) {
        const key = `stack:${api.value}`;
        if (services.has(key))
            continue;
        const name = api.value === "." ? repositoryName : external_node_path_.posix.basename(api.value);
        const source = { platform: "aws-sam", file: api.file, isFunction: false };
        addService(name, key, "serverless-stack", source, [
            `SAM application ${api.file} serves an API with no function of its own`,
        ]);
    }
    const prefixes = new Set();
    const roles = workloads.map((workload) => ({ workload, role: roleOf(workload, builds) }));
    for (const { workload, role } of roles) {
        if (role.role === "service" && role.evidence.some((e) => e.startsWith("built here")))
            for (const image of workload.images) {
                const prefix = registryPrefix(image);
                if (prefix)
                    prefixes.add(prefix);
            }
    }
    for (const { workload, role } of roles) {
        const key = units_text(workload.serviceKey) ?? serviceKey(workload.name);
        if (role.role === "third-party") {
            if (!thirdParty.has(key))
                thirdParty.set(key, {
                    name: workload.name,
                    category: role.category,
                    images: workload.images,
                    file: workload.source.file,
                });
        }
        else if (role.role === "not-a-service") {
            if (!notServices.has(key))
                notServices.set(key, { name: workload.name, reason: role.reason, file: workload.source.file });
        }
        else if (runsFunctionsHost(workload) && functionApps.length > 0) {
            const reason = "runs the Azure Functions host: a container variant of this repository's Function Apps";
            if (!notServices.has(key))
                notServices.set(key, { name: workload.name, reason, file: workload.source.file });
        }
        else
            addService(workload.name, key, "container", from(workload), withPrefix(role.evidence, workload, prefixes));
    }
    addConnections(roles, services, thirdParty);
    foldCanaries(services, notServices);
    for (const service of services.values()) {
        if (service.evidence.some((e) => e.startsWith("built here")))
            service.evidence = service.evidence.filter((e) => e.startsWith("built here") || e.startsWith("canary"));
    }
    const gateways = entities.filter((e) => e.kind === "gateway").map(unit);
    return {
        ownedServices: [...services.values()],
        functions,
        thirdParty: [...thirdParty.values()].filter((c) => !services.has(serviceKey(c.name))),
        notServices: [...notServices.values()],
        gateways: [...gateways, ...impliedGateways(functions, gateways)],
        queues: entities.filter((e) => e.kind === "queue").map(unit),
    };
}
/** An image not built here but pushed under the registry prefix of images built here is built by the same team. */
function withPrefix(evidence, workload, prefixes) {
    if (evidence.some((e) => e.startsWith("built here")))
        return evidence;
    const prefix = workload.images.map(registryPrefix).find((p) => p && prefixes.has(p));
    return prefix ? [`same registry prefix ${prefix} as the images built here`] : evidence;
}
/**
 * What each owned container service's settings connect to: another owned service (a call) or a third-party
 * component (a database, broker, cache it uses), matched by service key.
 */
function addConnections(roles, services, thirdParty) {
    for (const { workload, role } of roles) {
        const own = services.get(units_text(workload.serviceKey) ?? serviceKey(workload.name));
        if (role.role !== "service" || !own || !Array.isArray(workload.connections))
            continue;
        for (const host of workload.connections) {
            const key = serviceKey(host);
            if (services.has(key) && key !== own.key)
                own.calls = [...new Set([...(own.calls ?? []), key])];
            const component = thirdParty.get(key);
            if (component)
                own.uses = [...new Set([...(own.uses ?? []), component.name])];
        }
    }
}
/** A canary copy is its service deployed twice: its files join the service, and it is listed as not a service. */
function foldCanaries(services, notServices) {
    for (const [key, service] of services) {
        const base = CANARY.exec(key)?.[1];
        const target = base === undefined ? undefined : services.get(base);
        if (!target || target === service)
            continue;
        for (const file of service.files)
            if (!target.files.includes(file))
                target.files.push(file);
        target.evidence.push(`canary copy ${service.name} (${service.files[0]}) folded in`);
        notServices.set(key, {
            name: service.name,
            reason: `a canary copy of ${target.name}`,
            file: service.files[0] ?? "",
        });
        services.delete(key);
    }
}
/** The API gateway an HTTP trigger puts in front of a stack, unless its file declares gateways of its own. */
function impliedGateways(functions, declared) {
    const implied = new Map();
    for (const fn of functions) {
        if (!fn.gateway || declared.some((g) => g.file === fn.file))
            continue;
        implied.set(`${fn.gateway}\u0000${fn.file}`, { name: fn.gateway, platform: fn.platform, file: fn.file });
    }
    return [...implied.values()];
}
function functionUnit(fn, service) {
    const found = { ...unit(fn), service };
    const gateway = units_text(fn.gatewayLabel);
    if (gateway)
        found.gateway = gateway;
    const queues = (fn.triggers ?? []).flatMap((trigger) => {
        if (trigger.kind !== "queue")
            return [];
        const joined = trigger.queue;
        const name = units_text(joined?.name) ?? units_text(trigger.source) ?? units_text(trigger.sourceKey);
        return name ? [name] : [];
    });
    if (queues.length)
        found.queues = [...new Set(queues)];
    const cost = fn.cost;
    if (cost) {
        const { monthly, containerMonthly, basis, containerSize, pricesAsOf } = cost;
        found.cost = { monthly, containerMonthly, basis, containerSize, pricesAsOf };
    }
    return found;
}
/** The stack a function is deployed with: its Function App's folder, else its manifest's folder. */
function stackOf(entity, repositoryName) {
    const app = units_text(entity.functionApp);
    const folder = app ?? external_node_path_.posix.dirname(entity.source.file);
    const declared = units_text(entity.stack) ?? units_text(entity.service);
    const name = declared ?? (folder === "." ? repositoryName : external_node_path_.posix.basename(folder));
    const evidence = app
        ? `Azure Function App ${folder === "." ? "" : `${folder}/`}host.json`
        : `functions deployed by ${entity.source.file}`;
    return { name, key: `stack:${folder}`, evidence };
}

;// CONCATENATED MODULE: ./src/link/repository-facts.ts









/**
 * The one `repository` entity: facts that span files. `facts` is the structured view the inventory shows; the
 * flat fields beside it are what the repository policies read. Its `ref` is the main manifest, so a repository
 * finding always has a real file and line; findings about declared facts point into the config instead.
 */
function repositoryFacts(model, context) {
    const evidence = [...model.evidence, ...derivedEvidence(model.entities, model.evidence)];
    const units = collectUnits(model.entities, evidence, context.name);
    const iac = infrastructureFacts(model.entities, evidence);
    const delivery = deliveryFacts(evidence);
    const history = once(context.gitHistory);
    const team = teamSize(evidence, { ...context, gitHistory: history });
    const decision = decisionFramework(model.entities, { iac, delivery }, context);
    const review = reassessment(context, history);
    const facts = {
        style: architectureStyle(units.ownedServices, units.functions.length),
        ...units,
        team: team.facts,
        observability: observabilityFacts(evidence),
        mesh: evidence_evidenceOf(evidence, "mesh"),
        iac,
        delivery,
        decision,
        reassessment: review.facts,
    };
    const repository = createEntity({
        kind: "repository",
        name: context.name,
        platform: "repository",
        format: "repository",
        ref: mainManifest(model, context),
    });
    repository.facts = facts;
    addPolicyFacts(repository, facts);
    if (team.ref)
        repository.origins.teamSize = repository.origins.servicesPerEngineer = { ref: team.ref };
    const [firstKubernetes, ...others] = iac.kubernetes;
    if (firstKubernetes) {
        const shallowest = others.reduce((best, item) => (repository_facts_depth(item.file) < repository_facts_depth(best.file) ? item : best), firstKubernetes);
        repository.origins.hasKubernetes = { ref: refOf(shallowest) };
    }
    const mismatch = fitMismatch(decision, { ...units, iac, team: team.facts }, model.entities, context);
    if (mismatch) {
        repository.fitMismatch = mismatch.reason;
        if (mismatch.ref)
            repository.origins.fitMismatch = { ref: mismatch.ref };
    }
    repository.reassessmentStatus = review.status;
    if (review.months !== undefined)
        repository.reassessmentMonths = review.months;
    if (context.anchorFile) {
        const path = review.facts.source === "config" ? ["reassessment", "lastReviewed"] : [];
        repository.origins.reassessmentMonths = { ref: { file: context.anchorFile, doc: 0, path } };
    }
    addReservedConcurrency(repository, model);
    addStatements(repository, model.statements, context);
    model.entities.push(repository);
}
/** The shell's git history, read at most once however many facts ask for it. */
function once(read) {
    let cached;
    return () => {
        cached ??= { value: read?.() };
        return cached.value;
    };
}
function addPolicyFacts(repository, facts) {
    const containers = facts.ownedServices.filter((s) => s.type !== "serverless-stack").length;
    Object.assign(repository, {
        architectureStyle: facts.style.value,
        ownedServiceCount: facts.ownedServices.length,
        containerServiceCount: containers,
        functionCount: facts.functions.length,
        hasDeployables: facts.ownedServices.length > 0 || facts.iac.kubernetes.length > 0 || facts.iac.compose.length > 0,
        teamSizeSource: facts.team.source,
        teamSizeDetail: facts.team.detail,
        hasKubernetes: facts.iac.kubernetes.length > 0,
        hasMetrics: facts.observability.metrics.length > 0,
        hasTraces: facts.observability.traces.length > 0,
        hasLogs: facts.observability.logs.length > 0,
        hasIac: facts.iac.tools.length > 0,
        iacTools: facts.iac.tools.map((t) => t.tool).join(", ") || "none",
        clusterInCode: facts.iac.clusterInCode.length > 0,
        clusterGap: clusterGap(facts.iac.clusterByScript),
        deploys: facts.delivery.deploys,
        ciSystems: facts.delivery.systems.map((s) => s.system).join(", ") || "none",
        hasMesh: facts.mesh.length > 0,
    });
    if (facts.team.size !== undefined) {
        repository.teamSize = facts.team.size;
        repository.servicesPerEngineer = facts.ownedServices.length / facts.team.size;
    }
}
/**
 * Why the cluster is not in code, for the policy's message. A script that creates it is automation, not code that
 * declares it: it runs once, and shows neither the cluster's current settings nor how it drifted from them.
 */
function clusterGap(scripts) {
    const first = scripts[0];
    if (!first)
        return NO_CLUSTER_IN_CODE;
    const place = `${first.file}${first.line ? `:${first.line}` : ""}`;
    const more = scripts.length > 1 ? ` and ${scripts.length - 1} more` : "";
    return `the cluster is only created by a script (${place}${more}), not declared in code: a script runs once and shows neither the cluster's settings nor their drift`;
}
const NO_CLUSTER_IN_CODE = "no cluster is provisioned in code (no aws_eks_cluster, google_container_cluster, azurerm_kubernetes_cluster, EKS/GKE/AKS module, AWS::EKS::Cluster, eksctl ClusterConfig, Crossplane or Cluster API cluster)";
/** A Compose file under its default name is the one `docker compose up` reads: the main one among variants. */
const DEFAULT_COMPOSE = /(^|\/)(docker-)?compose\.ya?ml$/;
/** How many folders deep a file is: the shallower of two manifests is the main one. */
const repository_facts_depth = (file) => file.split("/").length;
/**
 * The file a repository finding points at: the main deployment manifest. A Compose file (its default name first)
 * before a stack of functions before Kubernetes manifests before other infrastructure code, the shallowest of
 * each; the config when there is none.
 */
function mainManifest(model, context) {
    const candidates = [];
    const compose = (file) => (DEFAULT_COMPOSE.test(file) ? 0 : 1);
    for (const item of model.evidence) {
        if (item.category === "compose")
            candidates.push({ file: item.file, line: item.line, rank: compose(item.file) });
        if (item.category === "kubernetes")
            candidates.push({ file: item.file, line: item.line, rank: 3 });
        if (item.category === "iac")
            candidates.push({ file: item.file, line: item.line, rank: 4 });
    }
    for (const entity of model.entities) {
        if (entity.kind === "function")
            candidates.push({ file: entity.source.file, rank: 2 });
        if (entity.kind === "workload")
            candidates.push({
                file: entity.source.file,
                rank: entity.platform === "compose" ? compose(entity.source.file) : 3,
            });
    }
    const best = candidates
        .map((candidate) => ({ ...candidate, depth: repository_facts_depth(candidate.file) }))
        .sort((a, b) => a.rank - b.rank || a.depth - b.depth || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0];
    if (best)
        return refOf(best);
    return { file: context.anchorFile ?? ".archlint.yml", doc: 0, path: [] };
}
function addReservedConcurrency(repository, model) {
    const reserving = model.entities.filter((e) => e.kind === "function" && e.platform === "aws-lambda" && typeof e.reservedConcurrency === "number");
    if (reserving.length === 0)
        return;
    repository.totalReservedConcurrency = reserving.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
    const largest = reserving.reduce((a, b) => ((b.reservedConcurrency ?? 0) > (a.reservedConcurrency ?? 0) ? b : a));
    repository.origins.totalReservedConcurrency = largest.origins.reservedConcurrency ?? { ref: largest.ref };
}
function addStatements(repository, statements, context) {
    const catalog = statements.length > 0 ? context.awsActions?.() : undefined;
    repository.iamStatements = statements.map((statement, index) => {
        repository.origins[`iamStatements.${index}`] = { ref: statement.ref };
        return {
            owner: statement.owner,
            effect: statement.effect,
            actions: statement.actions,
            resources: statement.resources,
            ...statementScope(statement.actions, statement.resources, catalog),
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
        const unit = own(UNIT_MINUTES, rate[2].toLowerCase());
        return unit === undefined ? undefined : Number(rate[1]) * unit;
    }
    const cron = /^\s*(?:cron\()?\s*(\S+)\s+(\S+)\s+\S+\s+\S+\s+\S+(?:\s+\S+)?\s*\)?\s*$/i.exec(withoutNcrontabSeconds(expression));
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
/** Azure's NCRONTAB has six fields, seconds first; AWS's six-field cron is wrapped in `cron()`. */
function withoutNcrontabSeconds(expression) {
    const fields = expression.trim().split(/\s+/);
    return fields.length === 6 && !expression.includes("(") ? fields.slice(1).join(" ") : expression;
}

;// CONCATENATED MODULE: ./src/link/shared-databases.ts
/** `orders-db.shop.svc.cluster.local` and `orders-db.shop.svc` name the Service `orders-db`; other hosts stay. */
function hostKey(host) {
    const inCluster = /^([^.]+)(\.[^.]+)?\.svc(\.cluster\.local)?$/.exec(host);
    return inCluster ? inCluster[1] : host;
}
/**
 * Owned services configured with the same database host and name: each such workload gets `databaseSharedWith`
 * (the other services' keys). The same service declared in two formats shares its `serviceKey`, so it is never
 * counted twice; a database without a readable name is not compared. Host names are compared within a scope:
 * each compose file is its own project (its own network and DNS names); Kubernetes manifests are one scope.
 */
function sharedDatabases(model) {
    const groups = new Map();
    for (const entity of model.entities) {
        if (entity.kind !== "workload")
            continue;
        const workload = entity;
        if (!workload.owned || !workload.database?.name)
            continue;
        const scope = workload.platform === "compose" ? workload.source.file : workload.platform;
        const key = `${scope}#${hostKey(workload.database.host)}/${workload.database.name}`;
        groups.set(key, [...(groups.get(key) ?? []), workload]);
    }
    for (const members of groups.values()) {
        const keys = new Set(members.map((w) => w.serviceKey));
        if (keys.size < 2)
            continue;
        for (const workload of members) {
            workload.databaseSharedWith = [...keys].filter((k) => k !== workload.serviceKey).sort();
        }
    }
}

;// CONCATENATED MODULE: ./src/link/traffic.ts



/**
 * Which Kubernetes workloads receive requests, read by the probes policy: a readiness probe gates a pod's place
 * among its Services' endpoints, so it matters for pods a Service selects (Ingresses, routes and meshes all
 * send to Services). Where the scan declares Services, a pod none of them selects (a load generator, a node
 * agent, a queue worker) receives none. Where it declares no Service at all, or a Helm template beside the
 * workload may declare its Service while its own folder declares none, the answer is unknown (absent) and the
 * pod is judged as one that may.
 */
function trafficReceivers(model) {
    const services = model.entities.filter((e) => e.kind === "service" && e.platform === "kubernetes");
    if (services.length === 0)
        return;
    const workloads = model.entities.filter((e) => e.kind === "workload");
    const served = new Set(services.flatMap((service) => selectedWorkloads(service, workloads)));
    const foldersWithServices = new Set(services.map((service) => external_node_path_.posix.dirname(service.source.file)));
    const unseen = new UnseenObjects(model);
    const mayBeServedUnseen = (file) => !foldersWithServices.has(external_node_path_.posix.dirname(file)) && unseen.mayHide(file, "Service");
    for (const workload of workloads) {
        if (workload.platform !== "kubernetes")
            continue;
        const receives = served.has(workload) ? true : mayBeServedUnseen(workload.source.file) ? undefined : false;
        if (receives === undefined)
            continue;
        for (const container of workload.containers ?? [])
            container.receivesTraffic = receives;
    }
}

;// CONCATENATED MODULE: ./src/link/link.ts











/** Joins and derived facts, in order: later steps may read what earlier ones derived. */
const STEPS = [
    deploymentVariants,
    functionFacts,
    scheduleIntervals,
    functionCosts,
    joinQueues,
    joinAutoscalers,
    networkIsolation,
    exposedServices,
    trafficReceivers,
    sharedDatabases,
    repositoryFacts,
];
function link_link(model, context) {
    for (const step of STEPS)
        step(model, context);
    return model;
}

// EXTERNAL MODULE: ./src/model/types.ts
var model_types = __webpack_require__(440);
;// CONCATENATED MODULE: ./src/suppress/comments.ts
const IGNORE_MARKER = "archlint:ignore";
const COMMENT = /(^|\s)(#|\/\/|\/\*)\s*archlint:ignore(?=\s|\*\/|$)(.*)$/;
const POLICY_LIST = /^([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)/i;
const COMMENT_ONLY = /^\s*(#|\/\/|\/\*)/;
/**
 * Reads ignore comments from a file's text; YAML (`#`) and HCL (`#`, `//`, `/* *\/`) alike. Files without the
 * marker cost one `includes`.
 */
function findIgnoreComments(text) {
    if (!text.includes(IGNORE_MARKER))
        return [];
    const lines = text.split(/\r?\n/);
    const comments = [];
    lines.forEach((content, index) => {
        if (!content.includes(IGNORE_MARKER))
            return;
        const match = COMMENT.exec(content);
        if (!match)
            return;
        const [, leading = "", , rest = ""] = match;
        const start = match.index + leading.length;
        const body = rest.replace(/\*\/\s*$/, "").trim();
        const list = POLICY_LIST.exec(body);
        const policies = list ? list[1].split(",").map((id) => id.trim().toLowerCase()) : [];
        const reason = body
            .slice(list ? list[1].length : 0)
            .replace(/^\s*(--|:|-)?\s*/, "")
            .trim();
        const line = index + 1;
        const ownLine = content.slice(0, start).trim() === "";
        const covers = ownLine ? [line, nextCodeLine(lines, index)] : [line];
        comments.push({ line, column: start + 1, policies, reason, covers });
    });
    return comments;
}
/** The 1-based line after `index` that is not itself a comment (stacked comments share their target). */
function nextCodeLine(lines, index) {
    let next = index + 1;
    while (next < lines.length && COMMENT_ONLY.test(lines[next]))
        next++;
    return next + 1;
}

;// CONCATENATED MODULE: ./src/suppress/waivers.ts

const DAY_MS = 24 * 60 * 60 * 1000;
/** A waiver applies up to and including its `expires` day (UTC), judged by the scan's injected clock. */
function compileWaivers(waivers, now) {
    return waivers.map((waiver, index) => {
        // The config loader has already refused a glob compileGlob would not take (too long, too many braces).
        const glob = compileGlob(waiver.path);
        return {
            number: index + 1,
            waiver,
            expired: now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + DAY_MS,
            matches: (finding) => finding.policy === waiver.policy &&
                glob.match(finding.location?.file ?? finding.ref.file) &&
                (waiver.subject === undefined || waiver.subject === finding.subject.name),
        };
    });
}

;// CONCATENATED MODULE: ./src/suppress/suppress.ts




/**
 * The suppress stage: inline `archlint:ignore` comments and config waivers take findings out of the report and
 * into the suppressed list, with their reason. An ignore or waiver that cannot apply (no reason, inline ignores
 * forbidden, waiver expired, policy unwaivable) leaves the finding in place and its message says why. An ignore
 * or waiver that matches no finding becomes an `unused-suppression` notice on its own line.
 */
function suppress(findings, context) {
    const { config } = context;
    const configFile = context.configFile ?? ".archlint.yml";
    const comments = commentsByFile(context.files);
    const waivers = compileWaivers(config.waivers ?? [], context.now);
    const inlineAllowed = config.allowInlineIgnores !== false;
    const unwaivable = new Set(config.unwaivable ?? []);
    const kept = [];
    const suppressed = [];
    const usedWaivers = new Set();
    for (const finding of findings) {
        const inline = matchingComments(finding, comments, context.files);
        const matchingWaivers = waivers.filter((w) => w.matches(finding));
        for (const w of matchingWaivers)
            usedWaivers.add(w.number);
        const notes = [];
        if (unwaivable.has(finding.policy) && (inline.length || matchingWaivers.length)) {
            notes.push(`${finding.policy} is unwaivable in ${configFile}, so no ignore or waiver applies`);
            kept.push(withNotes(finding, notes));
            continue;
        }
        const honoured = inlineAllowed ? inline.find((c) => c.reason) : undefined;
        const live = matchingWaivers.find((w) => !w.expired);
        if (honoured) {
            suppressed.push({ finding, reason: honoured.reason, suppressedBy: `inline ${honoured.file}:${honoured.line}` });
            continue;
        }
        if (live) {
            suppressed.push({ finding, reason: live.waiver.reason, suppressedBy: `waiver #${live.number} in ${configFile}` });
            continue;
        }
        for (const comment of inline) {
            const place = `the ${IGNORE_MARKER} at ${comment.file}:${comment.line}`;
            if (!inlineAllowed)
                notes.push(`${place} does not apply: allowInlineIgnores is false in ${configFile}`);
            else
                notes.push(`${place} gives no reason, so it does not suppress this finding`);
        }
        for (const w of matchingWaivers)
            notes.push(`waiver #${w.number} in ${configFile} expired on ${w.waiver.expires}`);
        kept.push(withNotes(finding, notes));
    }
    const unusedWaivers = waivers.filter((w) => !usedWaivers.has(w.number));
    return {
        findings: [
            ...kept,
            ...unusedIgnores(comments, context.policyIds),
            ...unusedWaivers.map((w) => unusedWaiver(w, configFile, context.locateInConfig)),
        ],
        suppressed,
    };
}
function commentsByFile(files) {
    const byFile = new Map();
    for (const [path, file] of files) {
        const found = findIgnoreComments(file.text);
        if (found.length)
            byFile.set(path, found.map((c) => ({ ...c, file: path, used: new Set() })));
    }
    return byFile;
}
/** Comments naming the finding's policy on its line, above it, or above (or on) its subject's declaration. */
function matchingComments(finding, comments, files) {
    if (comments.size === 0)
        return [];
    const places = [];
    if (finding.location)
        places.push({ file: finding.location.file, line: finding.location.line });
    const declaration = finding.subjectRef;
    if (declaration && comments.has(declaration.file)) {
        const position = files.get(declaration.file)?.locator.locate(declaration.doc, declaration.path);
        if (position)
            places.push({ file: declaration.file, line: position.line });
    }
    const matched = [];
    for (const { file, line } of places) {
        for (const comment of comments.get(file) ?? []) {
            if (!comment.covers.includes(line) || !comment.policies.includes(finding.policy))
                continue;
            comment.used.add(finding.policy);
            if (!matched.includes(comment))
                matched.push(comment);
        }
    }
    return matched;
}
function withNotes(finding, notes) {
    return notes.length ? { ...finding, message: `${finding.message} (${notes.join("; ")})` } : finding;
}
function unusedIgnores(comments, policyIds) {
    const unused = [];
    for (const [file, list] of comments) {
        for (const comment of list) {
            const problems = comment.policies.length
                ? comment.policies.filter((id) => !comment.used.has(id)).map((id) => unusedMessage(id, policyIds))
                : [`${IGNORE_MARKER} names no policy: write "${IGNORE_MARKER} <policy-id> <reason>"`];
            for (const message of problems)
                unused.push(unusedSuppression(message, file, comment));
        }
    }
    return unused;
}
function unusedWaiver(waiver, configFile, locate) {
    const { policy, path, subject, expires } = waiver.waiver;
    const scope = `${policy} in ${path}${subject === undefined ? "" : ` for ${subject}`}`;
    const state = waiver.expired ? `expired on ${expires} and ` : "";
    const place = locate?.(["waivers", String(waiver.number - 1)]) ?? { line: 1, column: 1 };
    return unusedSuppression(`waiver #${waiver.number} (${scope}) ${state}matches no finding: remove it, or correct its path or subject`, configFile, place);
}
function unusedSuppression(message, file, place) {
    return {
        policy: UNUSED_SUPPRESSION,
        severity: "notice",
        title: "Suppression that suppresses nothing",
        message,
        subject: { kind: "file", name: file },
        ref: { file, doc: 0, path: [] },
        field: "",
        location: { file, line: place.line, column: place.column },
    };
}
function unusedMessage(id, policyIds) {
    if (!policyIds.includes(id))
        return `${IGNORE_MARKER} names "${id}", which is not a policy id${didYouMean(id, policyIds)}`;
    return `${IGNORE_MARKER} ${id} matches no finding on this line, the next line, or the entity declared below it`;
}

;// CONCATENATED MODULE: ./src/engine/collapse-instances.ts
const NAMES_SHOWN = 3;
/**
 * One declaration instantiated several times (a local Terraform module called twice) gives entities that share
 * their declaration; a problem that lies in the declaration itself, not in what one instance passed, is then the
 * same finding (policy, field, place) for each. An entity gives at most one finding per policy and field, so a
 * group of several is several instances: it is reported once, naming the others.
 */
function collapseInstances(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const declaration = finding.subjectRef ? place(finding.subjectRef) : finding.subject.name;
        const key = [finding.policy, finding.field, place(finding.ref), declaration].join("\n");
        const group = groups.get(key);
        if (group)
            group.push(finding);
        else
            groups.set(key, [finding]);
    }
    return [...groups.values()].map(([first, ...others]) => {
        if (others.length === 0)
            return first;
        const names = [...new Set(others.map((other) => other.subject.name))].filter((name) => name !== first.subject.name);
        const shown = names.slice(0, NAMES_SHOWN).join(", ");
        const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
        const also = names.length > 0 ? `; also ${shown}${more}` : "";
        return { ...first, message: `${first.message} (${others.length + 1} instances of this declaration${also})` };
    });
}
function place(ref) {
    return `${ref.file}#${ref.doc}#${ref.line ?? ""}#${ref.path.join("/")}`;
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/engine/own-output.ts


/**
 * A report archlint wrote (`--output`, the action's report file), wherever it lies: the JSON report (`tool.name`
 * and `findings`) or SARIF whose run's driver is archlint. Such a file quotes manifests and policy messages;
 * read as evidence it would change the next scan's findings.
 */
function isOwnOutput(file) {
    if (file.format !== "json" || file.documents.length !== 1)
        return false;
    const doc = file.documents[0];
    if (!isDict(doc))
        return false;
    if (isDict(doc.tool) && doc.tool.name === version/* TOOL */.j.name && Array.isArray(doc.findings))
        return true;
    return (Array.isArray(doc.runs) &&
        doc.runs.some((run) => isDict(run) && isDict(run.tool) && isDict(run.tool.driver) && run.tool.driver.name === version/* TOOL */.j.name));
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

;// CONCATENATED MODULE: ./src/engine/variant-findings.ts
/**
 * One finding per problem: the same policy failing on the same object (and field; the first place's message stands for all) in several deployment variants
 * is reported once, at its first place, with the other places as `related`. Findings in one variant never merge
 * (two namespaces' objects of one name are two problems). Expects located findings in report order.
 */
function mergeAcrossVariants(findings) {
    const groups = new Map();
    const kept = [];
    for (const finding of findings) {
        if (!finding.variantIdentity || !finding.variants) {
            kept.push(finding);
            continue;
        }
        const key = [finding.policy, finding.variantIdentity, finding.field].join("\u0000");
        const group = groups.get(key) ?? [];
        groups.set(key, group);
        const primary = group.find((p) => !p.variants?.some((v) => finding.variants?.includes(v)));
        if (primary?.location && finding.location) {
            primary.related = [...(primary.related ?? []), finding.location];
            primary.variants = [...(primary.variants ?? []), ...finding.variants];
        }
        else {
            group.push(finding);
            kept.push(finding);
        }
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/engine/scan.ts













/**
 * The pipeline: discover, parse, extract, link, evaluate, locate each finding on its exact line, suppress, and
 * merge one problem's findings across deployment variants.
 */
function scan(options) {
    const { fs, root } = options;
    const discovery = discover(fs, options);
    const extractor = new Extractor(ADAPTERS);
    const parsed = new Map();
    const parseErrors = [];
    const ownOutputs = new Set();
    discovery.files.forEach((file, index) => {
        const result = readAndParse(fs, root, file);
        if (isOwnOutput(result))
            ownOutputs.add(file.path);
        else if (result.error)
            parseErrors.push(parseErrorFinding(result));
        else
            extractor.add(result);
        result.documents = [];
        if (!ownOutputs.has(file.path))
            parsed.set(file.path, result);
        options.onProgress?.(index + 1, discovery.files.length);
    });
    const config = options.config ?? {};
    const anchorFile = options.configFile && !(0,external_node_path_.isAbsolute)(options.configFile) ? options.configFile : undefined;
    const model = link_link(extractor.finish(), {
        ...options.repository,
        now: options.now,
        name: (0,external_node_path_.basename)(root),
        anchorFile,
        config,
    });
    const failures = extractor.failures.map(failureFinding);
    const unreadable = withSetting([...parseErrors, ...failures], config.policies?.[PARSE_ERROR]);
    const evaluated = [...unreadable, ...collapseInstances(evaluate(model.entities, options.policies))];
    for (const finding of evaluated)
        finding.location ??= locate(finding, parsed);
    const { findings, suppressed } = suppress(evaluated, {
        files: parsed,
        config,
        configFile: options.configFile,
        locateInConfig: options.locateInConfig,
        now: options.now,
        policyIds: [PARSE_ERROR, ...(options.policyIds ?? options.policies.map((p) => p.policy.id))],
    });
    suppressed.sort((a, b) => byPlace(a.finding, b.finding));
    const files = discovery.files.filter((file) => !ownOutputs.has(file.path));
    return {
        findings: mergeAcrossVariants(findings.sort(byPlace)),
        suppressed,
        model,
        files,
        skipped: discovery.skipped,
        setAside: [...discovery.setAside, ...(model.setAside ?? [])].sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
}
/** `parse-error` is no policy, but the config may turn it off or change its severity like one's. */
function withSetting(findings, setting) {
    if (setting === "off")
        return [];
    const severity = setting?.severity;
    return severity ? findings.map((finding) => ({ ...finding, severity })) : findings;
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
    const { file, doc, path, line, embedded } = finding.ref;
    if (line !== undefined)
        return { file, line, column: indentOf(files.get(file)?.text, line) + 1 };
    try {
        return { file, ...(files.get(file)?.locator.locate(doc, path, embedded) ?? { line: 1, column: 1 }) };
    }
    catch {
        // A locator re-reads the file; input the fast parser accepted but the locating one cannot follow
        // (nesting beyond its stack) still gets its finding, at the top of the file.
        return { file, line: 1, column: 1 };
    }
}
/** Columns of leading whitespace on a 1-based line, so a finding on a known line starts at its first character. */
function indentOf(text, line) {
    const content = text?.split("\n", line)[line - 1] ?? "";
    return content.length - content.trimStart().length;
}
function byPlace(a, b) {
    const la = a.location;
    const lb = b.location;
    if (la && lb && la.file !== lb.file)
        return la.file < lb.file ? -1 : 1;
    return ((la?.line ?? 0) - (lb?.line ?? 0) ||
        (la?.column ?? 0) - (lb?.column ?? 0) ||
        (0,model_types/* severityRank */.q)(a.severity) - (0,model_types/* severityRank */.q)(b.severity) ||
        a.policy.localeCompare(b.policy));
}

;// CONCATENATED MODULE: ./src/evaluate/load-policies.ts





/** Reads every `*.yml`/`*.yaml` policy in the directories; each invalid file is an error with its line. */
function loadPolicies(fs, sources) {
    const policies = [];
    const errors = [];
    const seen = new Map([PARSE_ERROR, UNUSED_SUPPRESSION].map((id) => [id, "archlint itself (a finding that is not a policy)"]));
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
                errors.push({ ...load_policies_at(parsed, ["id"]), message: `policy id "${policy.id}" is already defined in ${previous}` });
                continue;
            }
            try {
                compilePolicy(policy, schemaCompiler(policy.origin));
            }
            catch (error) {
                errors.push({
                    ...load_policies_at(parsed, ["assert"]),
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
    if (validatePolicyFile(document))
        return { policy: document };
    const locate = (path) => parsed.locator.locate(0, path);
    return { errors: describeSchemaErrors(validatePolicyFile.errors ?? [], parsed.path, locate, "the policy") };
}
function load_policies_at(parsed, path) {
    const { line, column } = parsed.locator.locate(0, path);
    return { file: parsed.path, line, column };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/inventory.ts
function buildInventory(result) {
    const entities = {};
    const formats = {};
    for (const entity of result.model.entities) {
        if (entity.kind === "repository")
            continue;
        entities[entity.kind] = (entities[entity.kind] ?? 0) + 1;
        formats[entity.source.format] = (formats[entity.source.format] ?? 0) + 1;
    }
    const facts = result.model.entities.find((e) => e.kind === "repository")?.facts;
    const unrenderedHelmCharts = result.model.evidence
        .filter((e) => e.category === "helm-templates-unrendered")
        .map((e) => e.value);
    return { entities, formats, unrenderedHelmCharts, setAside: result.setAside ?? [], ...facts };
}

;// CONCATENATED MODULE: ./src/report/policy-help.ts

/** docs/policies.md as published: every built-in policy has a section whose anchor is its id. */
const POLICY_DOCS = "https://github.com/archlint/archlint/blob/main/docs/policies.md";
function policyDocsUrl(policy) {
    return policy.origin.builtin ? `${POLICY_DOCS}#${policy.id}` : undefined;
}
/** Findings that are no policy's, documented together in docs/policies.md. */
const NOT_POLICIES = {
    [PARSE_ERROR]: {
        title: "File could not be parsed",
        remediation: "Fix the syntax on the line named; the rest of the repository was scanned.",
        docs: `${POLICY_DOCS}#findings-that-are-not-policies`,
    },
    [UNUSED_SUPPRESSION]: {
        title: "Suppression that suppresses nothing",
        remediation: "Remove the archlint:ignore comment or the waiver, or correct the policy id it names.",
        docs: `${POLICY_DOCS}#findings-that-are-not-policies`,
    },
};
/** The help of each policy among `ids` (the policies that reported something), by id. */
function policyHelp(policies, ids) {
    const wanted = new Set(ids);
    const help = {};
    for (const [id, entry] of Object.entries(NOT_POLICIES))
        if (wanted.has(id))
            help[id] = entry;
    for (const policy of policies) {
        if (!wanted.has(policy.id))
            continue;
        const docs = policyDocsUrl(policy);
        help[policy.id] = {
            title: policy.title,
            ...(policy.remediation ? { remediation: policy.remediation.trim() } : {}),
            ...(docs ? { docs } : {}),
        };
    }
    return help;
}
/** The help of the policies with findings in `report`, most severe first as the findings are ordered. */
function reportedHelp(report) {
    const ids = [...new Set(report.findings.map((f) => f.policy))].sort();
    return ids.flatMap((id) => {
        const help = report.policies?.[id];
        return help && (help.remediation || help.docs) ? [[id, help]] : [];
    });
}
/** For the text report: each reported policy, how to fix it and its docs, after the findings. */
function helpLines(report, dim) {
    const entries = reportedHelp(report);
    if (entries.length === 0)
        return [];
    const lines = [dim("How to fix")];
    for (const [id, help] of entries) {
        lines.push(`  ${id}: ${help.remediation ?? help.title}`);
        if (help.docs)
            lines.push(`    ${dim(help.docs)}`);
    }
    return [...lines, ""];
}
/**
 * A policy's own Markdown (code spans, emphasis) kept on one line, with no HTML and no @mentions. Code spans show
 * their text as written (`/aws/lambda/<function>`), so `<` is escaped only outside them.
 */
function policyMarkdown(text) {
    return text
        .replace(/\s*\r?\n\s*/g, " ")
        .split(/(`[^`]*`)/)
        .map((part, index) => (index % 2 ? part : part.replace(/</g, "&lt;").replace(/@/g, "@\u200b")))
        .join("");
}
/** A policy id as Markdown, linked to its docs section when it has one. */
function policyLink(id, help) {
    return help?.docs ? `[\`${id}\`](${help.docs})` : `\`${id}\``;
}
/** For Markdown reports: one line per reported policy, its id linked to its docs, then how to fix it. */
function helpMarkdown(report) {
    return reportedHelp(report).map(([id, help]) => `- ${policyLink(id, help)}: ${policyMarkdown(help.remediation ?? help.title)}`);
}
/** The quote under a policy's heading (a line of its own, then a blank line) in the group of findings in a pull request comment or job summary. */
function remediationQuote(help) {
    if (!help?.remediation && !help?.docs)
        return "";
    const docs = help.docs ? ` ([docs](${help.docs}))` : "";
    return `\n> **Fix:** ${policyMarkdown(help.remediation ?? help.title)}${docs}\n`;
}

;// CONCATENATED MODULE: ./src/report/report.ts



/** ` (also in a.yaml:3, b.yaml:9)` for a finding repeated in other deployment variants; empty otherwise. */
function alsoInText(finding) {
    if (!finding.alsoIn?.length)
        return "";
    return ` (also in ${finding.alsoIn.map((place) => `${place.file}:${place.line}`).join(", ")})`;
}
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
        ...(finding.related?.length
            ? { alsoIn: finding.related.map(({ file, line, column }) => ({ file, line, column })) }
            : {}),
    };
}
function buildReport(result, tool, policies = []) {
    const findings = result.findings.map(toReportFinding);
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return {
        tool: { ...tool },
        findings,
        suppressed: result.suppressed.map(({ finding, reason, suppressedBy }) => ({
            ...toReportFinding(finding),
            reason,
            suppressedBy,
        })),
        inventory: buildInventory(result),
        skipped: result.skipped,
        summary: { error: count("error"), warning: count("warning"), notice: count("notice"), files: result.files.length },
        policies: policyHelp(policies, [...findings, ...result.suppressed.map((s) => s.finding)].map((f) => f.policy)),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/model/aws-actions.ts
const LEVEL_CODES = {
    Read: "r",
    List: "l",
    Write: "w",
    "Permissions management": "p",
    Tagging: "t",
};
const LEVELS = { r: "read", l: "list", w: "write", p: "permissions", t: "tagging" };
/**
 * One service as a compact line: `Name:code` pairs, the code the access level's letter, upper-case when only
 * `"*"` can grant the action. That is so when it names no resource type, or a single one that is optional:
 * the call itself is on no resource (`cloudwatch:PutMetricData` and its optional dataset). Several optional
 * types are alternatives of which a call names one (`s3:GetObject` on an object or an access point's).
 */
function compactServiceActions(actions) {
    return Object.values(actions)
        .map((action) => {
        const code = LEVEL_CODES[action.accessLevel] ?? "w";
        const types = action.resourceTypes;
        const anyOnly = types.length === 0 || (types.length === 1 && !types[0]?.required);
        return `${action.name}:${anyOnly ? code.toUpperCase() : code}`;
    })
        .join(" ");
}
/** The catalog over compact lines, each service decoded the first time it is asked for. */
function catalogOfCompactServices(lines) {
    const decoded = new Map();
    return {
        service(prefix) {
            const key = prefix.toLowerCase();
            if (!decoded.has(key))
                decoded.set(key, decode(key, lines(key)));
            return decoded.get(key);
        },
    };
}
function decode(prefix, line) {
    if (line === undefined)
        return undefined;
    const actions = new Map();
    for (const pair of line.split(" ")) {
        const [name = "", code = "w"] = pair.split(":");
        const access = LEVELS[code.toLowerCase()] ?? "write";
        actions.set(name.toLowerCase(), {
            name: `${prefix}:${name}`,
            access,
            anyResourceOnly: code !== code.toLowerCase(),
        });
    }
    return actions;
}

;// CONCATENATED MODULE: ./src/app/aws-actions.ts




/** The compact catalog the build writes beside the bundles (scripts/build.mjs). */
const BUNDLED_CATALOG = "aws-actions.json";
const PACKAGE_ACTIONS = ["node_modules", "@cloud-copilot", "iam-data", "data", "actions"];
/**
 * The AWS action catalog for one scan, read only when a statement asks: from the file beside the bundle, or in
 * a checkout (tests, `npm run` scripts) from the data set's package, one service file at a time, through the
 * same reduction.
 */
function awsActionCatalog() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = (0,external_node_path_.join)(here, BUNDLED_CATALOG);
    if ((0,external_node_fs_.statSync)(bundled, { throwIfNoEntry: false })?.isFile()) {
        let services;
        return catalogOfCompactServices((prefix) => {
            services ??= JSON.parse((0,external_node_fs_.readFileSync)(bundled, "utf8")).services;
            return Object.hasOwn(services, prefix) ? services[prefix] : undefined;
        });
    }
    const directory = packageActionsDirectory(here);
    return catalogOfCompactServices((prefix) => {
        if (!directory || !/^[a-z0-9-]+$/.test(prefix))
            return undefined;
        const file = (0,external_node_path_.join)(directory, `${prefix}.json`);
        if (!(0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile())
            return undefined;
        return compactServiceActions(JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8")));
    });
}
/** The data set's `data/actions/` in the nearest `node_modules` above this module. */
function packageActionsDirectory(from) {
    for (let directory = from;; directory = (0,external_node_path_.dirname)(directory)) {
        const candidate = (0,external_node_path_.join)(directory, ...PACKAGE_ACTIONS);
        if ((0,external_node_fs_.statSync)(candidate, { throwIfNoEntry: false })?.isDirectory())
            return candidate;
        if ((0,external_node_path_.dirname)(directory) === directory)
            return undefined;
    }
}

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












/**
 * The built-in policies, plus (given a root) the repository's own from `.archlint/policies/` and `policyPaths`,
 * checked against the config's references to them. Any problem is a configuration error with its file and line.
 */
function loadAllPolicies(fs, root, loaded = { config: {} }) {
    const custom = root ? customPolicySources(fs, (0,external_node_path_.resolve)(root), loaded) : { sources: [], errors: [] };
    const { policies, errors } = loadPolicies(fs, [
        { directory: builtinPolicyDirectory(), displayPrefix: "policies/", builtin: true },
        ...custom.sources,
    ]);
    const problems = [...custom.errors, ...errors];
    if (problems.length === 0)
        problems.push(...checkPolicyReferences(loaded, policies));
    if (problems.length)
        throw new ConfigurationErrors(problems);
    return policies;
}
/**
 * The config, with every problem in one pass: when its own checks fail, the policy ids and params it names are
 * checked too (as far as its shape allows), so a user fixes everything at once.
 */
function loadCheckedConfig(fs, root, explicit) {
    try {
        return loadConfig(fs, root, explicit);
    }
    catch (error) {
        if (!(error instanceof ConfigurationErrors) || error.settings === undefined)
            throw error;
        throw new ConfigurationErrors([...error.errors, ...referenceErrors(fs, root, error.settings)]);
    }
}
function referenceErrors(fs, root, loaded) {
    try {
        loadAllPolicies(fs, root, loaded);
        return [];
    }
    catch (error) {
        // A config whose shape is wrong may not be walkable: its schema errors already say what to fix.
        return error instanceof ConfigurationErrors ? error.errors : [];
    }
}
/** What both shells run: policies loaded and compiled, the repository scanned, the report built. */
function runScan(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const { config, configSource } = options;
    const policies = loadAllPolicies(options.fs, root, { config, source: configSource });
    const result = scan({
        root,
        fs: options.fs,
        policies: preparePolicies(policies, config.policies),
        now: options.now,
        include: config.include,
        exclude: config.exclude,
        config,
        configFile: configSource?.file,
        locateInConfig: configSource?.locate,
        policyIds: policies.map((p) => p.id),
        onProgress: options.onProgress,
        repository: {
            gitHistory: options.gitHistory,
            lastReassessment: options.lastReassessment,
            awsActions: awsActionCatalog,
        },
    });
    return { report: buildReport(result, version/* TOOL */.j, policies), policies };
}

;// CONCATENATED MODULE: ./src/app/test-policies.ts






/** Where a repository keeps example manifests for its own policies: `<policy-id>/<case>/` with an `expect.yml`. */
const FIXTURE_DIRECTORY = ".archlint/fixtures";
/**
 * Runs each custom policy against its fixtures, as archlint's own tests do for the built-in ones: a case folder
 * is scanned as a repository with the policy's default params, and its findings must land exactly where
 * `expect.yml` says.
 */
function testPolicies(fs, root, loaded, now) {
    const custom = loadAllPolicies(fs, root, loaded).filter((p) => !p.origin.builtin);
    return custom.flatMap((policy) => {
        const folder = `${root}/${FIXTURE_DIRECTORY}/${policy.id}`;
        const cases = fs.stat(folder)?.type === "directory" ? subfolders(fs, folder) : [];
        const results = cases.map((name) => runCase(fs, policy, `${folder}/${name}`, `${policy.id}/${name}`, now));
        const expectations = results.map((r) => r.fires);
        const coverage = [];
        if (!expectations.some((fires) => fires > 0))
            coverage.push("no case where it fires");
        if (!expectations.some((fires) => fires === 0))
            coverage.push("no case where it stays silent");
        const summary = coverage.length
            ? [{ name: `${policy.id} (${external_node_path_.posix.join(FIXTURE_DIRECTORY, policy.id)}/)`, problems: coverage }]
            : [];
        return [...results.map(({ name, problems }) => ({ name, problems })), ...summary];
    });
}
function subfolders(fs, folder) {
    return fs
        .readDirectory(folder)
        .filter((e) => e.type === "directory")
        .map((e) => e.name)
        .sort();
}
function runCase(fs, policy, folder, name, now) {
    let expected;
    try {
        expected = js_yaml/* default.load */.Ay.load(Buffer.from(fs.readFile(`${folder}/expect.yml`)).toString("utf8"));
        if (!Array.isArray(expected?.fires))
            throw new Error("expect.yml needs a `fires:` list");
    }
    catch (error) {
        return { name, fires: -1, problems: [`expect.yml: ${error.message}`] };
    }
    const { findings } = scan({
        root: folder,
        fs,
        policies: preparePolicies([policy]),
        now,
        exclude: ["expect.yml"],
        repository: { awsActions: awsActionCatalog },
    });
    const actual = findings.filter((f) => f.policy === policy.id).map((f) => f.location ?? { file: "?", line: 0 });
    const problems = [];
    const places = (list) => list.map((p) => `${p.file}:${p.line}`).join(", ") || "none";
    if (places(actual) !== places(expected.fires)) {
        problems.push(`expected findings at ${places(expected.fires)}, got ${places(actual)}`);
    }
    expected.fires.forEach((want, index) => {
        const message = findings.filter((f) => f.policy === policy.id)[index]?.message;
        if (want.message && !message?.includes(want.message)) {
            problems.push(`finding ${index + 1}: expected a message containing "${want.message}", got "${message ?? ""}"`);
        }
    });
    return { name, fires: expected.fires.length, problems };
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

;// CONCATENATED MODULE: ./src/report/empty-scan.ts
/**
 * When a scan read no manifest at all (none found, or every candidate skipped), a gate that passes would pass by
 * mistake: this sentence says so, for stderr, a warning annotation and the job summary. Undefined otherwise.
 */
function emptyScanWarning(report, where) {
    if (report.summary.files > 0)
        return undefined;
    const skipped = report.skipped.length;
    const why = skipped ? ` (${skipped} ${skipped === 1 ? "file" : "files"} skipped: see the report)` : "";
    return `no deployment manifests found under ${where}${why}: nothing was checked`;
}

// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(8347);
// EXTERNAL MODULE: ./src/cli/arguments.ts + 2 modules
var cli_arguments = __webpack_require__(9581);
;// CONCATENATED MODULE: ./src/cli/colour.ts
/**
 * Whether the text report on standard output is coloured: never with --no-color; FORCE_COLOR, as Node reads it,
 * forces colour on (or off with `0` / `false`) and wins over NO_COLOR; NO_COLOR set to anything but "" turns it
 * off (no-color.org); otherwise colour exactly when standard output is a terminal.
 */
function useColour(flag, env, isTTY) {
    if (!flag)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== "0" && force.toLowerCase() !== "false";
    if (env.NO_COLOR)
        return false;
    return isTTY;
}

;// CONCATENATED MODULE: ./src/cli/exit.ts



/** The CLI's exit statuses, as linters use them: scripts tell "findings" from "archlint could not run". */
const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 };
const ISSUES_URL = "https://github.com/archlint/archlint/issues";
/** A file the CLI was asked to write and could not: the user's to fix, so a usage error with its reason. */
class OutputError extends Error {
}
/**
 * What the user reads when a run fails, and its status: usage and configuration errors name what to fix (2);
 * anything else is archlint's fault (3): what failed and how to report it, the stack only with `--debug`.
 */
function describeFailure(error, debug) {
    if (error instanceof cli_arguments/* UsageError */.eb)
        return { message: `archlint: ${error.message}\n\n${cli_arguments/* USAGE */.u_}\n`, status: EXIT.usage };
    if (error instanceof OutputError)
        return { message: `archlint: ${error.message}\n`, status: EXIT.usage };
    if (error instanceof ConfigurationErrors) {
        return { message: `archlint: configuration error\n${error.message}\n`, status: EXIT.usage };
    }
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const detail = debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : "Run again with --debug for the stack trace.\n";
    return {
        message: `archlint ${version/* TOOL */.j.version}: internal error: ${what}\n${detail}This is a bug in archlint, not in your manifests: please report it at ${ISSUES_URL} with the command you ran and this output.\n`,
        status: EXIT.internal,
    };
}

;// CONCATENATED MODULE: ./src/cli/policy-examples.generated.ts
const POLICY_EXAMPLES = {
    "architecture-fit-mismatch": {
        "fires": {
            "name": "serverless-frequent-schedule",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  sync:\n    handler: sync.handler\n    events:\n      - schedule: rate(1 minute)\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "serverless-declared-spiky",
            "files": [
                {
                    "path": ".archlint.yml",
                    "text": "workload:\n  traffic: spiky\n  shortLived: true\n"
                },
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "architecture-reassessment-overdue": {
        "fires": {
            "name": "config-reviewed-long-ago",
            "files": [
                {
                    "path": ".archlint.yml",
                    "text": "reassessment:\n  lastReviewed: 2025-01-15\n"
                },
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": [
                {
                    "file": ".archlint.yml",
                    "line": 2
                }
            ]
        },
        "silent": {
            "name": "config-without-review",
            "files": [
                {
                    "path": ".archlint.yml",
                    "text": "team:\n  size: 4\n"
                },
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "centralized-logging-missing": {
        "fires": {
            "name": "serverless-logs-kept-nowhere",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "serverless-log-retention",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  logRetentionInDays: 30\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "cluster-infrastructure-not-in-code": {
        "fires": {
            "name": "k8s-manifests-only",
            "files": [
                {
                    "path": "k8s/cart.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: cart }\n  template:\n    metadata:\n      labels: { app: cart }\n    spec:\n      containers:\n        - name: cart\n          image: example/cart:1.4.2\n"
                }
            ],
            "fires": [
                {
                    "file": "k8s/cart.yaml",
                    "line": 2
                }
            ]
        },
        "silent": {
            "name": "k8s-with-eksctl",
            "files": [
                {
                    "path": "cluster.yaml",
                    "text": "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n  region: eu-west-1\n"
                },
                {
                    "path": "k8s/cart.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: cart }\n  template:\n    metadata:\n      labels: { app: cart }\n    spec:\n      containers:\n        - name: cart\n          image: example/cart:1.4.2\n"
                }
            ],
            "fires": []
        }
    },
    "cold-start-unmitigated": {
        "fires": {
            "name": "azure-http",
            "files": [
                {
                    "path": "api/Hello/function.json",
                    "text": "{\n  \"bindings\": [\n    { \"type\": \"httpTrigger\", \"direction\": \"in\", \"name\": \"req\" }\n  ]\n}\n"
                },
                {
                    "path": "host.json",
                    "text": "{\n  \"version\": \"2.0\"\n}\n"
                }
            ],
            "fires": [
                {
                    "file": "api/Hello/function.json",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "azure-queue-compliant",
            "files": [
                {
                    "path": "Drain/function.json",
                    "text": "{\n  \"bindings\": [\n    { \"type\": \"serviceBusTrigger\", \"direction\": \"in\", \"name\": \"msg\", \"queueName\": \"q\" }\n  ]\n}\n"
                },
                {
                    "path": "host.json",
                    "text": "{\n  \"version\": \"2.0\"\n}\n"
                }
            ],
            "fires": []
        }
    },
    "continuous-delivery-missing": {
        "fires": {
            "name": "serverless-tests-only",
            "files": [
                {
                    "path": ".github/workflows/test.yml",
                    "text": "name: test\non: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      # serverless deploy happens by hand\n      - run: npm test\n"
                },
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "serverless-deploy-workflow",
            "files": [
                {
                    "path": ".github/workflows/deploy.yml",
                    "text": "name: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npx serverless deploy --stage prod\n"
                },
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "deployment-replicas-fixed-under-hpa": {
        "fires": {
            "name": "k8s-pinned",
            "files": [
                {
                    "path": "all.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: catalog\n  namespace: shop\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: catalog\n          image: shop/catalog:1.0\n          resources:\n            requests:\n              cpu: 100m\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: catalog-hpa\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: catalog\n  minReplicas: 2\n  maxReplicas: 10\n"
                }
            ],
            "fires": [
                {
                    "file": "all.yaml",
                    "line": 7
                }
            ]
        },
        "silent": {
            "name": "k8s-other-namespace",
            "files": [
                {
                    "path": "all.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: catalog\n  namespace: staging\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: catalog\n          image: shop/catalog:1.0\n          resources:\n            requests:\n              cpu: 100m\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: catalog-hpa\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: catalog\n  minReplicas: 2\n  maxReplicas: 10\n"
                }
            ],
            "fires": []
        }
    },
    "distributed-tracing-missing": {
        "fires": {
            "name": "serverless-no-tracing",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "serverless-xray-tracing",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  tracing:\n    lambda: true\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "function-concurrency-unbounded": {
        "fires": {
            "name": "serverless-sns",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  notify:\n    handler: notify.handler\n    events:\n      - sns: orders\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 6
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  notify:\n    handler: notify.handler\n    reservedConcurrency: 5\n    events:\n      - sns: orders\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "function-failure-destination-missing": {
        "fires": {
            "name": "serverless-sns",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\nfunctions:\n  notify:\n    handler: notify.handler\n    events:\n      - sns: orders\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 5
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\nfunctions:\n  notify:\n    handler: notify.handler\n    onError: arn:aws:sns:eu-west-1:123456789012:failures\n    events:\n      - sns: orders\n  audit:\n    handler: audit.handler\n    destinations:\n      onFailure: arn:aws:sqs:eu-west-1:123456789012:failures\n    events:\n      - eventBridge:\n          pattern:\n            source: [orders]\n  clicks:\n    handler: clicks.handler\n    events:\n      - stream:\n          type: kinesis\n          arn: arn:aws:kinesis:eu-west-1:123456789012:stream/clicks\n          destinations:\n            onFailure: arn:aws:sqs:eu-west-1:123456789012:failures\n"
                }
            ],
            "fires": []
        }
    },
    "function-long-running": {
        "fires": {
            "name": "terraform-close-to-cap",
            "files": [
                {
                    "path": "main.tf",
                    "text": "locals {\n  batch_timeout = 840\n}\n\nresource \"aws_lambda_function\" \"batch\" {\n  function_name = \"batch\"\n  timeout       = local.batch_timeout\n}\n"
                }
            ],
            "fires": [
                {
                    "file": "main.tf",
                    "line": 7
                }
            ]
        },
        "silent": {
            "name": "terraform-compliant",
            "files": [
                {
                    "path": "main.tf",
                    "text": "resource \"aws_lambda_function\" \"batch\" {\n  function_name = \"batch\"\n  timeout       = 300\n}\n"
                }
            ],
            "fires": []
        }
    },
    "function-throttled-to-zero": {
        "fires": {
            "name": "serverless-zero",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: worker\nprovider:\n  name: aws\nfunctions:\n  worker:\n    handler: worker.handler\n    reservedConcurrency: 0\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 7
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: worker\nprovider:\n  name: aws\nfunctions:\n  worker:\n    handler: worker.handler\n    reservedConcurrency: 2\n"
                }
            ],
            "fires": []
        }
    },
    "function-timeout-exceeds-gateway-limit": {
        "fires": {
            "name": "azure-http",
            "files": [
                {
                    "path": "Upload/function.json",
                    "text": "{\n  \"bindings\": [\n    { \"authLevel\": \"function\", \"type\": \"httpTrigger\", \"direction\": \"in\", \"name\": \"req\", \"methods\": [\"post\"] },\n    { \"type\": \"http\", \"direction\": \"out\", \"name\": \"res\" }\n  ]\n}\n"
                },
                {
                    "path": "host.json",
                    "text": "{\n  \"version\": \"2.0\",\n  \"functionTimeout\": \"00:05:00\"\n}\n"
                }
            ],
            "fires": [
                {
                    "file": "host.json",
                    "line": 3
                }
            ]
        },
        "silent": {
            "name": "azure-compliant",
            "files": [
                {
                    "path": "Upload/function.json",
                    "text": "{\n  \"bindings\": [\n    { \"authLevel\": \"function\", \"type\": \"httpTrigger\", \"direction\": \"in\", \"name\": \"req\" }\n  ]\n}\n"
                },
                {
                    "path": "host.json",
                    "text": "{\n  \"version\": \"2.0\",\n  \"functionTimeout\": \"00:03:00\"\n}\n"
                }
            ],
            "fires": []
        }
    },
    "function-timeout-exceeds-platform-max": {
        "fires": {
            "name": "serverless-explicit",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  nightlyExport:\n    handler: src/export.handler\n    timeout: 1200\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 8
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  timeout: 900\nfunctions:\n  atTheCap:\n    handler: cap.handler\n  fromEnvironment:\n    handler: env.handler\n    timeout: ${env:EXPORT_TIMEOUT}\n"
                }
            ],
            "fires": []
        }
    },
    "function-tracing-disabled": {
        "fires": {
            "name": "serverless-missing",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: api\nprovider:\n  name: aws\nfunctions:\n  list:\n    handler: list.handler\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 5
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: api\nprovider:\n  name: aws\n  tracing:\n    lambda: true\nfunctions:\n  list:\n    handler: list.handler\n"
                }
            ],
            "fires": []
        }
    },
    "hpa-max-not-above-min": {
        "fires": {
            "name": "k8s-max-one-min-omitted",
            "files": [
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: search\nspec:\n  scaleTargetRef:\n    kind: Deployment\n    name: search\n  maxReplicas: 1\n"
                }
            ],
            "fires": [
                {
                    "file": "hpa.yaml",
                    "line": 9
                }
            ]
        },
        "silent": {
            "name": "k8s-compliant",
            "files": [
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: search\nspec:\n  scaleTargetRef:\n    kind: Deployment\n    name: search\n  minReplicas: 2\n  maxReplicas: 8\n"
                }
            ],
            "fires": []
        }
    },
    "hpa-min-replicas-below-two": {
        "fires": {
            "name": "k8s-min-omitted",
            "files": [
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: orders\nspec:\n  scaleTargetRef:\n    kind: Deployment\n    name: orders\n  maxReplicas: 5\n  targetCPUUtilizationPercentage: 60\n"
                }
            ],
            "fires": [
                {
                    "file": "hpa.yaml",
                    "line": 5
                }
            ]
        },
        "silent": {
            "name": "k8s-compliant",
            "files": [
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: cart\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: cart\n  minReplicas: 2\n  maxReplicas: 10\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: worker\nspec:\n  scaleTargetRef:\n    name: worker\n  triggers:\n    - type: rabbitmq\n      metadata:\n        queueName: jobs\n"
                }
            ],
            "fires": []
        }
    },
    "hpa-target-missing": {
        "fires": {
            "name": "k8s-typo",
            "files": [
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  template:\n    spec:\n      containers:\n        - name: checkout\n          image: shop/checkout:2.0\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: checkout\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: checkuot\n  minReplicas: 2\n  maxReplicas: 6\n"
                }
            ],
            "fires": [
                {
                    "file": "hpa.yaml",
                    "line": 20
                }
            ]
        },
        "silent": {
            "name": "k8s-target-in-other-file",
            "files": [
                {
                    "path": "deployment.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  template:\n    spec:\n      containers:\n        - name: checkout\n          image: shop/checkout:2.0\n"
                },
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: checkout\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: checkout\n  minReplicas: 2\n  maxReplicas: 6\n"
                }
            ],
            "fires": []
        }
    },
    "hpa-target-without-resource-requests": {
        "fires": {
            "name": "k8s-sidecar-without-cpu",
            "files": [
                {
                    "path": "deployment.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments\nspec:\n  template:\n    spec:\n      containers:\n        - name: payments\n          image: shop/payments:3.1\n          resources:\n            requests:\n              cpu: 250m\n              memory: 256Mi\n        - name: log-shipper\n          image: shop/log-shipper:1.0\n          resources:\n            requests:\n              memory: 64Mi\n"
                },
                {
                    "path": "hpa.yaml",
                    "text": "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: payments\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: payments\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 60\n    - type: Resource\n      resource:\n        name: memory\n        target:\n          type: AverageValue\n          averageValue: 500Mi\n"
                }
            ],
            "fires": [
                {
                    "file": "deployment.yaml",
                    "line": 15
                }
            ]
        },
        "silent": {
            "name": "k8s-limit-sets-request",
            "files": [
                {
                    "path": "all.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments\nspec:\n  template:\n    spec:\n      containers:\n        - name: payments\n          image: shop/payments:3.1\n          resources:\n            limits:\n              cpu: 500m\n---\napiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: payments\nspec:\n  scaleTargetRef:\n    kind: Deployment\n    name: payments\n  minReplicas: 2\n  maxReplicas: 10\n"
                }
            ],
            "fires": []
        }
    },
    "iac-missing": {
        "fires": {
            "name": "compose-only",
            "files": [
                {
                    "path": "docker-compose.yml",
                    "text": "services:\n  cart:\n    build: ./cart\n    ports: [\"8080:8080\"]\n  orders:\n    build: ./orders\n"
                }
            ],
            "fires": [
                {
                    "file": "docker-compose.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "compose-with-terraform",
            "files": [
                {
                    "path": "docker-compose.yml",
                    "text": "services:\n  cart:\n    build: ./cart\n    ports: [\"8080:8080\"]\n  orders:\n    build: ./orders\n"
                },
                {
                    "path": "infra/main.tf",
                    "text": "resource \"aws_ecs_cluster\" \"main\" {\n  name = \"main\"\n}\n"
                }
            ],
            "fires": []
        }
    },
    "iam-wildcard-permission": {
        "fires": {
            "name": "terraform-heredoc",
            "files": [
                {
                    "path": "iam.tf",
                    "text": "resource \"aws_iam_role\" \"fn\" {\n  name = \"fn\"\n\n  inline_policy {\n    name   = \"all\"\n    policy = <<-EOF\n      {\n        \"Version\": \"2012-10-17\",\n        \"Statement\": {\n          \"Effect\": \"Allow\",\n          \"Action\": \"*\",\n          \"Resource\": \"*\"\n        }\n      }\n    EOF\n  }\n}\n"
                }
            ],
            "fires": [
                {
                    "file": "iam.tf",
                    "line": 9
                }
            ]
        },
        "silent": {
            "name": "terraform-compliant",
            "files": [
                {
                    "path": "main.tf",
                    "text": "resource \"aws_iam_policy\" \"read\" {\n  policy = jsonencode({\n    Statement = [\n      { Effect = \"Allow\", Action = [\"s3:GetObject\", \"s3:ListBucket\"], Resource = \"*\" },\n      { Effect = \"Deny\", Action = \"*\", Resource = \"*\" },\n    ]\n  })\n}\n\ndata \"aws_iam_policy_document\" \"deny\" {\n  statement {\n    effect    = \"Deny\"\n    actions   = [\"*\"]\n    resources = [\"*\"]\n  }\n}\n"
                }
            ],
            "fires": []
        }
    },
    "knative-scale-unbounded": {
        "fires": {
            "name": "knative-no-max",
            "files": [
                {
                    "path": "service.yaml",
                    "text": "apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      containers:\n        - image: ghcr.io/example/hello\n"
                }
            ],
            "fires": [
                {
                    "file": "service.yaml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "knative-compliant",
            "files": [
                {
                    "path": "service.yaml",
                    "text": "apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: current\nspec:\n  template:\n    metadata:\n      annotations:\n        autoscaling.knative.dev/max-scale: \"20\"\n    spec:\n      containers:\n        - image: ghcr.io/example/app\n---\napiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: older\nspec:\n  template:\n    metadata:\n      annotations:\n        autoscaling.knative.dev/maxScale: \"5\"\n    spec:\n      containers:\n        - image: ghcr.io/example/app\n---\napiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: cloud-run\n  annotations:\n    run.googleapis.com/maxScale: \"100\"\nspec:\n  template:\n    spec:\n      containers:\n        - image: gcr.io/example/app\n---\napiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: templated\nspec:\n  template:\n    metadata:\n      annotations:\n        autoscaling.knative.dev/max-scale: \"{{ .Values.maxScale }}\"\n    spec:\n      containers:\n        - image: gcr.io/example/app\n"
                }
            ],
            "fires": []
        }
    },
    "kubernetes-for-small-team": {
        "fires": {
            "name": "k8s-team-of-three",
            "files": [
                {
                    "path": ".archlint.yml",
                    "text": "team:\n  size: 3\n"
                },
                {
                    "path": "k8s/cart.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: cart }\n  template:\n    metadata:\n      labels: { app: cart }\n    spec:\n      containers:\n        - name: cart\n          image: example/cart:1.4.2\n"
                }
            ],
            "fires": [
                {
                    "file": "k8s/cart.yaml",
                    "line": 2
                }
            ]
        },
        "silent": {
            "name": "k8s-team-unknown",
            "files": [
                {
                    "path": "k8s/cart.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: cart }\n  template:\n    metadata:\n      labels: { app: cart }\n    spec:\n      containers:\n        - name: cart\n          image: example/cart:1.4.2\n"
                }
            ],
            "fires": []
        }
    },
    "log-retention-unset": {
        "fires": {
            "name": "serverless-unset",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\nfunctions:\n  list:\n    handler: list.handler\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 5
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "override/serverless.yml",
                    "text": "service: reports\nprovider:\n  name: aws\nfunctions:\n  build-report:\n    handler: report.handler\nresources:\n  Resources:\n    BuildDashreportLogGroup:\n      Type: AWS::Logs::LogGroup\n      Properties:\n        RetentionInDays: 14\n"
                },
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  logRetentionInDays: 30\nfunctions:\n  list:\n    handler: list.handler\n"
                }
            ],
            "fires": []
        }
    },
    "metrics-stack-missing": {
        "fires": {
            "name": "compose-without-metrics",
            "files": [
                {
                    "path": "cart/requirements.txt",
                    "text": "flask==3.0.0\n# prometheus-client later\n"
                },
                {
                    "path": "docker-compose.yml",
                    "text": "services:\n  cart:\n    build: ./cart\n    ports: [\"8080:8080\"]\n  orders:\n    build: ./orders\n"
                }
            ],
            "fires": [
                {
                    "file": "docker-compose.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "compose-prometheus-client",
            "files": [
                {
                    "path": "cart/requirements.txt",
                    "text": "flask==3.0.0\nprometheus-client==0.20.0\n"
                },
                {
                    "path": "docker-compose.yml",
                    "text": "services:\n  cart:\n    build: ./cart\n    ports: [\"8080:8080\"]\n  orders:\n    build: ./orders\n"
                }
            ],
            "fires": []
        }
    },
    "parse-error": {
        "fires": {
            "name": "default-notice",
            "files": [
                {
                    "path": "deployment.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: checkout\n          image: ghcr.io/acme/checkout:1.4.2\n          ports: [{ containerPort: 8080 }\n"
                }
            ],
            "fires": [
                {
                    "file": "deployment.yaml",
                    "line": 13
                }
            ]
        },
        "silent": {
            "name": "turned-off",
            "files": [
                {
                    "path": ".archlint.yml",
                    "text": "policies:\n  parse-error: off\n"
                },
                {
                    "path": "deployment.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: checkout\n          image: ghcr.io/acme/checkout:1.4.2\n          ports: [{ containerPort: 8080 }\n"
                }
            ],
            "fires": []
        }
    },
    "queue-visibility-timeout-too-short": {
        "fires": {
            "name": "terraform-default-visibility",
            "files": [
                {
                    "path": "main.tf",
                    "text": "resource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\"\n}\n\nresource \"aws_lambda_function\" \"worker\" {\n  function_name = \"worker\"\n  timeout       = 30\n}\n\nresource \"aws_lambda_event_source_mapping\" \"jobs\" {\n  event_source_arn = aws_sqs_queue.jobs.arn\n  function_name    = aws_lambda_function.worker.arn\n  batch_size       = 10\n}\n"
                }
            ],
            "fires": [
                {
                    "file": "main.tf",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "terraform-compliant",
            "files": [
                {
                    "path": "main.tf",
                    "text": "resource \"aws_sqs_queue\" \"jobs\" {\n  name                       = \"jobs\"\n  visibility_timeout_seconds = 180\n}\n\nresource \"aws_lambda_function\" \"worker\" {\n  function_name = \"worker\"\n  timeout       = 30\n}\n\nresource \"aws_lambda_event_source_mapping\" \"jobs\" {\n  event_source_arn = aws_sqs_queue.jobs.arn\n  function_name    = aws_lambda_function.worker.arn\n  batch_size       = 10\n}\n"
                }
            ],
            "fires": []
        }
    },
    "reserved-concurrency-exceeds-account-limit": {
        "fires": {
            "name": "serverless-over-the-limit",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  ingest:\n    handler: ingest.handler\n    reservedConcurrency: 400\n  process:\n    handler: process.handler\n    reservedConcurrency: 600\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 11
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\nfunctions:\n  orders:\n    handler: orders.handler\n    reservedConcurrency: 600\n  reports:\n    handler: reports.handler\n    reservedConcurrency: 300\n"
                }
            ],
            "fires": []
        }
    },
    "service-mesh-missing": {
        "fires": {
            "name": "knative-ten-services",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: shop\nprovider:\n  name: knative\n  runtime: nodejs20.x\nfunctions:\n  svc0:\n    handler: svc0\n  svc1:\n    handler: svc1\n  svc2:\n    handler: svc2\n  svc3:\n    handler: svc3\n  svc4:\n    handler: svc4\n  svc5:\n    handler: svc5\n  svc6:\n    handler: svc6\n  svc7:\n    handler: svc7\n  svc8:\n    handler: svc8\n  svc9:\n    handler: svc9\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 1
                }
            ]
        },
        "silent": {
            "name": "knative-nine-services",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: shop\nprovider:\n  name: knative\n  runtime: nodejs20.x\nfunctions:\n  svc0:\n    handler: svc0\n  svc1:\n    handler: svc1\n  svc2:\n    handler: svc2\n  svc3:\n    handler: svc3\n  svc4:\n    handler: svc4\n  svc5:\n    handler: svc5\n  svc6:\n    handler: svc6\n  svc7:\n    handler: svc7\n  svc8:\n    handler: svc8\n"
                }
            ],
            "fires": []
        }
    },
    "services-exposed-without-gateway": {
        "fires": {
            "name": "compose-published-ports",
            "files": [
                {
                    "path": "docker-compose.yml",
                    "text": "services:\n  web:\n    build: ./web\n    ports:\n      - \"3000:3000\"\n  api:\n    build:\n      context: ./api\n    ports:\n      - target: 8080\n        published: 8080\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n"
                }
            ],
            "fires": [
                {
                    "file": "docker-compose.yml",
                    "line": 4
                },
                {
                    "file": "docker-compose.yml",
                    "line": 9
                }
            ]
        },
        "silent": {
            "name": "compose-behind-proxy",
            "files": [
                {
                    "path": "compose.yaml",
                    "text": "services:\n  proxy:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n  web:\n    build: ./web\n    ports:\n      - \"3000:3000\"\n  api:\n    build: ./api\n    ports:\n      - \"8080:8080\"\n"
                }
            ],
            "fires": []
        }
    },
    "services-outnumber-team": {
        "fires": {
            "name": "codeowners-one-individual",
            "files": [
                {
                    "path": ".github/CODEOWNERS",
                    "text": "# owners\n*       @alice\n/docs/  @alice\n"
                },
                {
                    "path": "cart/serverless.yml",
                    "text": "service: cart\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                },
                {
                    "path": "orders/serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                },
                {
                    "path": "payments/serverless.yml",
                    "text": "service: payments\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": [
                {
                    "file": ".github/CODEOWNERS",
                    "line": 2
                }
            ]
        },
        "silent": {
            "name": "codeowners-two-individuals",
            "files": [
                {
                    "path": "CODEOWNERS",
                    "text": "* @alice @bob\n"
                },
                {
                    "path": "cart/serverless.yml",
                    "text": "service: cart\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                },
                {
                    "path": "orders/serverless.yml",
                    "text": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                },
                {
                    "path": "payments/serverless.yml",
                    "text": "service: payments\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: api.handler\n    events:\n      - httpApi: GET /orders\n"
                }
            ],
            "fires": []
        }
    },
    "shared-database-across-services": {
        "fires": {
            "name": "k8s-same-database",
            "files": [
                {
                    "path": "deployments.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-service\nspec:\n  template:\n    spec:\n      containers:\n        - name: orders\n          image: shop/orders:1.0\n          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: DATABASE_URL\n              value: postgres://app@shop-db.prod.svc.cluster.local:5432/shop\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    spec:\n      containers:\n        - name: billing\n          image: shop/billing:1.0\n          env:\n            - name: SPRING_DATASOURCE_URL\n              value: jdbc:postgresql://shop-db:5432/shop?sslmode=require\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db, key: password }\n"
                }
            ],
            "fires": [
                {
                    "file": "deployments.yaml",
                    "line": 14
                },
                {
                    "file": "deployments.yaml",
                    "line": 28
                }
            ]
        },
        "silent": {
            "name": "k8s-own-databases",
            "files": [
                {
                    "path": "deployments.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-service\nspec:\n  template:\n    spec:\n      containers:\n        - name: orders\n          image: shop/orders:1.0\n          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: DATABASE_URL\n              value: postgres://app@shop-db.prod.svc.cluster.local:5432/shop\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    spec:\n      containers:\n        - name: billing\n          image: shop/billing:1.0\n          env:\n            - name: SPRING_DATASOURCE_URL\n              value: jdbc:postgresql://shop-db:5432/billing?sslmode=require\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db, key: password }\n"
                }
            ],
            "fires": []
        }
    },
    "steady-workload-on-functions": {
        "fires": {
            "name": "serverless-minute-poller",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: inventory-sync\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  memorySize: 1024\nfunctions:\n  pollSuppliers:\n    handler: src/poll.handler\n    timeout: 60\n    events:\n      - schedule: rate(1 minute)\n  nightlyReport:\n    handler: src/report.handler\n    timeout: 900\n    events:\n      - schedule: cron(0 2 * * ? *)\n"
                }
            ],
            "fires": [
                {
                    "file": "serverless.yml",
                    "line": 11
                }
            ]
        },
        "silent": {
            "name": "serverless-compliant",
            "files": [
                {
                    "path": "serverless.yml",
                    "text": "service: poll\nprovider:\n  name: aws\nfunctions:\n  poll:\n    handler: poll.handler\n    events:\n      - schedule: rate(30 minutes)\n  paused:\n    handler: poll.handler\n    events:\n      - schedule:\n          rate: rate(1 minute)\n          enabled: false\n"
                }
            ],
            "fires": []
        }
    },
    "workload-missing-probes": {
        "fires": {
            "name": "k8s-no-service-in-scan",
            "files": [
                {
                    "path": "deployment.yaml",
                    "text": "# The Service lives elsewhere (another repository, `kubectl expose`): nothing says this pod receives no requests.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: catalog\nspec:\n  selector:\n    matchLabels: { app: catalog }\n  template:\n    metadata:\n      labels: { app: catalog }\n    spec:\n      containers:\n        - name: catalog\n          image: shop/catalog:3.2\n          ports:\n            - containerPort: 8080\n"
                }
            ],
            "fires": [
                {
                    "file": "deployment.yaml",
                    "line": 14
                }
            ]
        },
        "silent": {
            "name": "k8s-readiness-only",
            "files": [
                {
                    "path": "deployment.yaml",
                    "text": "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: shop/agent:1.0\n          readinessProbe:\n            tcpSocket: { port: 9000 }\n"
                }
            ],
            "fires": []
        }
    },
    "workload-not-network-isolated": {
        "fires": {
            "name": "k8s-one-unselected",
            "files": [
                {
                    "path": "all.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    metadata:\n      labels:\n        app: orders\n        tier: backend\n    spec:\n      containers:\n        - name: orders\n          image: shop/orders:1.0\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\nspec:\n  template:\n    metadata:\n      labels:\n        app: frontend\n    spec:\n      containers:\n        - name: frontend\n          image: shop/frontend:1.0\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: backend-only-from-frontend\nspec:\n  podSelector:\n    matchExpressions:\n      - { key: tier, operator: In, values: [backend] }\n  policyTypes: [Ingress]\n"
                }
            ],
            "fires": [
                {
                    "file": "all.yaml",
                    "line": 16
                }
            ]
        },
        "silent": {
            "name": "k8s-single-service",
            "files": [
                {
                    "path": "all.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: api\n          image: shop/api:1.0\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  template:\n    metadata:\n      labels:\n        app: postgres\n    spec:\n      containers:\n        - name: postgres\n          image: docker.io/library/postgres:16\n"
                }
            ],
            "fires": []
        }
    },
    "workload-without-autoscaling": {
        "fires": {
            "name": "k8s-fixed-replicas",
            "files": [
                {
                    "path": "deployment.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: catalog\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: catalog\n          image: shop/catalog:1.0\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: redis\n          image: redis:7-alpine\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ledger\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: ledger\n          image: shop/ledger:1.0\n"
                }
            ],
            "fires": [
                {
                    "file": "deployment.yaml",
                    "line": 6
                }
            ]
        },
        "silent": {
            "name": "k8s-keda-scaled",
            "files": [
                {
                    "path": "all.yaml",
                    "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: shop/worker:1.0\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: worker\nspec:\n  scaleTargetRef:\n    name: worker\n  triggers:\n    - type: rabbitmq\n      metadata:\n        queueName: jobs\n"
                }
            ],
            "fires": []
        }
    }
};

;// CONCATENATED MODULE: ./src/cli/explain.ts


/** A built-in policy's examples, chosen from its test cases at build time (the package does not ship them). */
function builtinExamples(policy) {
    return policy.origin.builtin ? POLICY_EXAMPLES[policy.id] : undefined;
}
/** `archlint explain`: what a policy judges, why, its parameters, how to fix it, and where it fires and not. */
function renderExplanation(policy, examples, format) {
    const docs = policyDocsUrl(policy);
    if (format === "json") {
        const { origin, ...definition } = policy;
        return `${JSON.stringify({ ...definition, file: origin.file, builtin: origin.builtin, docs, examples }, null, 2)}\n`;
    }
    const escalations = (policy.escalate ?? []).map((e) => `${e.severity} when ${JSON.stringify(e.when)}`);
    const params = Object.entries(policy.params ?? {});
    const width = Math.max(0, ...params.map(([name]) => name.length));
    const sections = [
        `${policy.id}: ${policy.title}`,
        `Severity ${policy.severity}${escalations.map((e) => `; ${e}`).join("")}. Subject: ${policy.subject}${policy.each ? `, each of ${policy.each}` : ""}. ${policy.origin.builtin ? "Built in" : "Custom"}: ${policy.origin.file}`,
        policy.description && oneParagraph(policy.description),
        policy.guide && `Why: ${policy.guide}`,
        params.length
            ? [
                `Parameters (default; set them under policies.${policy.id}.params in .archlint.yml):`,
                ...params.map(([name, value]) => `  ${name.padEnd(width)}  ${JSON.stringify(value)}`),
            ].join("\n")
            : "Parameters: none",
        policy.remediation && `How to fix: ${oneParagraph(policy.remediation)}`,
        examples && renderExample("Fires on", examples.fires),
        examples && renderExample("Silent on", examples.silent),
        docs && `Docs: ${docs}`,
    ];
    return `${sections.filter(Boolean).join("\n\n")}\n`;
}
function oneParagraph(text) {
    return text.trim().replace(/\s*\n\s*/g, " ");
}
/** Each file of the case with line numbers; `>` marks a line the policy fires on. */
function renderExample(heading, example) {
    const lines = [`${heading} (test case ${example.name}):`];
    for (const file of example.files) {
        const firing = new Set(example.fires.filter((f) => f.file === file.path).map((f) => f.line));
        const text = file.text.replace(/\n$/, "").split("\n");
        const width = String(text.length).length;
        lines.push(`  ${file.path}`);
        text.forEach((line, index) => {
            const marker = firing.has(index + 1) ? ">" : " ";
            lines.push(`  ${marker} ${String(index + 1).padStart(width)} | ${line}`.trimEnd());
        });
    }
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/cli/policy-list.ts

/**
 * Every policy with the severity it reports with under this config (`off` when turned off), its parameters (the
 * values in force under this config, and the defaults), its docs and its file.
 */
function renderPolicyList(policies, config, format) {
    const rows = policies.map((p) => {
        const setting = config.policies?.[p.id];
        const severity = setting === "off" ? "off" : (setting?.severity ?? p.severity);
        return {
            id: p.id,
            severity,
            subject: p.subject,
            title: p.title,
            params: { ...p.params, ...(setting === "off" ? {} : setting?.params) },
            defaultParams: p.params ?? {},
            ...(policyDocsUrl(p) ? { docs: policyDocsUrl(p) } : {}),
            source: p.origin.builtin ? "built-in" : "custom",
            file: p.origin.file,
        };
    });
    if (format === "json")
        return `${JSON.stringify(rows, null, 2)}\n`;
    const width = Math.max(...rows.map((r) => r.id.length), 2);
    const line = (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.subject.padEnd(10)}  ${r.source.padEnd(8)}  ${r.title}  (${r.file})`;
    const custom = rows.filter((r) => r.source === "custom").length;
    return `${rows.map(line).join("\n")}\n\n${rows.length} policies: ${rows.length - custom} built-in, ${custom} custom\n`;
}

;// CONCATENATED MODULE: ./src/cli/scan-target.ts



/**
 * A file is scanned from the working directory when it lies inside it, so its path, the config and the waivers
 * read as they do for a whole-repository scan (pre-commit and editors pass paths from the repository root);
 * a file elsewhere is scanned from its own folder.
 */
function scanTarget(fs, path, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    const type = fs.stat(absolute)?.type;
    if (type === "directory")
        return { root: absolute };
    if (type !== "file")
        throw new cli_arguments/* UsageError */.eb(`${path} is not a directory or a file`);
    const inside = (0,external_node_path_.relative)(cwd, absolute);
    const root = inside && !inside.startsWith("..") && !(0,external_node_path_.isAbsolute)(inside) ? cwd : (0,external_node_path_.dirname)(absolute);
    return { root, file: (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join("/") };
}
/**
 * The config of a one-file scan: that file alone, and no repository-level policy, which judges a whole
 * repository (its IaC, pipelines, team) and would misjudge it from one file.
 */
function singleFileConfig(config, file, policies) {
    const repositoryWide = policies.filter((p) => p.subject === "repository").map((p) => [p.id, "off"]);
    return {
        ...config,
        include: [(0,esm/* escape */.ih)(file)],
        policies: { ...config.policies, ...Object.fromEntries(repositoryWide) },
    };
}

;// CONCATENATED MODULE: ./src/report/gitlab.ts
/** GitLab's five severities; eslint-formatter-gitlab's mapping, so archlint's findings rank like a linter's. */
const SEVERITIES = { error: "major", warning: "minor", notice: "info" };
/**
 * GitLab Code Quality: the subset of the Code Climate issue format that GitLab reads (description, check_name,
 * fingerprint, severity, location.path, location.lines.begin), so findings show in the merge request widget. Paths
 * are relative to the repository root: `pathPrefix` is the scanned folder's place in it ("" or ending in "/").
 */
function renderGitlab(report, pathPrefix = "") {
    return report.findings.map((f) => ({
        type: "issue",
        description: f.message,
        check_name: f.policy,
        fingerprint: f.fingerprint,
        severity: SEVERITIES[f.severity],
        location: { path: `${pathPrefix}${f.file}`, lines: { begin: f.line } },
    }));
}

;// CONCATENATED MODULE: ./src/report/junit.ts
/**
 * JUnit XML (the Jenkins/Surefire dialect that GitLab, Jenkins, Azure DevOps and the GitHub test-report actions
 * read): one test suite per policy, one failed test case per finding, so a reporter lists every finding as its own
 * row with its message and place, and a fixed finding disappears from the next run. A policy with nothing to report
 * is one passing test case, so a clean run shows every policy passing rather than "no tests"; a suppressed finding
 * is a skipped test case with its reason.
 */
function renderJunit(report, policies) {
    const byPolicy = groupByPolicy(report.findings);
    const suppressedByPolicy = groupByPolicy(report.suppressed);
    const suites = suiteList(report, policies).map(({ id, title }) => {
        const findings = byPolicy.get(id) ?? [];
        const suppressed = suppressedByPolicy.get(id) ?? [];
        const passed = findings.length === 0 ? [`    <testcase name="${attribute(title)}" classname="${attribute(id)}" time="0"/>`] : [];
        const tests = findings.length + suppressed.length + passed.length;
        return {
            tests,
            xml: [
                `  <testsuite name="${attribute(id)}" tests="${tests}" failures="${findings.length}" errors="0" skipped="${suppressed.length}" time="0">`,
                ...findings.map((f) => failedCase(f, report)),
                ...suppressed.map(skippedCase),
                ...passed,
                "  </testsuite>",
            ].join("\n"),
        };
    });
    const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${attribute(report.tool.name)}" tests="${tests}" failures="${report.findings.length}" errors="0" time="0">`,
        ...suites.map((suite) => suite.xml),
        "</testsuites>",
        "",
    ].join("\n");
}
/** Every policy, then the findings that are not policies' (parse errors, unused suppressions). */
function suiteList(report, policies) {
    const suites = policies.map((p) => ({ id: p.id, title: p.title }));
    const known = new Set(suites.map((s) => s.id));
    for (const f of [...report.findings, ...report.suppressed]) {
        if (known.has(f.policy))
            continue;
        known.add(f.policy);
        suites.push({ id: f.policy, title: f.title });
    }
    return suites;
}
function failedCase(f, report) {
    const help = report.policies?.[f.policy];
    const body = [
        `${f.file}:${f.line}:${f.column}: ${f.message}`,
        help?.remediation && `Remediation: ${help.remediation}`,
        help?.docs && `Documentation: ${help.docs}`,
    ].filter(Boolean);
    return [
        `    <testcase name="${attribute(caseName(f))}" classname="${attribute(f.policy)}" time="0">`,
        `      <failure type="${f.severity}" message="${attribute(f.message)}">${junit_text(body.join("\n"))}</failure>`,
        "    </testcase>",
    ].join("\n");
}
function skippedCase(f) {
    return [
        `    <testcase name="${attribute(caseName(f))}" classname="${attribute(f.policy)}" time="0">`,
        `      <skipped message="${attribute(`suppressed by ${f.suppressedBy}: ${f.reason}`)}"/>`,
        "    </testcase>",
    ].join("\n");
}
/** Where and what: a reporter shows it as the test's name. */
function caseName(f) {
    return `${f.file}:${f.line}:${f.column} ${f.subject.kind} ${f.subject.name}`;
}
function groupByPolicy(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const list = groups.get(finding.policy);
        if (list)
            list.push(finding);
        else
            groups.set(finding.policy, [finding]);
    }
    return groups;
}
/** XML 1.0 has no way to write most control characters, even escaped: they are dropped. */
function junit_text(value) {
    return value
        .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;");
}
function attribute(value) {
    return junit_text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

;// CONCATENATED MODULE: ./src/report/inventory-summary.ts
const SHOWN = 6;
const list = (items, none = "none found") => items.length === 0
    ? none
    : items.length > SHOWN
        ? `${items.slice(0, SHOWN).join(", ")} and ${items.length - SHOWN} more`
        : items.join(", ");
const inventory_summary_plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
const inventory_summary_place = (e) => (e.line ? `${e.file}:${e.line}` : e.file);
/** Evidence grouped by tool: `Prometheus (a.yml:3, b.yml:9)`. */
/** The cluster's code, else the script that creates it (automation, but not infrastructure as code). */
function clusterInCode(iac) {
    if (iac.clusterInCode.length)
        return evidenceList(iac.clusterInCode);
    return iac.clusterByScript.length
        ? `no: created by a script (${list(iac.clusterByScript.slice(0, 2).map(inventory_summary_place))})`
        : "no";
}
function evidenceList(evidence) {
    const byValue = new Map();
    for (const e of evidence)
        byValue.set(e.value, [...(byValue.get(e.value) ?? []), inventory_summary_place(e)]);
    return list([...byValue].map(([value, places]) => `${value} (${list(places.slice(0, 2))}${places.length > 2 ? ` +${places.length - 2}` : ""})`));
}
const answer = (a) => a.answer === "unknown" ? `unknown (${a.reason})` : `${a.answer} (${a.basis}: ${a.reason})`;
/** The architecture style in one line, the first thing every report says: `microservices (0 serverless stacks \u2026)`. */
function styleText(inventory) {
    const style = inventory.style;
    return style ? `${style.value} (${style.basis})` : undefined;
}
/** Why a missing review is or is not overdue yet: the known age of the scanned code. */
const reviewAge = (age) => age === undefined
    ? ""
    : age === "unknown"
        ? " (the repository's age is unknown, so no review is overdue yet)"
        : ` (${age})`;
/**
 * `12 files not judged: 8 optional (examples/, extras/), 4 test (tests/); name them in include to judge them`,
 * so nothing leaves the report silently.
 */
function setAsideSummary(inventory) {
    const files = inventory.setAside ?? [];
    if (files.length === 0)
        return undefined;
    const byRole = ["optional", "test"].flatMap((role) => {
        const ofRole = files.filter((f) => f.role === role);
        const why = [...new Set(ofRole.map((f) => f.reason))];
        return ofRole.length ? [`${ofRole.length} ${role} (${list(why)})`] : [];
    });
    return `${inventory_summary_plural(files.length, "file")} not judged as the deployed system: ${byRole.join(", ")}; name them in the config's include (e.g. \`examples/**\`) to judge them`;
}
function inventoryRows(inventory) {
    const { ownedServices, functions, thirdParty, gateways, queues, team, observability, iac, delivery, decision } = inventory;
    const style = styleText(inventory);
    const rows = [
        ...(style ? [{ label: "Style", value: style }] : []),
        {
            label: "Owned services",
            value: `${ownedServices.length}${ownedServices.length ? `: ${list(ownedServices.map((s) => s.name))}` : ""}`,
        },
        { label: "Functions", value: String(functions.length) },
        {
            label: "Third-party components",
            value: `${thirdParty.length}${thirdParty.length ? `: ${list(thirdParty.map((t) => `${t.name} (${t.category})`))}` : ""}`,
        },
        {
            label: "Gateways",
            value: `${gateways.length}${gateways.length ? `: ${list(gateways.map((g) => g.name))}` : ""}`,
        },
        { label: "Queues", value: `${queues.length}${queues.length ? `: ${list(queues.map((q) => q.name))}` : ""}` },
        {
            label: "Team size",
            value: team.size === undefined ? `unknown: ${team.detail}` : `${team.size} (${team.detail})`,
        },
        { label: "Metrics", value: evidenceList(observability.metrics) },
        { label: "Traces", value: evidenceList(observability.traces) },
        { label: "Logs", value: evidenceList(observability.logs) },
        { label: "Dashboards", value: evidenceList(observability.dashboards) },
        { label: "Service mesh", value: evidenceList(inventory.mesh) },
        ...(setAsideSummary(inventory) ? [{ label: "Set aside", value: setAsideSummary(inventory) }] : []),
        ...(inventory.unrenderedHelmCharts?.length
            ? [
                {
                    label: "Helm templates",
                    value: `not rendered, read through values.yaml: ${list(inventory.unrenderedHelmCharts)}`,
                },
            ]
            : []),
        {
            label: "Infrastructure as code",
            value: list(iac.tools.map((t) => `${t.tool} (${inventory_summary_plural(t.files.length, "file")})`)),
        },
    ];
    if (iac.kubernetes.length)
        rows.push({ label: "Cluster in code", value: clusterInCode(iac) });
    rows.push({
        label: "CI/CD",
        value: list(delivery.systems.map((s) => s.deploys
            ? `${s.system} (deploys: ${list([...new Set(s.deploySteps.map((d) => d.value))])})`
            : `${s.system} (no deploy step)`)),
    }, { label: "Traffic unpredictable?", value: answer(decision.trafficUnpredictable) }, { label: "Sudden spikes?", value: answer(decision.suddenSpikes) }, { label: "Short-lived work?", value: answer(decision.shortLivedWork) }, { label: "DevOps expertise?", value: answer(decision.devopsExpertise) }, {
        label: "Last reassessment",
        value: inventory.reassessment.last
            ? `${inventory.reassessment.last} (${inventory.reassessment.source === "issue" ? "reassessment issue" : "reassessment.lastReviewed"})`
            : `none recorded${reviewAge(inventory.reassessment.age)}: set reassessment.lastReviewed in .archlint.yml`,
    });
    return rows;
}

;// CONCATENATED MODULE: ./src/report/architecture-map.ts

/** Above this many services a platform's group becomes one node; above MAX_NODES everything collapses further. */
const MAX_GROUP = 8;
const MAX_NODES = 40;
const DATA_STORE_CATEGORIES = new Set(["database", "cache", "broker", "queue", "storage", "search", "data-store"]);
const PLATFORM_NAMES = {
    kubernetes: "Kubernetes",
    helm: "Helm",
    kustomize: "Kustomize",
    compose: "Compose",
    knative: "Knative / Cloud Run",
    "aws-lambda": "AWS Lambda",
    "aws-ecs": "Amazon ECS",
    "azure-functions": "Azure Functions",
    "gcp-functions": "Google Cloud Functions",
};
/**
 * Text from the repository as a Mermaid label: quoted, with quotes, brackets and backticks made harmless; an empty
 * name (which Mermaid cannot parse) shows as `(unnamed)`.
 */
function mermaidLabel(text) {
    const safe = (text.trim() === "" ? "(unnamed)" : text)
        .replace(/[\r\n]+/g, " ")
        .replace(/`/g, "'")
        .replace(/"/g, "#quot;")
        .replace(/</g, "#lt;")
        .replace(/>/g, "#gt;");
    return `"${safe}"`;
}
const shapes = {
    service: (label) => `[${label}]`,
    gateway: (label) => `{{${label}}}`,
    queue: (label) => `[/${label}/]`,
    store: (label) => `[(${label})]`,
};
/**
 * The architecture as a Mermaid flowchart: gateways \u2192 owned services and stacks of functions, grouped by platform
 * \u2192 the services their settings call, the queues they read and the data stores they use. Large groups collapse to one node and the whole map
 * stays under MAX_NODES, so it renders and reads in a PR comment. Empty when nothing is deployed.
 */
function architectureFlowchart(report) {
    const { ownedServices, functions, gateways, queues, thirdParty } = report.inventory;
    if (ownedServices.length === 0)
        return "";
    let next = 0;
    const id = () => `n${next++}`;
    const lines = ["flowchart LR"];
    const serviceNodes = new Map();
    const groups = new Map();
    for (const service of ownedServices) {
        const platform = groupOf(service, functions);
        groups.set(platform, [...(groups.get(platform) ?? []), service]);
    }
    const budget = MAX_NODES - Math.min(gateways.length + queues.length, MAX_NODES / 2);
    const collapseAll = ownedServices.length > budget;
    let nodes = 0;
    for (const [platform, services] of groups) {
        lines.push(`  subgraph ${id()}[${mermaidLabel(PLATFORM_NAMES[platform] ?? platform)}]`);
        if (collapseAll || services.length > MAX_GROUP) {
            const node = id();
            lines.push(`    ${node}${shapes.service(mermaidLabel(`${services.length} services`))}`);
            for (const service of services)
                serviceNodes.set(service.key, node);
            nodes++;
        }
        else {
            for (const service of services) {
                const node = id();
                const label = service.type === "serverless-stack"
                    ? `${service.name} (${inventory_summary_plural(service.functions ?? 0, "function")})`
                    : service.name;
                lines.push(`    ${node}${shapes.service(mermaidLabel(label))}`);
                serviceNodes.set(service.key, node);
                nodes++;
            }
        }
        lines.push("  end");
    }
    const edges = new Set();
    const gatewayNodes = new Map();
    const gatewayNode = (name) => {
        let node = gatewayNodes.get(name);
        if (!node) {
            node = id();
            gatewayNodes.set(name, node);
            lines.push(`  ${node}${shapes.gateway(mermaidLabel(name))}`);
        }
        return node;
    };
    for (const gateway of gateways)
        gatewayNode(gateway.name);
    const queueNodes = new Map();
    const tooManyQueues = queues.length + nodes > MAX_NODES;
    const queueNode = (name) => {
        const key = tooManyQueues ? "*" : name;
        let node = queueNodes.get(key);
        if (!node) {
            node = id();
            queueNodes.set(key, node);
            lines.push(`  ${node}${shapes.queue(mermaidLabel(tooManyQueues ? `${queues.length} queues` : name))}`);
        }
        return node;
    };
    for (const fn of functions) {
        const target = serviceNodes.get(fn.service);
        if (!target)
            continue;
        if (fn.gateway)
            edges.add(`  ${gatewayNode(fn.gateway)} --> ${target}`);
        for (const queue of fn.queues ?? [])
            edges.add(`  ${target} -->|reads| ${queueNode(queue)}`);
    }
    for (const queue of queues)
        if (!queueNodes.has(tooManyQueues ? "*" : queue.name))
            queueNode(queue.name);
    const stores = thirdParty.filter((t) => DATA_STORE_CATEGORIES.has(t.category));
    const storeNodes = new Map();
    if (stores.length) {
        lines.push(`  subgraph ${id()}[${mermaidLabel("Data stores")}]`);
        const shown = stores.length + nodes > MAX_NODES ? [] : stores;
        for (const store of shown) {
            const node = id();
            storeNodes.set(store.name, node);
            lines.push(`    ${node}${shapes.store(mermaidLabel(store.name))}`);
        }
        if (!shown.length)
            lines.push(`    ${id()}${shapes.store(mermaidLabel(`${stores.length} data stores`))}`);
        lines.push("  end");
    }
    for (const service of ownedServices) {
        const from = serviceNodes.get(service.key);
        if (!from)
            continue;
        for (const key of service.calls ?? []) {
            const to = serviceNodes.get(key);
            if (to && to !== from)
                edges.add(`  ${from} --> ${to}`);
        }
        for (const name of service.uses ?? []) {
            const to = storeNodes.get(name);
            if (to)
                edges.add(`  ${from} --> ${to}`);
        }
    }
    return [...lines, ...edges].join("\n");
}
/** The flowchart in a Mermaid code block, as Markdown renders it; empty when there is nothing to draw. */
function renderArchitectureMap(report) {
    const flowchart = architectureFlowchart(report);
    return flowchart ? ["```mermaid", flowchart, "```", ""].join("\n") : "";
}
function groupOf(service, functions) {
    if (service.type === "serverless-stack")
        return functions.find((f) => f.service === service.key)?.platform ?? "functions";
    return service.platforms[0] ?? "containers";
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** Escapes text from the repository so it renders as text: no Markdown, HTML or @mentions from a file name. */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`)
        .replace(/@/g, "@\u200b")
        .replace(/\r?\n/g, " ");
}
function renderMarkdown(report) {
    const { error, warning, notice, files } = report.summary;
    const style = styleText(report.inventory);
    const lines = [
        `## archlint`,
        "",
        ...(style ? [`**Architecture style:** ${escapeMarkdown(style)}`, ""] : []),
        `**${error}** errors, **${warning}** warnings, **${notice}** notices in ${files} files${suppressedCount(report)}.`,
        "",
    ];
    if (report.findings.length) {
        lines.push("| Severity | Policy | Where | Message |", "|---|---|---|---|");
        for (const f of report.findings) {
            lines.push(`| ${f.severity} | ${policyLink(f.policy, report.policies?.[f.policy])} | ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.message + alsoInText(f))} |`);
        }
    }
    const help = helpMarkdown(report);
    if (help.length)
        lines.push("", "### How to fix", "", ...help);
    lines.push(...suppressedList(report));
    lines.push("", ...renderInventory(report));
    return `${lines.join("\n")}\n`;
}
function suppressedCount(report) {
    const count = report.suppressed.length;
    return count ? `; **${count}** suppressed` : "";
}
/** Suppressed findings stay visible, folded away: each with where it is, who suppressed it and why. */
function suppressedList(report) {
    if (report.suppressed.length === 0)
        return [];
    const rows = report.suppressed.map((f) => `| \`${f.policy}\` | ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.suppressedBy)} | ${escapeMarkdown(f.reason)} |`);
    return [
        "",
        "<details>",
        `<summary>${report.suppressed.length} suppressed finding${report.suppressed.length === 1 ? "" : "s"}</summary>`,
        "",
        "| Policy | Where | Suppressed by | Reason |",
        "|---|---|---|---|",
        ...rows,
        "",
        "</details>",
    ];
}
/** The inventory as a table, then the architecture map when there is something to draw. */
function renderInventory(report) {
    const lines = ["### Inventory", "", "| | |", "|---|---|"];
    for (const row of inventoryRows(report.inventory))
        lines.push(`| ${row.label} | ${escapeMarkdown(row.value)} |`);
    const map = renderArchitectureMap(report);
    if (map)
        lines.push("", "### Architecture map", "", map);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const sarif_LEVELS = { error: "error", warning: "warning", notice: "note" };
/** GitHub code scanning keeps at most 5,000 results per run (it refuses larger uploads' extra results). */
const SARIF_MAX_RESULTS = 5_000;
/**
 * Policies whose findings are security weaknesses, with a CVSS-like score for GitHub's security severity (\u2265 7 high,
 * \u2265 4 medium). The rest are reliability, cost and operability risks: no security severity.
 */
const SECURITY_SEVERITY = {
    "iam-wildcard-permission": "8.0",
    "workload-not-network-isolated": "5.0",
    "services-exposed-without-gateway": "4.0",
};
/** SARIF 2.1.0: one run; every policy is a rule with help, every finding a result with a real file and line. */
function renderSarif(report, policies, options = {}) {
    const prefix = options.pathPrefix ?? "";
    const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
    const rules = policies.map(toRule);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const kept = [...report.findings]
        .sort((a, b) => (0,model_types/* severityRank */.q)(a.severity) - (0,model_types/* severityRank */.q)(b.severity))
        .slice(0, maxResults);
    const results = kept.map((f) => toResult(f, prefix, ruleIndex.get(f.policy)));
    const omitted = report.findings.length - kept.length;
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: "https://www.npmjs.com/package/archlint",
                        rules,
                    },
                },
                automationDetails: { id: "archlint/" },
                columnKind: "unicodeCodePoints",
                results,
                ...(omitted > 0 ? { properties: { omittedResults: omitted } } : {}),
            },
        ],
    };
}
function toRule(policy) {
    const description = policy.description ?? policy.title;
    const securitySeverity = SECURITY_SEVERITY[policy.id];
    const docs = policyDocsUrl(policy);
    const helpText = [
        description,
        policy.remediation && `Remediation: ${policy.remediation}`,
        policy.guide && `Guide: ${policy.guide}`,
        docs && `Documentation: ${docs}`,
    ]
        .filter(Boolean)
        .join("\n\n");
    const helpMarkdown = [
        `**${policy.title}**`,
        description,
        policy.remediation && `**Remediation:** ${policy.remediation}`,
        policy.guide && `**Guide:** ${policy.guide}`,
        docs && `[Documentation](${docs})`,
    ]
        .filter(Boolean)
        .join("\n\n");
    return {
        id: policy.id,
        name: toPascalCase(policy.id),
        shortDescription: { text: policy.title },
        fullDescription: { text: description },
        ...(docs ? { helpUri: docs } : {}),
        help: { text: helpText, markdown: helpMarkdown },
        defaultConfiguration: { level: sarif_LEVELS[policy.severity] },
        properties: {
            tags: securitySeverity ? ["architecture", "security"] : ["architecture", policy.subject],
            ...(securitySeverity ? { "security-severity": securitySeverity } : {}),
        },
    };
}
function toResult(f, prefix, ruleIndex) {
    return {
        ruleId: f.policy,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: sarif_LEVELS[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(`${prefix}${f.file}`) },
                    region: {
                        startLine: f.line,
                        startColumn: f.column,
                        ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
                    },
                },
            },
        ],
        ...(f.alsoIn?.length
            ? {
                relatedLocations: f.alsoIn.map((place, id) => ({
                    id,
                    message: { text: "the same problem in another deployment variant" },
                    physicalLocation: {
                        artifactLocation: { uri: encodeUri(`${prefix}${place.file}`) },
                        region: { startLine: place.line, startColumn: place.column },
                    },
                })),
            }
            : {}),
        partialFingerprints: { "archlint/v1": f.fingerprint },
    };
}
/** SARIF URIs are URI references: each path segment percent-encoded, the slashes kept. */
function encodeUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
/** SARIF rule names are identifiers (`FunctionTimeoutExceedsPlatformMax`); the id keeps the kebab case. */
function toPascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
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
    const lines = [];
    const style = styleText(report.inventory);
    if (style)
        lines.push(`Architecture style: ${style}`, "");
    for (const { file, findings } of groupByFile(report.findings)) {
        lines.push(paint("dim", file));
        const ordered = [...findings].sort((a, b) => (0,model_types/* severityRank */.q)(a.severity) - (0,model_types/* severityRank */.q)(b.severity) || a.line - b.line);
        for (const f of ordered) {
            lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${paint(f.severity, f.severity.padEnd(7))} ${f.message}${alsoInText(f)}  ${paint("dim", f.policy)}`);
        }
        lines.push("");
    }
    lines.push(...helpLines(report, (text) => paint("dim", text)));
    if (!options.quiet)
        lines.push(...inventoryAndSkipped(report, paint));
    lines.push(options.quiet ? quietSummaryLine(report) : summaryLine(report));
    return `${lines.join("\n")}\n`;
}
function summaryLine(report) {
    const { error, warning, notice, files } = report.summary;
    const suppressed = report.suppressed.length ? `, ${report.suppressed.length} suppressed` : "";
    return `${error} errors, ${warning} warnings, ${notice} notices in ${files} files${suppressed}`;
}
/** --quiet shows only what reaches the gate, so its counts are of what it shows, and it says what it left out. */
function quietSummaryLine(report) {
    const shown = report.findings.length;
    const total = report.summary.error + report.summary.warning + report.summary.notice;
    const count = (severity) => report.findings.filter((f) => f.severity === severity).length;
    const hidden = total > shown ? `; ${total - shown} below the fail level not shown (run without --quiet)` : "";
    return `${count("error")} errors, ${count("warning")} warnings, ${count("notice")} notices in ${report.summary.files} files${hidden}`;
}
function inventoryAndSkipped(report, paint) {
    const lines = [paint("dim", "Inventory")];
    const rows = inventoryRows(report.inventory);
    const width = Math.max(...rows.map((r) => r.label.length));
    for (const row of rows)
        lines.push(`  ${row.label.padEnd(width)}  ${row.value}`);
    lines.push("");
    for (const skipped of report.skipped)
        lines.push(paint("dim", `skipped ${skipped.path}: ${skipped.reason}`));
    return lines;
}
/** Findings per file, the file with the most severe finding first: one pass, so a file with 30,000 stays linear. */
function groupByFile(findings) {
    const byFile = new Map();
    for (const finding of findings) {
        const rank = (0,model_types/* severityRank */.q)(finding.severity);
        const group = byFile.get(finding.file);
        if (group) {
            group.findings.push(finding);
            group.worst = Math.min(group.worst, rank);
        }
        else
            byFile.set(finding.file, { file: finding.file, findings: [finding], worst: rank });
    }
    return [...byFile.values()].sort((a, b) => a.worst - b.worst || a.file.localeCompare(b.file));
}

;// CONCATENATED MODULE: ./src/report/render.ts





function renderReport(format, report, policies, options = {}) {
    switch (format) {
        case "json":
            return `${JSON.stringify(report, null, 2)}\n`;
        case "sarif":
            return `${JSON.stringify(renderSarif(report, policies), null, 2)}\n`;
        case "markdown":
            return renderMarkdown(report);
        case "junit":
            return renderJunit(report, policies);
        case "gitlab":
            return `${JSON.stringify(renderGitlab(report), null, 2)}\n`;
        default:
            return renderText(report, { colour: options.colour === true, quiet: options.quiet });
    }
}

;// CONCATENATED MODULE: ./src/cli/write-outputs.ts





/** Renders each requested report once and writes it to its file (parent folders created) or to `stdout`. */
function writeOutputs(outputs, report, policies, options, stdout) {
    const shown = options.quiet
        ? { ...report, findings: report.findings.filter((f) => (0,gate/* reachesFailLevel */.GB)([f], options.failOn)) }
        : report;
    for (const output of outputs) {
        const colour = output.file === undefined && options.colour;
        const text = renderReport(output.format, shown, policies, { colour, quiet: options.quiet });
        if (output.file === undefined) {
            stdout.write(text);
            continue;
        }
        writeReportFile(output.file, text);
    }
}
/** A report file, its missing parent folders first; a path that cannot be written is the user's to fix (exit 2). */
function writeReportFile(file, text) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (error) {
        throw new OutputError(`cannot write ${file}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts

















/** Runs one CLI invocation and returns its exit status; nothing here calls process.exit. */
function main_main(argv, terminal) {
    try {
        return run((0,cli_arguments/* parseCommand */.RM)(argv), terminal);
    }
    catch (error) {
        const failure = describeFailure(error, argv.includes("--debug"));
        terminal.stderr.write(failure.message);
        return failure.status;
    }
}
function run(command, terminal) {
    if (command.name === "help")
        return print(terminal, `${cli_arguments/* USAGE */.u_}\n`, 0);
    if (command.name === "version")
        return print(terminal, `${version/* TOOL */.j.version}\n`, 0);
    if (command.name === "explain")
        return print(terminal, explain(command), 0);
    const target = scanTarget(nodeFileSystem, command.path, process.cwd());
    if (target.file && command.name !== "scan")
        throw new cli_arguments/* UsageError */.eb(`${command.path} is not a directory`);
    const { root } = target;
    const loaded = loadCheckedConfig(nodeFileSystem, root, command.config && (0,external_node_path_.resolve)(command.config));
    if (command.name === "policies") {
        const policies = loadAllPolicies(nodeFileSystem, root, loaded);
        return print(terminal, renderPolicyList(policies, loaded.config, command.format), 0);
    }
    if (command.name === "test")
        return runPolicyTests(root, loaded, terminal);
    const config = target.file
        ? singleFileConfig(loaded.config, target.file, loadAllPolicies(nodeFileSystem, root, loaded))
        : loaded.config;
    const progress = terminal.stderr.isTTY ? progressLine(terminal) : undefined;
    const now = terminal.now();
    const { report, policies } = runScan({
        root,
        fs: nodeFileSystem,
        config,
        configSource: loaded.source,
        gitHistory: () => readGitHistory(root, now),
        now,
        onProgress: progress,
    });
    if (progress)
        terminal.stderr.write("\r\u001b[K");
    const empty = emptyScanWarning(report, command.path);
    if (empty)
        terminal.stderr.write(`archlint: ${empty}\n`);
    const failOn = command.failOn ?? config.failOn ?? "error";
    const colour = useColour(command.color, terminal.env ?? {}, terminal.stdout.isTTY === true);
    writeOutputs(command.outputs, report, policies, { colour, quiet: command.quiet, failOn }, terminal.stdout);
    return (0,gate/* reachesFailLevel */.GB)(report.findings, failOn) ? EXIT.findings : EXIT.clean;
}
function explain(command) {
    const root = process.cwd();
    const loaded = loadCheckedConfig(nodeFileSystem, root, command.config && (0,external_node_path_.resolve)(command.config));
    const policies = loadAllPolicies(nodeFileSystem, root, loaded);
    const policy = policies.find((p) => p.id === command.policy);
    if (!policy) {
        const suggestion = nearest(command.policy, policies.map((p) => p.id));
        const hint = suggestion ? `did you mean "${suggestion}"? ` : "";
        throw new cli_arguments/* UsageError */.eb(`no policy "${command.policy}": ${hint}\`archlint policies\` lists them`);
    }
    return renderExplanation(policy, builtinExamples(policy), command.format);
}
function runPolicyTests(root, loaded, terminal) {
    const results = testPolicies(nodeFileSystem, root, loaded, terminal.now());
    const failed = results.filter((r) => r.problems.length);
    const lines = results.map((r) => r.problems.length ? `FAIL ${r.name}\n${r.problems.map((p) => `     ${p}`).join("\n")}` : `ok   ${r.name}`);
    const summary = results.length
        ? `${results.length - failed.length} passed, ${failed.length} failed`
        : `no custom policies under ${CUSTOM_POLICY_DIRECTORY}/ or policyPaths`;
    return print(terminal, `${[...lines, summary].join("\n")}\n`, failed.length ? 1 : 0);
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
