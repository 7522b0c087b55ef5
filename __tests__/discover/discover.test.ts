import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { discover } from "../../src/discover/discover.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "archlint-discover-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const paths = (root: string, options = {}) => discover(nodeFileSystem, { root, ...options }).files.map((f) => f.path);

describe("discover", () => {
  it("finds manifests by name and skips dependencies, generated output and secrets", () => {
    const root = tree({
      "serverless.yml": "",
      "infra/main.tf": "",
      "app/Dockerfile": "",
      "README.md": "",
      "node_modules/x/serverless.yml": "",
      ".serverless/cloudformation-template-update-stack.json": "",
      ".env": "SECRET=1",
      "local.settings.json": "{}",
      "prod.tfvars": "",
    });
    expect(paths(root)).toEqual(["app/Dockerfile", "infra/main.tf", "serverless.yml"]);
  });

  it("honours .gitignore files in their own folder", () => {
    const root = tree({
      ".gitignore": "build/\n",
      "build/a.yml": "",
      "svc/.gitignore": "*.gen.yml\n",
      "svc/x.gen.yml": "",
      "svc/y.yml": "",
    });
    expect(paths(root)).toEqual(["svc/y.yml"]);
  });

  it("applies include and exclude globs", () => {
    const root = tree({ "a/x.yml": "", "b/y.yml": "", "b/z.yaml": "" });
    expect(paths(root, { include: ["b/**"], exclude: ["**/z.yaml"] })).toEqual(["b/y.yml"]);
  });

  it("never follows a symlink out of the root, and says why it skipped it", () => {
    const outside = tree({ "secret.yml": "password: x" });
    const root = tree({ "in.yml": "" });
    symlinkSync(join(outside, "secret.yml"), join(root, "link.yml"));
    symlinkSync(join(root, "loop.yml"), join(root, "loop.yml"));
    const result = discover(nodeFileSystem, { root });
    expect(result.files.map((f) => f.path)).toEqual(["in.yml"]);
    expect(result.skipped).toEqual([
      { path: "link.yml", reason: "symlink to a file outside the scanned root" },
      { path: "loop.yml", reason: "broken or looping symlink" },
    ]);
  });

  it("skips a file above the size cap with its size", () => {
    const root = tree({ "big.yml": "x".repeat(2000), "small.yml": "a: 1" });
    const result = discover(nodeFileSystem, { root, maxFileBytes: 1000 });
    expect(result.files.map((f) => f.path)).toEqual(["small.yml"]);
    expect(result.skipped[0]).toEqual({ path: "big.yml", reason: "2000 bytes, above the 1000-byte cap" });
  });

  it("marks files under a chart's templates/ as Helm templates", () => {
    const root = tree({ "chart/Chart.yaml": "", "chart/templates/deploy.yaml": "", "other/templates/x.yaml": "" });
    const files = discover(nodeFileSystem, { root }).files;
    expect(files.find((f) => f.path === "chart/templates/deploy.yaml")?.format).toBe("helm-template");
    expect(files.find((f) => f.path === "other/templates/x.yaml")?.format).toBe("yaml");
  });
});
