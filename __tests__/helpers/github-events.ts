import { createRequire } from "node:module";

interface WebhookDefinition {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: webhook payloads are deep JSON that the helper edits in place.
  examples: Record<string, any>[];
}

// The package's own types need @octokit/webhooks-types; the JSON it ships is all the tests read.
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as WebhookDefinition[];

/**
 * Real webhook payloads from @octokit/webhooks-examples (GitHub's documented examples, kept current by Octokit),
 * adjusted to the repository, pull request number and commits a test uses.
 */
export function pullRequestEvent(options: {
  repository: string;
  number: number;
  headSha: string;
  baseSha?: string;
  action?: "opened" | "synchronize";
  /** A pull request from a fork: head.repo is another repository. */
  fork?: boolean;
}): { name: "pull_request"; payload: Record<string, unknown> } {
  const action = options.action ?? "opened";
  const found = examples
    .find((group) => group.name === "pull_request")
    ?.examples.find((example) => example.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no pull_request.${action} example`);
  const payload = structuredClone(found);
  const [owner = "", name = ""] = options.repository.split("/");
  const repository = {
    ...payload.repository,
    name,
    full_name: options.repository,
    owner: { ...payload.repository.owner, login: owner },
  };
  payload.repository = repository;
  payload.number = options.number;
  const pull = payload.pull_request;
  pull.number = options.number;
  pull.base = { ...pull.base, sha: options.baseSha ?? "b".repeat(40), repo: repository };
  pull.head = {
    ...pull.head,
    sha: options.headSha,
    repo: options.fork
      ? {
          ...repository,
          full_name: `contributor/${name}`,
          owner: { ...repository.owner, login: "contributor" },
          fork: true,
        }
      : repository,
  };
  return { name: "pull_request", payload };
}

/** A completed workflow_run event for a run of a pull request's workflow (the fork-safe comment pattern). */
export function workflowRunEvent(options: { repository: string; headSha: string; headRepository: string }): {
  name: "workflow_run";
  payload: Record<string, unknown>;
} {
  const found = examples
    .find((group) => group.name === "workflow_run")
    ?.examples.find((example) => example.action === "completed");
  if (!found) throw new Error("@octokit/webhooks-examples has no workflow_run.completed example");
  const payload = structuredClone(found);
  const [owner = "", name = ""] = options.repository.split("/");
  payload.repository = {
    ...payload.repository,
    name,
    full_name: options.repository,
    owner: { ...payload.repository.owner, login: owner },
  };
  payload.workflow_run = {
    ...payload.workflow_run,
    event: "pull_request",
    head_sha: options.headSha,
    head_repository: { ...payload.workflow_run.head_repository, full_name: options.headRepository },
    // GitHub leaves this empty for pull requests from forks: the number has to come from an artifact.
    pull_requests: [],
  };
  return { name: "workflow_run", payload };
}
