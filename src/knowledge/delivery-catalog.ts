import type { WordedPattern } from "./text-signal.js";

/** CI/CD systems, by the path of their pipeline files. */
export const CI_SYSTEMS: { system: string; path: RegExp }[] = [
  { system: "GitHub Actions", path: /^\.github\/workflows\/[^/]+\.ya?ml$/ },
  { system: "GitLab CI", path: /(^|\/)\.gitlab-ci\.ya?ml$/ },
  { system: "Jenkins", path: /(^|\/)Jenkinsfile[^/]*$/ },
  { system: "CircleCI", path: /(^|\/)\.circleci\/config\.ya?ml$/ },
  {
    system: "Azure Pipelines",
    path: /(^|\/)(azure-pipelines[^/]*|\.azure-pipelines\/[^/]+|\.azuredevops\/[^/]+)\.ya?ml$/,
  },
  { system: "Bitbucket Pipelines", path: /(^|\/)bitbucket-pipelines\.ya?ml$/ },
  { system: "Buildkite", path: /(^|\/)\.buildkite\/[^/]+\.ya?ml$/ },
  { system: "AWS CodeBuild", path: /(^|\/)buildspec[^/]*\.ya?ml$/ },
  { system: "Google Cloud Build", path: /(^|\/)cloudbuild[^/]*\.(ya?ml|json)$/ },
  { system: "Travis CI", path: /(^|\/)\.travis\.ya?ml$/ },
  { system: "Drone", path: /(^|\/)\.drone\.ya?ml$/ },
  { system: "AWS Amplify Console", path: /(^|\/)amplify\.ya?ml$/ },
];

/**
 * Pipelines declared as resources or exports rather than by file name: the evidence is a line of the file.
 * `deploys` says whether the declaration itself shows a deployment.
 */
