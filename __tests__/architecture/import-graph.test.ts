import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers of `src`, bottom first: a folder imports (at run time) only from its own layer or the ones below.
 * Type-only imports are left out: they vanish from the bundle and carry no order of initialisation.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["model", "io", "knowledge", "version"],
  ["discover"],
  ["parse"],
  ["extract"],
  ["link"],
  ["config"],
  ["evaluate"],
  ["suppress"],
  ["report"],
  ["engine"],
  ["app"],
  ["action", "cli"],
];

const SRC = "src";

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The files a module imports at run time, as paths under `src` (relative imports only). */
function runTimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(SRC, normalize(join(dirname(file), specifier))));
}

const folderOf = (path: string) => path.split("/")[0]?.replace(/\.(js|ts)$/, "") as string;

const FILES = sourceFiles(SRC).map((file) => ({ path: relative(SRC, file), imports: runTimeImports(file) }));

const EDGES = FILES.flatMap(({ path, imports }) =>
  imports.map((target) => ({ file: path, from: folderOf(path), target, to: folderOf(target) })),
).filter((edge) => edge.from !== edge.to);

const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

/** The folders that reach one another through run-time imports: each strongly connected group of two or more. */
function cycles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const reach = (start: string) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length)
      for (const to of next.get(stack.pop() as string) ?? []) if (!seen.has(to) && seen.add(to)) stack.push(to);
    return seen;
  };
  const folders = [...next.keys()].sort();
  const reached = new Map(folders.map((folder) => [folder, reach(folder)]));
  const groups = folders.map((a) =>
    folders.filter((b) => a === b || (reached.get(a)?.has(b) && reached.get(b)?.has(a))),
  );
  return [...new Set(groups.filter((group) => group.length > 1).map((group) => group.join(" ⇄ ")))].map((g) =>
    g.split(" ⇄ "),
  );
}

describe("the import graph of src", () => {
  it("reads the imports it judges", () => {
    expect(EDGES.some((edge) => edge.from === "engine" && edge.to === "extract")).toBe(true);
    expect(FILES.length).toBeGreaterThan(100);
  });

  it("places every folder in a layer", () => {
    const folders = [...new Set(FILES.map((file) => folderOf(file.path)))];
    expect(folders.filter((folder) => layerOf(folder) < 0)).toEqual([]);
  });

  it("has no run-time cycle between folders", () => {
    expect(cycles(EDGES)).toEqual([]);
  });

  it("imports only downward, from a layer to the same or a lower one", () => {
    const upward = EDGES.filter((edge) => layerOf(edge.to) > layerOf(edge.from));
    expect(upward.map((edge) => `${edge.file} → ${edge.target}`)).toEqual([]);
  });

  it("keeps shared knowledge out of the pipeline stages: nothing outside extract reads extract's evidence code", () => {
    const reaching = EDGES.filter((edge) => edge.to === "extract" && edge.target.startsWith("extract/evidence/"));
    expect(reaching.map((edge) => `${edge.file} → ${edge.target}`)).toEqual([]);
    const catalogs = FILES.filter((file) => /-catalog\.ts$/.test(file.path));
    expect(catalogs.filter((file) => folderOf(file.path) !== "knowledge").map((file) => file.path)).toEqual([]);
  });

  it("would see a cycle and an upward import", () => {
    expect(cycles([...EDGES, { from: "parse", to: "engine" }]).flat()).toContain("parse");
    expect(layerOf("parse")).toBeLessThan(layerOf("extract"));
  });
});
