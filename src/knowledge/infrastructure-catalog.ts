import { EVIDENCE } from "./evidence-categories.js";
import type { TextSignal } from "./text-signal.js";

const IAC = [EVIDENCE.iac];
const CLUSTER = [EVIDENCE.clusterInCode];
const MESH = [EVIDENCE.mesh];
const apiGroup = (group: string) => new RegExp(`\\bapiVersion\\s*:\\s*["']?(${group})/`);
const kind = (kinds: string) => new RegExp(`\\bkind\\s*:\\s*["']?(${kinds})["']?[ \\t]*$`, "m");

/** Infrastructure-as-code tools, by the files and declarations that prove each one. */
export const IAC_SIGNALS: TextSignal[] = [
  {
    value: "Terraform",
    categories: IAC,
    path: /\.tf(\.json)?$/,
    pattern: /^\s*"?(resource|module|provider|terraform|data)"?\s*[{:"]/m,
    words: [["resource", "module", "provider", "terraform", "data"]],
  },
  {
    value: "OpenTofu",
    categories: IAC,
    path: /\.tofu$/,
    pattern: /^\s*(resource|module|provider|terraform)\s*[{"]/m,
    words: [["resource", "module", "provider", "terraform"]],
  },
  { value: "Terragrunt", categories: IAC, path: /(^|\/)terragrunt\.hcl$/, pattern: /\S/ },
  {
    value: "Pulumi",
    categories: IAC,
    path: /(^|\/)Pulumi\.ya?ml$/,
    pattern: /^\s*(name|runtime)\s*:/m,
    words: [["name", "runtime"]],
  },
  { value: "AWS CDK", categories: IAC, path: /(^|\/)cdk\.json$/, pattern: /"app"\s*:/, words: ['"app"'] },
  { value: "CDK for Terraform", categories: IAC, path: /(^|\/)cdktf\.json$/, pattern: /"app"\s*:/, words: ['"app"'] },
  {
    value: "AWS SAM",
    categories: IAC,
    pattern: /^\s*["']?Transform["']?\s*:\s*\[?\s*(-\s*)?["']?AWS::Serverless-2016-10-31/m,
    words: ["Transform", "AWS::Serverless-2016-10-31"],
  },
  {
    value: "CloudFormation",
    categories: IAC,
    pattern: /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m,
    words: ["AWSTemplateFormatVersion"],
  },
  {
    value: "CloudFormation",
    categories: IAC,
    notPath: /(^|\/)serverless\.(ya?ml|json)$/,
    pattern: /^\s*["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/m,
    words: ["Type", "AWS::"],
    requires: [{ pattern: /^\s*["']?Resources["']?\s*:/m, words: ["Resources"] }],
  },
  {
    value: "Bicep",
    categories: IAC,
    path: /\.bicep$/,
    pattern: /^\s*(resource|module|param|targetScope)\s/m,
    words: [["resource", "module", "param", "targetScope"]],
  },
  {
    value: "ARM templates",
    categories: IAC,
    pattern: /schema\.management\.azure\.com\/schemas\/[^"]*deploymentTemplate\.json/,
    words: ["schema.management.azure.com/schemas/", "deploymentTemplate.json"],
  },
  {
    value: "Crossplane",
    categories: IAC,
    pattern: apiGroup("[a-z0-9.-]*crossplane\\.io|[a-z0-9.-]*upbound\\.io"),
    words: ["apiVersion", ["crossplane.io", "upbound.io"]],
  },
  {
    value: "eksctl",
    categories: [...IAC, ...CLUSTER],
    pattern: kind("ClusterConfig"),
    words: ["kind", "ClusterConfig"],
    requires: [{ pattern: apiGroup("eksctl\\.io"), words: ["apiVersion", "eksctl.io"] }],
  },
];

/** Declarations that provision the Kubernetes cluster itself. */
export const CLUSTER_SIGNALS: TextSignal[] = [
  {
    value: "Terraform cluster resource",
    categories: CLUSTER,
    pattern:
      /resource\s+"(aws_eks_cluster|google_container_cluster|azurerm_kubernetes_cluster|digitalocean_kubernetes_cluster|linode_lke_cluster|oci_containerengine_cluster|ibm_container_vpc_cluster|scaleway_k8s_cluster)"/,
    words: [
      "resource",
      [
        "aws_eks_cluster",
        "google_container_cluster",
        "azurerm_kubernetes_cluster",
        "digitalocean_kubernetes_cluster",
        "linode_lke_cluster",
        "oci_containerengine_cluster",
        "ibm_container_vpc_cluster",
        "scaleway_k8s_cluster",
      ],
    ],
  },
  {
    value: "Terraform cluster module",
    categories: CLUSTER,
    pattern:
      /source\s*=\s*"[^"]*(terraform-aws-modules\/eks\/aws|terraform-aws-eks(\.git)?(\?ref=[^"]*)?|Azure\/aks\/azurerm|terraform-google-modules\/kubernetes-engine\/google(\/\/modules\/[\w-]*(cluster|autopilot)[\w-]*)?)"/,
    words: [
      "source",
      [
        "terraform-aws-modules/eks/aws",
        "terraform-aws-eks",
        "Azure/aks/azurerm",
        "terraform-google-modules/kubernetes-engine/google",
      ],
    ],
  },
  {
    value: "CloudFormation EKS cluster",
    categories: CLUSTER,
    pattern: /\bAWS::EKS::Cluster\b/,
    words: ["AWS::EKS::Cluster"],
  },
  {
    value: "Bicep/ARM AKS cluster",
    categories: CLUSTER,
    pattern: /Microsoft\.ContainerService\/managedClusters/i,
    words: ["microsoft.containerservice/managedclusters"],
  },
  {
    value: "kubeadm cluster in Terraform",
    categories: CLUSTER,
    path: /\.tf$/,
    pattern: /\bkubeadm\b/,
    words: ["kubeadm"],
    requires: [{ pattern: /resource\s+"[a-z]+_(instance|virtual_machine|compute_instance)/, words: ["resource"] }],
  },
  {
    value: "Crossplane managed cluster",
    categories: CLUSTER,
    pattern: kind("Cluster|KubernetesCluster|ManagedCluster"),
    words: ["kind", ["Cluster", "KubernetesCluster", "ManagedCluster"]],
    requires: [
      {
        pattern: apiGroup("(eks\\.aws|container\\.gcp|containerservice\\.azure)\\.(crossplane|upbound)\\.io"),
        words: ["apiVersion"],
      },
    ],
  },
  {
    value: "Cluster API",
    categories: CLUSTER,
    pattern: kind("Cluster"),
    words: ["kind", "Cluster"],
    requires: [{ pattern: apiGroup("cluster\\.x-k8s\\.io"), words: ["apiVersion", "cluster.x-k8s.io"] }],
  },
  {
    value: "Pulumi cluster resource",
    categories: CLUSTER,
    path: /(^|\/)Pulumi[^/]*\.ya?ml$/,
    pattern:
      /type\s*:\s*["']?(aws:eks:Cluster|eks:index:Cluster|gcp:container:Cluster|azure-native:containerservice:ManagedCluster)/,
    words: [
      "type",
      ["aws:eks:Cluster", "eks:index:Cluster", "gcp:container:Cluster", "azure-native:containerservice:ManagedCluster"],
    ],
  },
];

/** A command that creates a cloud cluster, in a script or a pipeline step: the cluster is made, not declared. */
export const CLUSTER_SCRIPT_SIGNALS: TextSignal[] = [
  {
    value: "cluster created by a script",
    categories: [EVIDENCE.clusterByScript],
    pattern:
      /\b(gcloud\s+(beta\s+)?container\s+clusters\s+create(-auto)?|eksctl\s+create\s+cluster|az\s+aks\s+create)\b/,
    words: [["container", "cluster", "create"]],
  },
];

/** A service mesh or mTLS between services. */
export const MESH_SIGNALS: TextSignal[] = [
  {
    value: "Istio",
    categories: MESH,
    pattern: apiGroup("(networking|security)\\.istio\\.io"),
    words: ["apiVersion", ["networking", "security"], ".istio.io"],
  },
  {
    value: "Istio",
    categories: MESH,
    pattern:
      /istio-injection["']?\s*:\s*["']?enabled|sidecar\.istio\.io\/inject["']?\s*:\s*["']?true|istio\.io\/rev["']?\s*:/,
    words: [["istio-injection", "sidecar.istio.io/inject", "istio.io/rev"]],
  },
  {
    value: "Linkerd",
    categories: MESH,
    pattern: /linkerd\.io\/inject["']?\s*:\s*["']?enabled/,
    words: ["linkerd.io/inject", "enabled"],
  },
  { value: "Linkerd", categories: MESH, pattern: apiGroup("[a-z.]*linkerd\\.io"), words: ["apiVersion", "linkerd.io"] },
  {
    value: "Consul Connect",
    categories: MESH,
    pattern: /consul\.hashicorp\.com\/connect-inject["']?\s*:\s*["']?true/,
    words: ["consul.hashicorp.com/connect-inject", "true"],
  },
  {
    value: "Consul Connect",
    categories: MESH,
    pattern: apiGroup("consul\\.hashicorp\\.com"),
    words: ["apiVersion", "consul.hashicorp.com"],
  },
  { value: "Cilium", categories: MESH, pattern: apiGroup("cilium\\.io"), words: ["apiVersion", "cilium.io"] },
  {
    value: "AWS App Mesh",
    categories: MESH,
    pattern: /\bAWS::AppMesh::|resource\s+"aws_appmesh_|appmesh\.k8s\.aws\//,
    words: [["AWS::AppMesh::", '"aws_appmesh_', "appmesh.k8s.aws/"]],
  },
  { value: "Kuma", categories: MESH, pattern: apiGroup("kuma\\.io"), words: ["apiVersion", "kuma.io"] },
];

/**
 * API groups that carry `apiVersion` and `kind` but are not objects applied to a Kubernetes cluster (build
 * tools, cluster definitions, catalogs), or that archlint counts elsewhere (Knative serving is a function).
 */
export const NOT_KUBERNETES_API =
  /^(skaffold\/|eksctl\.io\/|kind\.x-k8s\.io\/|backstage\.io\/|serving\.knative\.dev\/|k3d\.io\/|ctlptl\.dev\/|config\.kubernetes\.io\/)/;

export const COMPOSE_FILE = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/;
export const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/;
export const CHART_FILE = /(^|\/)Chart\.yaml$/;