export const CI_DECLARATIONS: (WordedPattern & { system: string; deploys?: RegExp })[] = [
  {
    system: "AWS CodePipeline",
    pattern: /\bAWS::CodePipeline::Pipeline\b|resource\s+"aws_codepipeline"/,
    words: [["AWS::CodePipeline::Pipeline", '"aws_codepipeline"']],
    deploys: /["']?[Cc]ategory["']?\s*[:=]\s*["']?Deploy\b/,
  },
  {
    system: "AWS CodePipeline",
    pattern: /\bapplications\/aws-sam-codepipeline-cd\b/,
    words: ["applications/aws-sam-codepipeline-cd"],
    deploys: /\bapplications\/aws-sam-codepipeline-cd\b/,
  },
  {
    system: "AWS Amplify Console",
    pattern: /\bAWS::Amplify::(Branch|App)\b|resource\s+"aws_amplify_(branch|app)"/,
    words: [["AWS::Amplify::", '"aws_amplify_']],
    deploys: /\bEnableAutoBuild["']?\s*:\s*["']?true\b|\benable_auto_build\s*=\s*true\b/,
  },
  {
    system: "Azure Pipelines (classic release)",
    pattern: /"deployPhases"\s*:/,
    words: ['"deployPhases"'],
    deploys: /"deployPhases"\s*:/,
  },
];

/**
 * A job that creates its own cluster (kind, k3d, minikube) and deploys into it is an end-to-end test: the
 * cluster dies with the job, nothing is delivered.
 */
export const THROWAWAY_CLUSTER: WordedPattern = {
  pattern:
    /\bkind\s+create\s+cluster\b|\bk3d\s+cluster\s+create\b|\bminikube\s+start\b|uses\s*:\s*["']?(helm\/kind-action|engineerd\/setup-kind|container-tools\/kind-action|AbsaOSS\/k3d-action|nolar\/setup-k3d-k3s|medyagh\/setup-minikube|manusa\/actions-setup-minikube)@/,
  words: [
    [
      "cluster",
      "minikube",
      "helm/kind-action",
      "engineerd/setup-kind",
      "container-tools/kind-action",
      "AbsaOSS/k3d-action",
      "nolar/setup-k3d-k3s",
      "medyagh/setup-minikube",
      "manusa/actions-setup-minikube",
    ],
  ],
};

/** GitOps: a controller that applies the repository to a cluster deploys by definition. */
export const GITOPS: { system: string; kind: RegExp; apiGroup: RegExp }[] = [
  { system: "Argo CD", kind: /^(Application|ApplicationSet)$/, apiGroup: /^argoproj\.io\// },
  { system: "Flux", kind: /^(Kustomization|HelmRelease)$/, apiGroup: /^(kustomize|helm)\.toolkit\.fluxcd\.io\// },
];

/** Global options between a tool and its subcommand: `terraform -chdir=infra apply`, `kubectl -n shop apply`. */
const OPTIONS = String.raw`(?:\s+--?[\w-]+(?:=\S+|\s+[^\s-]\S*)?)*`;
const tool = (names: string, subcommands: string) =>
  new RegExp(String.raw`\b(?:${names})${OPTIONS}\s+(?:${subcommands})\b`);

/**
 * Commands, actions and tasks that deploy, as a pipeline step would run them. `intoCluster`: the step deploys to
 * whatever cluster the job is connected to, so in a job that creates a throwaway one it is a test.
 */
export const DEPLOY_STEPS: (WordedPattern & { label: string; onlyIn?: string; intoCluster?: boolean })[] = [
  { label: "sam deploy", pattern: /\bsam\s+deploy\b/, words: ["sam", "deploy"] },
  { label: "serverless deploy", pattern: /\b(serverless|sls)\s+deploy\b/, words: [["serverless", "sls"], "deploy"] },
  { label: "cdk deploy", pattern: /\bcdk(tf)?\s+deploy\b/, words: ["cdk", "deploy"] },
  {
    label: "terraform apply",
    pattern: tool("terraform|tofu|terragrunt", "(?:run-all\\s+)?apply"),
    words: [["terraform", "tofu", "terragrunt"], "apply"],
  },
  { label: "pulumi up", pattern: tool("pulumi", "up"), words: ["pulumi"] },
  {
    label: "kubectl apply",
    pattern: tool("kubectl", "apply|create|replace|set\\s+image|rollout\\s+restart"),
    words: ["kubectl", ["apply", "create", "replace", "image", "rollout"]],
    intoCluster: true,
  },
  {
    label: "helm upgrade/install",
    pattern: tool("helm|helmfile", "upgrade|install|apply|sync"),
    words: [
      ["helm", "helmfile"],
      ["upgrade", "install", "apply", "sync"],
    ],
    intoCluster: true,
  },
  {
    label: "gcloud deploy",
    pattern: /\bgcloud\s+(beta\s+)?([\w-]+\s+){0,2}deploy\b|\bgke-deploy\b/,
    words: [["gcloud", "gke-deploy"]],
  },
  {
    label: "az deploy",
    pattern: /\baz\s+[\w-]+(\s+[\w-]+)*?\s+(deploy|deployment\s+(group|sub)\s+create|deployment\s+source)\b/,
    words: [["deploy", "deployment"]],
  },
  {
    label: "func publish",
    pattern: /\bfunc\s+azure\s+functionapp\s+publish\b/,
    words: ["func", "azure", "functionapp", "publish"],
  },
  {
    label: "skaffold run",
    pattern: /\bskaffold\s+(run|deploy)\b/,
    words: ["skaffold", ["run", "deploy"]],
    intoCluster: true,
  },
  {
    label: "aws cloudformation deploy",
    pattern: /\baws\s+cloudformation\s+(deploy|create-stack|update-stack)\b/,
    words: ["aws", "cloudformation", ["deploy", "create-stack", "update-stack"]],
  },
  {
    label: "aws deploy",
    pattern: /\baws\s+(ecs\s+update-service|lambda\s+update-function-code|deploy\s+create-deployment)\b/,
    words: ["aws", ["update-service", "update-function-code", "create-deployment"]],
  },
  { label: "docker stack deploy", pattern: /\bdocker\s+stack\s+deploy\b/, words: ["docker", "stack", "deploy"] },
  {
    label: "chart release",
    pattern: /uses\s*:\s*["']?helm\/chart-releaser-action@|\bhelm\s+push\b|\bcr\s+upload\b/,
    words: [["helm/chart-releaser-action@", "helm", "upload"]],
  },
  {
    label: "argocd sync",
    pattern: /\bargocd\s+app\s+sync\b|\bflux\s+reconcile\b/,
    words: [["argocd", "reconcile"]],
    intoCluster: true,
  },
  {
    label: "deploy script",
    pattern:
      /\b(make|npm\s+run|yarn|pnpm(\s+run)?)\s+deploy[\w:-]*\b|[\w./-]*deploy[\w.-]*\.(sh|bash|ps1|py|js|mjs|ts)\b|\.(sh|bash|ps1|py)\s+deploy\b/,
    words: ["deploy"],
    intoCluster: true,
  },
  {
    label: "Amplify Console build",
    onlyIn: "AWS Amplify Console",
    pattern: /^\s*(frontend|backend|applications)\s*:/m,
    words: [["frontend", "backend", "applications"]],
  },
  {
    label: "deploy action",
    pattern:
      /uses\s*:\s*["']?(aws-actions\/(amazon-ecs-deploy-task-definition|aws-cloudformation-github-deploy)|azure\/(webapps-deploy|functions-action|k8s-deploy|arm-deploy|static-web-apps-deploy)|google-github-actions\/(deploy-cloudrun|deploy-cloud-functions|deploy-appengine)|serverless\/github-action|pulumi\/actions)@/i,
    words: [
      "uses",
      [
        "amazon-ecs-deploy-task-definition",
        "aws-cloudformation-github-deploy",
        "webapps-deploy",
        "functions-action",
        "k8s-deploy",
        "arm-deploy",
        "static-web-apps-deploy",
        "google-github-actions/",
        "serverless/github-action",
        "pulumi/actions",
      ],
    ],
  },
  {
    label: "deploy task",
    pattern:
      /task\s*:\s*["']?(AzureFunctionApp|AzureWebApp|AzureRmWebAppDeployment|AzureResourceManagerTemplateDeployment|AzureResourceGroupDeployment|KubernetesManifest|HelmDeploy|AzureStaticWebApp|AzureContainerApps)@/,
    words: [
      "task",
      [
        "AzureFunctionApp",
        "AzureWebApp",
        "AzureRmWebAppDeployment",
        "AzureResourceManagerTemplateDeployment",
        "AzureResourceGroupDeployment",
        "KubernetesManifest",
        "HelmDeploy",
        "AzureStaticWebApp",
        "AzureContainerApps",
      ],
    ],
  },
  {
    label: "GitLab environment",
    onlyIn: "GitLab CI",
    pattern: /^\s+environment\s*:\s*(\S|$)/m,
    words: ["environment"],
  },
];
