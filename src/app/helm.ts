import { spawnSync } from "node:child_process";
import {
  accessSync,
  constants,
  type Dirent,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative, sep } from "node:path";
import type { ChartRenderer, HelmRendering } from "../engine/helm-charts.js";

export const HELM_TIMEOUT_MS = 10_000;
export const HELM_MAX_OUTPUT_BYTES = 5 * 1024 * 1024;

/** The first `helm` on PATH: a look at each folder, no process started, so a scan without helm pays nothing. */
export function findHelm(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | undefined {
  const names = platform === "win32" ? ["helm.exe", "helm.cmd", "helm"] : ["helm"];
  for (const folder of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!folder) continue;
    for (const name of names) {
      const candidate = join(folder, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not here: the next folder.
      }
    }
  }
  return undefined;
}

/** What the shells pass the engine: `helm template` when helm is on PATH (and not turned off), else why not. */
export function helmRendering(root: string, enabled = true, env: NodeJS.ProcessEnv = process.env): HelmRendering {
  if (!enabled) return { unavailable: "turned-off" };
  const helm = findHelm(env);
  return helm ? { render: helmRenderer(helm, root, env) } : { unavailable: "not-installed" };
}

/**
 * `helm template <release> <chart> --skip-tests [--values <file>]…`: no network (no `dependency build`: only
 * what the chart's `charts/` holds), no plugins (HELM_PLUGINS an empty folder, HELM_NO_PLUGINS), no
 * post-renderer, no repository or registry configuration of the user's (every HELM_*_HOME in a fresh temporary
 * folder), bounded in time and output. A chart with a symbolic link leading out of the scanned root is not
 * rendered: helm would follow it.
 */
export function helmRenderer(
  helm: string,
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  limits = { timeoutMs: HELM_TIMEOUT_MS, maxBytes: HELM_MAX_OUTPUT_BYTES },
): ChartRenderer {
  return ({ directory, release, valuesFiles }) => {
    const leaving = linkOutside(directory, root);
    if (leaving) return { error: `${leaving} links outside the scanned folder` };
    const home = mkdtempSync(join(tmpdir(), "archlint-helm-"));
    try {
      for (const folder of ["plugins", "cache", "config", "data"]) mkdirSync(join(home, folder));
      const args = ["template", release, directory, "--skip-tests", ...valuesFiles.flatMap((f) => ["--values", f])];
      const run = spawnSync(helm, args, {
        cwd: root,
        env: {
          PATH: env.PATH ?? env.Path ?? "",
          ...(env.SystemRoot ? { SystemRoot: env.SystemRoot } : {}),
          HOME: home,
          HELM_PLUGINS: join(home, "plugins"),
          HELM_NO_PLUGINS: "1",
          HELM_CACHE_HOME: join(home, "cache"),
          HELM_CONFIG_HOME: join(home, "config"),
          HELM_DATA_HOME: join(home, "data"),
        },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        timeout: limits.timeoutMs,
        killSignal: "SIGKILL",
        maxBuffer: limits.maxBytes,
        windowsHide: true,
      });
      const code = (run.error as NodeJS.ErrnoException | undefined)?.code;
      if (code === "ETIMEDOUT") return { error: `helm template did not finish within ${limits.timeoutMs / 1000} s` };
      if (code === "ENOBUFS") return { error: `its rendering is larger than ${sizeText(limits.maxBytes)}` };
      if (run.error) return { error: `helm could not be run: ${run.error.message}` };
      if (run.status !== 0) return { error: helmError(run.stderr) };
      return { text: run.stdout };
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  };
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 102.4) / 10} MB` : `${Math.round(bytes / 102.4) / 10} KB`;

/** Helm's own message (`Error: …`), on one line and short. */
function helmError(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const message = lines.find((line) => line.startsWith("Error:")) ?? lines.at(-1) ?? "helm template failed";
  const text = message.replace(/^Error:\s*/, "");
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** The first path in `directory` that is a symbolic link resolving outside `root`. */
function linkOutside(directory: string, root: string): string | undefined {
  const realRoot = realpathSync(root);
  const inside = (path: string) => path === realRoot || path.startsWith(`${realRoot}${sep}`);
  const pending = [directory];
  while (pending.length) {
    const folder = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          continue;
        }
        if (!inside(target)) return relative(root, path);
      }
    }
  }
  return undefined;
}
