/** Evidence categories: the four observability pillars, then the facts about tooling around the manifests. */
export const PILLARS = ["metrics", "traces", "logs", "dashboards"] as const;
export type Pillar = (typeof PILLARS)[number];

export const EVIDENCE = {
  mesh: "mesh",
  iac: "iac",
  clusterInCode: "cluster-in-code",
  /** A cloud cluster created by a command in a script or a pipeline step: automated, but not declared as code. */
  clusterByScript: "cluster-by-script",
  kubernetes: "kubernetes",
  compose: "compose",
  ci: "ci",
  deploy: "deploy",
  codeowner: "codeowner",
  /** Emitted by the Helm adapter: a dependency of a chart, by chart name. */
  chartDependency: "chart-dependency",
  /** Emitted by the build detector: a Dockerfile's folder, its final base image, a Skaffold artifact's image. */
  buildContext: "build-context",
  buildBase: "build-base",
  buildImage: "build-image",
  /** Emitted by the CloudFormation adapter: the folder of a SAM application that serves an API. */
  apiStack: "api-stack",
  /** Emitted by the CloudFormation adapter: the name of an EventBridge bus a template declares. */
  eventBus: "event-bus",
  /** Emitted by the Azure Functions adapter: the folder of a Function App (its host.json). */
  functionApp: "function-app",
} as const;
