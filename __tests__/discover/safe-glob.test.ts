import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimatch } from "minimatch";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { compileGlob, UnsafeGlobError } from "../../src/discover/safe-glob.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

const PATTERNS = [
  "**",
  "dist/**",
  "**/*.test.yml",
  "infra/**/*-prod-*.yaml",
  "{a,b}/c?.json",
  "[abc]/x",
  "*.y?(a)ml",
  "**/node_modules/**",
  "**/.github/**",
  "charts/*/templates/**",
  "**/*.{yml,yaml}",
];
const PATHS = [
  "a/c1.json",
  "b/cx.json",
  "serverless.yml",
  "dist/",
  "dist/x/y.yml",
  "infra/eu/app-prod-1.yaml",
  "infra/app-prod-1.yaml",
  "x/node_modules/",
  "x/node_modules/p/a.json",
  ".github/workflows/ci.yml",
  "a/.github/x.yml",
  "charts/web/templates/d.yaml",
  "t.test.yml",
  "deep/er/t.test.yml",
  "a/x",
  "d/x",
  "f.yml",
  "f.yaml",
  "f.yaaml",
];

describe("config globs", () => {
  it.each(PATTERNS)("%s matches exactly what minimatch matches", (pattern) => {
    const glob = compileGlob(pattern);
    for (const path of PATHS) {
      expect([path, glob.match(path)]).toEqual([
        path,
        minimatch(path, pattern, { dot: true, nocomment: true, nonegate: true }),
      ]);
    }
  });

  it("match in linear time: a pattern that takes minimatch minutes on a 255-character name", () => {
    const glob = compileGlob(`${"*a".repeat(25)}*b`);
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(glob.match(`dir/${"a".repeat(255)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it.each([
    ["{a,b}".repeat(20), /expands to more than 256 patterns/],
    ["{1..100000}", /expands to more than 256 patterns/],
    ["x".repeat(300), /longer than 256 characters/],
    ["!(secret)/**", /negated pattern/],
  ])("refuses %s with a clear reason", (pattern, reason) => {
    expect(() => compileGlob(pattern)).toThrow(UnsafeGlobError);
    expect(() => compileGlob(pattern)).toThrow(reason);
  });
});

it("an unsafe glob in .archlint.yml is a configuration error at its line", () => {
  const root = mkdtempSync(join(tmpdir(), "archlint-config-"));
  writeFileSync(join(root, ".archlint.yml"), `exclude:\n  - "**/test/**"\n  - "${"{a,b}".repeat(12)}"\n`);
  expect(() => loadConfig(nodeFileSystem, root)).toThrow(
    /^\.archlint\.yml:3:5: glob .* expands to more than 256 patterns$/,
  );
});
