import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

/**
 * Repositories of independent samples, each scanned as its own root: they report systems (one per sample folder),
 * not one giant service count, and each repository finding names the system it is about, in that system's folder.
 */
const SHARED = process.env.ARCHLINT_SHARED;

const COLLECTIONS: Record<string, { minSystems: number; maxOwnedPerSystem: number }> = {
  "aws-samples__serverless-patterns": { minSystems: 500, maxOwnedPerSystem: 12 },
  "docker__awesome-compose": { minSystems: 25, maxOwnedPerSystem: 4 },
  serverless__examples: { minSystems: 60, maxOwnedPerSystem: 70 },
};

const copies = SHARED ? mkdtempSync(join(tmpdir(), "archlint-collections-")) : "";
afterAll(() => {
  if (copies) rmSync(copies, { recursive: true, force: true });
}, 120_000);

describe.skipIf(!SHARED).each(Object.entries(COLLECTIONS))(
  "%s",
  (name, expected) => {
    it("reports independent systems, each judged in its own folder", () => {
      const copy = join(copies, name);
      cpSync(join(SHARED ?? "", "corpus", name), copy, { recursive: true });
      const report = scanFolder(copy);
      const systems = report.inventory.systems ?? [];
      expect(systems.length).toBeGreaterThanOrEqual(expected.minSystems);
      expect(Math.max(...systems.map((s) => s.ownedServices.length))).toBeLessThanOrEqual(expected.maxOwnedPerSystem);
      const roots = new Map(systems.map((s) => [s.name, s.root]));
      for (const finding of report.findings.filter((f) => f.subject.kind === "repository")) {
        const root = roots.get(finding.subject.name);
        expect(root, finding.subject.name).toBeDefined();
        expect(finding.message.startsWith(`System ${finding.subject.name}: `)).toBe(true);
        if (root !== "." && finding.file !== ".archlint.yml") expect(finding.file.startsWith(`${root}/`)).toBe(true);
      }
      // A pillar missing in many samples is one problem, reported once with the other systems attached.
      for (const pillar of ["metrics-stack-missing", "distributed-tracing-missing", "centralized-logging-missing"]) {
        const perSeverity = report.findings.filter((f) => f.policy === pillar).map((f) => f.severity);
        expect(new Set(perSeverity).size, pillar).toBe(perSeverity.length);
      }
    });
  },
  120_000,
);
