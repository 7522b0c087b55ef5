import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NODE, PROJECT } from "../helpers/bundle.js";

/** The published package as a user gets it: `npm pack`, installed offline from an empty cache, run with npx. */

const manifest = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8"));
/** npm and npx run by the Node that runs the bundles (CI: Node 24), found first on PATH. */
const env = { ...process.env, PATH: `${dirname(NODE)}${delimiter}${process.env.PATH}`, NO_COLOR: "1" };

function npm(args: string[], cwd: string) {
  const result = spawnSync("npm", args, { cwd, env, encoding: "utf8" });
  expect(result.status, `npm ${args.join(" ")}\n${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout;
}

describe("the npm package", () => {
  let prefix: string;
  let packed: { files: { path: string }[] };

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), "archlint-pack-"));
    [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", work], PROJECT));
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz")) as string;
    prefix = join(work, "prefix");
    mkdirSync(prefix);
    // Its own package.json, so npm installs here and not into a project it finds in a folder above.
    writeFileSync(join(prefix, "package.json"), '{ "name": "install-check", "private": true }\n');
    // An empty cache and --offline: any dependency the package declares would fail the install.
    npm(
      ["install", "--offline", "--cache", join(work, "cache"), "--no-audit", "--no-fund", join(work, tarball)],
      prefix,
    );
  }, 120_000);

  it("declares no runtime dependencies: the bundles are self-contained", () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(existsSync(join(prefix, "node_modules", "archlint", "node_modules"))).toBe(false);
    expect(readdirSync(join(prefix, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["archlint"]);
  });

  it("ships the bundles, the policies, the schemas, the README and the MIT LICENSE, and no sources or tests", () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["dist/cli.js", "dist/index.js", "README.md", "LICENSE"]));
    expect(paths.some((path) => path.startsWith("policies/"))).toBe(true);
    expect(paths.some((path) => /^(src|__tests__|scripts|node_modules)\//.test(path))).toBe(false);
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(PROJECT, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  });

  it("runs as `npx archlint` on the Node versions it declares", () => {
    const minimum = Number(/^>=(\d+)$/.exec(manifest.engines.node)?.[1]);
    const running = spawnSync(NODE, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim();
    expect(Number(running.split(".")[0])).toBeGreaterThanOrEqual(minimum);

    const version = spawnSync("npx", ["--offline", "archlint", "--version"], { cwd: prefix, env, encoding: "utf8" });
    expect(version.stdout.trim()).toContain(manifest.version);

    const repository = mkdtempSync(join(tmpdir(), "archlint-npx-"));
    writeFileSync(
      join(repository, "serverless.yml"),
      "service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, timeout: 1200 }\n",
    );
    const scan = spawnSync("npx", ["--offline", "archlint", "scan", repository, "--format", "json"], {
      cwd: prefix,
      env,
      encoding: "utf8",
    });
    expect(scan.status, scan.stderr).toBe(1);
    expect(JSON.parse(scan.stdout).findings.map((f: { policy: string }) => f.policy)).toContain(
      "function-timeout-exceeds-platform-max",
    );
  });
});
