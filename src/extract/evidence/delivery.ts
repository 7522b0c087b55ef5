import {
  CI_DECLARATIONS,
  CI_SYSTEMS,
  DEPLOY_STEPS,
  GITOPS,
  THROWAWAY_CLUSTER,
} from "../../knowledge/delivery-catalog.js";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { WordedPattern } from "../../knowledge/text-signal.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { asString, isDict } from "../values.js";
import { type LiteralProbe, Vocabulary } from "./literal-probe.js";
import { baseName, firstMatchLine } from "./text-search.js";

/**
 * CI/CD evidence: which systems run pipelines (`ci`, one per pipeline file), and every step or config that
 * deploys (`deploy`, valued `<system>: <step>`, on its line). A GitOps controller's config deploys by itself.
 */
export const deliveryEvidence: AdapterFactory = {
  name: "delivery-evidence",
  create: (shared) => {
    const vocabulary = shared.one(Vocabulary);
    vocabulary.learn([...DEPLOY_STEPS, ...CI_DECLARATIONS, THROWAWAY_CLUSTER]);
    return {
      extract(file, sink) {
        const probe = vocabulary.probeOf(file.text);
        const system = CI_SYSTEMS.find((candidate) => candidate.path.test(file.path))?.system;
        if (system) {
          sink.evidence({ category: EVIDENCE.ci, value: system, file: file.path, line: 1 });
          emitDeploySteps(file, probe, system, sink);
          if (system === "Google Cloud Build") emitCloudBuildSteps(file, sink);
        }
        emitDeclaredPipelines(file, probe, sink);
        emitGitOps(file, sink);
      },
    };
  },
};

/**
 * Each kind of deploy step once per file, on its first line, in the order the pipeline runs them; never a step
 * into a cluster in a job that creates its own throwaway one (see `THROWAWAY_CLUSTER`).
 */
function emitDeploySteps(file: ParsedFile, probe: LiteralProbe, system: string, sink: ModelSink): void {
  const delivers = outsideThrowawayJobs(file, probe);
  const steps = DEPLOY_STEPS.filter((step) => !step.onlyIn || step.onlyIn === system)
    .flatMap((step) => {
      const line = firstLine(file, probe, step, step.intoCluster ? delivers : undefined);
      return line === undefined ? [] : [{ label: step.label, line }];
    })
    .sort((a, b) => a.line - b.line);
  for (const { label, line } of steps)
    sink.evidence({ category: EVIDENCE.deploy, value: `${system}: ${label}`, file: file.path, line });
}

/** The line of the pattern's first match, searched for only when the file holds its words. */
function firstLine(
  file: ParsedFile,
  probe: LiteralProbe,
  pattern: WordedPattern,
  accept?: (line: number) => boolean,
): number | undefined {
  return probe.mayMatch(pattern) ? firstMatchLine(file.text, pattern.pattern, accept) : undefined;
}

/**
 * Whether a line lies outside every job that creates a kind, k3d or minikube cluster (the whole file is one job
 * when the pipeline has no jobs archlint can tell apart).
 */
function outsideThrowawayJobs(file: ParsedFile, probe: LiteralProbe): (line: number) => boolean {
  if (firstLine(file, probe, THROWAWAY_CLUSTER) === undefined) return () => true;
  const starts = jobStarts(file);
  const jobOf = (line: number) => starts.filter((start) => start <= line).length;
  const throwaway = new Set<number>();
  // Every match is visited: each marks its job, none is accepted.
  firstMatchLine(file.text, THROWAWAY_CLUSTER.pattern, (line) => {
    throwaway.add(jobOf(line));
    return false;
  });
  return (line) => !throwaway.has(jobOf(line));
}

/** The first lines of a pipeline's jobs: `jobs.<id>` (GitHub Actions, CircleCI), or GitLab's top-level jobs. */
function jobStarts(file: ParsedFile): number[] {
  const pipeline = file.documents[0];
  if (!isDict(pipeline)) return [];
  const jobs = isDict(pipeline.jobs) ? pipeline.jobs : undefined;
  const ids = jobs
    ? Object.keys(jobs)
    : Object.keys(pipeline).filter((id) => isDict(pipeline[id]) && "script" in (pipeline[id] as object));
  const path = (id: string) => (jobs ? ["jobs", id] : [id]);
  return ids.map((id) => file.locator.locate(0, path(id)).line).sort((a, b) => a - b);
}

/** Cloud Build steps name a builder image and pass the command as a list: `gcloud` + `[run, deploy, …]`. */
function emitCloudBuildSteps(file: ParsedFile, sink: ModelSink): void {
  const build = file.documents[0];
  if (!isDict(build) || !Array.isArray(build.steps)) return;
  const found = new Set<string>();
  build.steps.forEach((step, index) => {
    if (!isDict(step)) return;
    const args = Array.isArray(step.args) ? step.args.map(asString).filter(Boolean) : [asString(step.args)];
    const command = [baseName(asString(step.name) ?? ""), asString(step.entrypoint), ...args].filter(Boolean).join(" ");
    for (const candidate of DEPLOY_STEPS) {
      if (candidate.onlyIn || found.has(candidate.label) || !candidate.pattern.test(command)) continue;
      found.add(candidate.label);
      const { line } = file.locator.locate(0, ["steps", index]);
      sink.evidence({
        category: EVIDENCE.deploy,
        value: `Google Cloud Build: ${candidate.label}`,
        file: file.path,
        line,
      });
    }
  });
}

function emitDeclaredPipelines(file: ParsedFile, probe: LiteralProbe, sink: ModelSink): void {
  for (const declaration of CI_DECLARATIONS) {
    const line = firstLine(file, probe, declaration);
    if (line === undefined) continue;
    sink.evidence({ category: EVIDENCE.ci, value: declaration.system, file: file.path, line });
    const deployLine = declaration.deploys && firstMatchLine(file.text, declaration.deploys);
    if (deployLine)
      sink.evidence({
        category: EVIDENCE.deploy,
        value: `${declaration.system}: deploy stage`,
        file: file.path,
        line: deployLine,
      });
  }
}

function emitGitOps(file: ParsedFile, sink: ModelSink): void {
  file.documents.forEach((document, doc) => {
    if (!isDict(document) || typeof document.apiVersion !== "string" || typeof document.kind !== "string") return;
    const { apiVersion, kind } = document;
    const gitops = GITOPS.find((candidate) => candidate.apiGroup.test(apiVersion) && candidate.kind.test(kind));
    if (!gitops) return;
    const { line } = file.locator.locate(doc, ["kind"]);
    sink.evidence({ category: EVIDENCE.ci, value: gitops.system, file: file.path, line });
    sink.evidence({ category: EVIDENCE.deploy, value: `${gitops.system}: ${kind}`, file: file.path, line });
  });
}
