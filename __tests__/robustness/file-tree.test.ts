import { mkdtempSync, realpathSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree, parseErrors, scanRecordingReads, scanTree, TOO_LONG, timeoutFindings } from "./hostile-tree.js";

describe("the file tree", () => {
  it("never reads through a symlink that leaves the root, and survives a symlink loop", () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "archlint-outside-")));
    writeFileSync(join(outside, "serverless.yml"), TOO_LONG);
    const root = makeTree({
      "escape/serverless.yml": { symlink: join(outside, "serverless.yml") },
      "escape-dir": { symlink: outside },
      "loop/a.yml": { symlink: "b.yml" },
      "loop/b.yml": { symlink: "a.yml" },
      "loop/self": { symlink: "." },
      "app/serverless.yml": TOO_LONG,
    });
    const { result, reads } = scanRecordingReads(root);
    expect(reads.filter((path) => path !== root && !path.startsWith(`${root}/`))).toEqual([]);
    expect(timeoutFindings(result)).toEqual([{ file: "app/serverless.yml", line: 7, column: 5 }]);
    expect(result.skipped).toEqual([
      { path: "escape/serverless.yml", reason: "symlink to a file outside the scanned root" },
      { path: "loop/a.yml", reason: "broken or looping symlink" },
      { path: "loop/b.yml", reason: "broken or looping symlink" },
    ]);
  });

  it("skips a 50 MB file above the size cap without reading it", () => {
    const root = makeTree({ "app/serverless.yml": TOO_LONG, "huge.yml": "" });
    truncateSync(join(root, "huge.yml"), 50 * 1024 * 1024);
    const { result, reads } = scanRecordingReads(root);
    expect(reads).not.toContain(join(root, "huge.yml"));
    expect(result.skipped).toEqual([{ path: "huge.yml", reason: "52428800 bytes, above the 4194304-byte cap" }]);
    expect(timeoutFindings(result)).toHaveLength(1);
  });

  it("reads a file of 5,000 YAML documents", () => {
    const documents = Array.from(
      { length: 5000 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`,
    );
    const started = performance.now();
    const result = scanTree({ "all.yaml": documents.join("---\n"), "app/serverless.yml": TOO_LONG });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(parseErrors(result)).toEqual([]);
    expect(timeoutFindings(result)).toHaveLength(1);
  });

  it("reads Helm templates as templates, not as broken YAML", () => {
    const result = scanTree({
      "chart/Chart.yaml": "apiVersion: v2\nname: web\nversion: 1.0.0\n",
      "chart/values.yaml": "replicas: 2\n",
      "chart/templates/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  {{- if .Values.replicas }}\n  replicas: {{ .Values.replicas }}\n  {{- end }}\n",
      "chart/templates/_helpers.tpl": '{{- define "web.name" -}}{{ .Chart.Name }}{{- end }}\n',
    });
    expect(parseErrors(result)).toEqual([]);
    expect(result.files.filter((f) => f.format === "helm-template").map((f) => f.path)).toEqual([
      "chart/templates/_helpers.tpl",
      "chart/templates/deployment.yaml",
    ]);
  });
});
