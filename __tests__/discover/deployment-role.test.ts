import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { namedByInclude, setAsideRole } from "../../src/discover/deployment-role.js";
import { discover } from "../../src/discover/discover.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "archlint-roles-"));
  for (const path of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), "");
  }
  return root;
}

describe("deployed vs optional", () => {
  it.each([
    ["examples/quickstart/deployment.yaml", "optional"],
    ["deploy/extras/hpa.yaml", "optional"],
    ["samples/app/template.yaml", "optional"],
    ["tests/integration/compose.yaml", "test"],
    ["src/test/resources/AppStackExpected.json", "test"],
    ["lib/__snapshots__/stack.test.ts.snap", "test"],
    ["infra/test/StackExpected.json", "test"],
    ["e2e/docker-compose.yml", "test"],
    ["docker-compose.ci.yml", "test"],
    ["compose.test.yaml", "test"],
    ["ci/docker-compose.yml", "test"],
  ])("%s is %s", (path, role) => {
    expect(setAsideRole(path)?.role).toBe(role);
  });

  it.each([
    "kubernetes-manifests/cart.yaml",
    "compose.observability.yaml",
    "docker-compose.override.yml",
    "src/main/resources/application.yml",
    "ci/pipeline.yml",
    "contest/deployment.yaml",
  ])("%s is deployed", (path) => {
    expect(setAsideRole(path)).toBeUndefined();
  });

  it("is judged when include names the marking folder or file, not through a catch-all", () => {
    const role = setAsideRole("examples/quickstart/deployment.yaml");
    if (!role) throw new Error("not set aside");
    expect(namedByInclude(role, ["examples/**"])).toBe(true);
    expect(namedByInclude(role, ["**/*.yaml"])).toBe(false);
  });

  it("lists what it sets aside, relative to the scanned root", () => {
    const root = tree(["deploy/app.yaml", "examples/demo.yaml", "tests/compose.yaml"]);
    const found = discover(nodeFileSystem, { root });
    expect(found.files.map((f) => f.path)).toEqual(["deploy/app.yaml"]);
    expect(found.setAside).toEqual([
      { path: "examples/demo.yaml", role: "optional", reason: "below examples/" },
      { path: "tests/compose.yaml", role: "test", reason: "below tests/" },
    ]);
    const examples = discover(nodeFileSystem, { root: join(root, "examples") });
    expect(examples.files.map((f) => f.path)).toEqual(["demo.yaml"]);
  });

  it("judges a root holding nothing but examples whole rather than nothing", () => {
    const root = tree(["examples/a/serverless.yml", "examples/b/template.yaml"]);
    const found = discover(nodeFileSystem, { root });
    expect(found.files.map((f) => f.path)).toEqual(["examples/a/serverless.yml", "examples/b/template.yaml"]);
    expect(found.setAside).toEqual([]);
  });

  it("judges set-aside files include names", () => {
    const root = tree(["deploy/app.yaml", "examples/demo.yaml"]);
    const found = discover(nodeFileSystem, { root, include: ["deploy/**", "examples/**"] });
    expect(found.files.map((f) => f.path)).toEqual(["deploy/app.yaml", "examples/demo.yaml"]);
  });
});
