import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DiscoveredFile } from "../../src/discover/discover.js";
import { type ReadFile, readOneByOne } from "../../src/engine/read-file.js";
import { ADAPTERS } from "../../src/extract/adapters.js";
import { Extractor } from "../../src/extract/extract.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { type ParsedBy, parallelReader } from "../../src/io/parallel-reader.js";

/** The committed bundle's worker: these tests hold dist/ to the behaviour, as the end-to-end tests do. */
const WORKER = join(import.meta.dirname, "../../dist/parse-worker.js");

const FILES: Record<string, string> = {
  "a.yaml": "kind: Deployment\nmetadata:\n  name: a\nspec:\n  replicas: 2\n",
  "b.json": '{ "Resources": { "F": { "Type": "AWS::Lambda::Function" } } }',
  "c.tf": 'resource "aws_lambda_function" "f" {\n  timeout = 900\n}\n',
  "d.yml": "a: [unclosed\n",
  "e.yaml": "---\nx: 1\n---\ny: .inf\nwhen: 2024-01-02\n",
  "prometheus.yml": "global: {}\nscrape_configs:\n  - job_name: x\n",
  "template.yaml": "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n",
};

function tree(count = 1): { root: string; files: DiscoveredFile[] } {
  const root = mkdtempSync(join(tmpdir(), "archlint-parallel-"));
  const files: DiscoveredFile[] = [];
  for (let copy = 0; copy < count; copy++) {
    for (const [name, text] of Object.entries(FILES)) {
      const path = `${copy}-${name}`;
      writeFileSync(join(root, path), text);
      const format = name.endsWith(".tf") ? "hcl" : name.endsWith(".json") ? "json" : "yaml";
      files.push({ path, format, size: text.length });
    }
  }
  return { root, files };
}

/** The files as read, and what every adapter makes of them: evidence found by the worker must be the same. */
function comparable(reads: Iterable<ReadFile>) {
  const extractor = new Extractor(ADAPTERS);
  let extractedApart = 0;
  const files = [...reads].map(({ file, extracted }) => {
    if (!file.error) extractor.add(file, extracted);
    if (extracted) extractedApart++;
    const { locator, ...rest } = file;
    return { ...rest, at: locator.locate(0, ["spec", "replicas"]) };
  });
  return { files, model: extractor.finish(), failures: extractor.failures, extractedApart };
}

/** Takes the files slowly, as a scan extracting big files would, so the worker gets going before the end. */
function* slowly(reads: Iterable<ReadFile>, msEach: number) {
  for (const read of reads) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, msEach);
    yield read;
  }
}

describe("the parallel reader", () => {
  it("gives what reading one by one gives, in order, the worker parsing some and finding their evidence", () => {
    const { root, files } = tree(40);
    let parsedBy: ParsedBy | undefined;
    const read = parallelReader({ script: WORKER, env: {}, onFinish: (counts) => (parsedBy = counts) });
    expect(read).toBeDefined();
    const inParallel = comparable(slowly(read?.(root, files) ?? [], 5));
    const oneByOne = comparable(readOneByOne(nodeFileSystem)(root, files));
    expect(inParallel.files).toEqual(oneByOne.files);
    expect(inParallel.model).toEqual(oneByOne.model);
    expect(inParallel.failures).toEqual(oneByOne.failures);
    expect(inParallel.model.evidence.length).toBeGreaterThan(0);
    expect(inParallel.extractedApart).toBeGreaterThan(0);
    expect((parsedBy?.main ?? 0) + (parsedBy?.worker ?? 0)).toBe(files.length);
    expect(parsedBy?.worker).toBeGreaterThan(0);
    expect(parsedBy?.recovered).toBe(0);
  });

  it("reads a file itself when the worker claimed it and went quiet", () => {
    const { root, files } = tree();
    const dying = join(root, "dying-worker.mjs");
    // Claims the last file, then exits without posting it.
    const last = files.length - 1;
    writeFileSync(
      dying,
      `import { workerData } from "node:worker_threads";\nAtomics.store(new Int32Array(workerData.claims), ${last}, 2);\n`,
    );
    let parsedBy: ParsedBy | undefined;
    const read = parallelReader({ script: dying, env: {}, stallMs: 50, onFinish: (counts) => (parsedBy = counts) });
    const slow = slowly(read?.(root, files) ?? [], 100);
    expect(comparable(slow)).toEqual(comparable(readOneByOne(nodeFileSystem)(root, files)));
    expect(parsedBy).toEqual({ main: files.length, worker: 0, recovered: 1 });
  });

  it("is off with ARCHLINT_WORKERS=0, or without the worker script", () => {
    expect(parallelReader({ script: WORKER, env: { ARCHLINT_WORKERS: "0" } })).toBeUndefined();
    expect(parallelReader({ script: join(tmpdir(), "no-such-worker.js"), env: {} })).toBeUndefined();
  });
});
