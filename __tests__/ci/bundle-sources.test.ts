import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { BUNDLE_SOURCES, recordedSourcesHash, sourcesHash, sourcesRecord } from "../../scripts/bundle-sources.mjs";
import { PROJECT } from "../helpers/bundle.js";

describe("the sources' hash each bundle records", () => {
  const project = mkdtempSync(join(tmpdir(), "archlint-sources-"));
  mkdirSync(join(project, "src", "cli"), { recursive: true });
  const sources = ["src", "package.json"];
  const write = (file: string, text: string) => writeFileSync(join(project, file), text);
  write("package.json", "{}\n");
  write("src/cli/index.ts", "run();\n");

  it("changes with a source's text, a new source and a renamed one, not with its line endings", () => {
    const before = sourcesHash(project, sources);
    write("src/cli/index.ts", "run();\r\n");
    expect(sourcesHash(project, sources)).toBe(before);
    write("src/cli/index.ts", "run(1);\n");
    const edited = sourcesHash(project, sources);
    expect(edited).not.toBe(before);
    write("src/cli/other.ts", "");
    expect(sourcesHash(project, sources)).not.toBe(edited);
  });

  it("is read back from a bundle's text, after its shebang", () => {
    const hash = sourcesHash(project, sources);
    const bundle = `#!/usr/bin/env node\n${sourcesRecord(hash)}import "x";\n`;
    expect(recordedSourcesHash(bundle)).toBe(hash);
    expect(recordedSourcesHash('import "x";\n')).toBeUndefined();
  });

  it("covers what the build reads: the sources, the policies, the schemas, the examples' test cases", () => {
    expect(BUNDLE_SOURCES).toEqual(
      expect.arrayContaining(["src", "policies", "schemas", "__tests__/fixtures/policies", "package-lock.json"]),
    );
    expect(sourcesHash(PROJECT)).toMatch(/^[0-9a-f]{64}$/);
  });
});
