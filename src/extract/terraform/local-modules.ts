import { posix } from "node:path";
import { literal } from "./functions.js";
import type { Block, TerraformModule } from "./module.js";

/** Local module calls deeper than this are a cycle (a module that calls itself through a path), not a design. */
const MAX_NESTING = 8;

/** The directory a `module` block's local `source` (`./modules/lambda`, `../../`) names, relative to the root. */
export function localSource(block: Block, caller: TerraformModule): string | undefined {
  const source = literal(block.body.source, caller);
  if (!source || !/^\.\.?(\/|$)/.test(source)) return undefined;
  const dir = posix.normalize(posix.join(caller.dir, source)).replace(/\/$/, "");
  return dir.startsWith("../") || dir === ".." ? undefined : dir;
}

/**
 * The module instances a scan judges. A directory that some `module` block calls with a local source is judged
 * as each call instantiates it (a call that is not created, `count = 0`, instantiates nothing); every other
 * directory is a root module, judged with its variables' defaults.
 */
export function moduleInstances(modules: Map<string, TerraformModule>): TerraformModule[] {
  const called = new Set<string>();
  for (const module of modules.values()) {
    for (const block of module.modules) {
      const dir = localSource(block, module);
      if (dir !== undefined && modules.has(dir)) called.add(dir);
    }
  }
  const instances: TerraformModule[] = [];
  const visit = (module: TerraformModule, depth: number) => {
    instances.push(module);
    if (depth >= MAX_NESTING) return;
    for (const block of module.created(module.modules)) {
      const dir = localSource(block, module);
      const target = dir === undefined ? undefined : modules.get(dir);
      if (target) visit(target.instantiate(module, block), depth + 1);
    }
  };
  for (const module of modules.values()) if (!called.has(module.dir)) visit(module, 0);
  return instances;
}
