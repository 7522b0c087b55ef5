import type { Pillar } from "./evidence-categories.js";
import type { TextSignal } from "./text-signal.js";

const M: Pillar[] = ["metrics"];
const T: Pillar[] = ["traces"];
const L: Pillar[] = ["logs"];
const D: Pillar[] = ["dashboards"];
const MTL: Pillar[] = ["metrics", "traces", "logs"];
const MT: Pillar[] = ["metrics", "traces"];

const kind = (kinds: string) => new RegExp(`\\bkind\\s*:\\s*["']?(${kinds})["']?[ \\t]*$`, "m");
const tfResource = (types: string) => new RegExp(`resource\\s+"(${types})"`);
/** An image reference in a manifest (`image:`, a chart's `repository:`) or a Dockerfile's `FROM`. */
/** The keys an image reference follows: one of them is in every text `image()` matches. */
const IMAGE_KEYS = ["image", "repository", "FROM"];

/**
 * An image reference (`image:`, `repository:`, `FROM`) to one of `names` (regular expressions), with the words
 * every match holds: a key and one of `words` (the names themselves unless they are patterns).
 */
const image = (names: string[], words: string[] = names) => ({
  pattern: new RegExp(
    `(?:(?:image|repository)["']?\\s*[:=]\\s*["']?|^FROM\\s+(?:--platform=\\S+\\s+)?)([\\w.-]+(?::\\d+)?/)*(?:${names.join("|")})(?:[:@"'\\s]|$)`,
    "m",
  ),
  words: [IMAGE_KEYS, words],
});

/** Configuration, resources, images and settings that prove an observability pillar, by tool. */
export const OBSERVABILITY_SIGNALS: TextSignal[] = [
  // Prometheus and friends
  { value: "Prometheus scrape config", categories: M, pattern: /^\s*scrape_configs\s*:/m, words: ["scrape_configs"] },
  {
    value: "Prometheus Operator monitors",
    categories: M,
    pattern: kind("ServiceMonitor|PodMonitor|PrometheusRule|Probe|ScrapeConfig"),
    words: ["kind", ["ServiceMonitor", "PodMonitor", "PrometheusRule", "Probe", "ScrapeConfig"]],
    requires: [{ pattern: /monitoring\.coreos\.com/, words: ["monitoring.coreos.com"] }],
  },
  {
    value: "Google Managed Prometheus",
    categories: M,
    pattern: kind("PodMonitoring|ClusterPodMonitoring|Rules|ClusterRules"),
    words: ["kind", ["PodMonitoring", "ClusterPodMonitoring", "Rules", "ClusterRules"]],
    requires: [{ pattern: /monitoring\.googleapis\.com/, words: ["monitoring.googleapis.com"] }],
  },
  {
    value: "Prometheus alerting rules",
    categories: M,
    pattern: /^\s*-?\s*alert\s*:\s*\S/m,
    words: ["alert"],
    requires: [{ pattern: /^\s*expr\s*:/m, words: ["expr"] }],
  },
  {
    value: "Prometheus scrape annotations",
    categories: M,
    pattern: /prometheus\.io\/scrape["']?\s*:\s*["']?true/,
    words: ["prometheus.io/scrape", "true"],
  },
  {
    value: "Prometheus",
    categories: M,
    ...image(["prom/prometheus", "prometheus/prometheus", "prom/alertmanager"]),
  },
  // Grafana
  {
    value: "Grafana",
    categories: D,
    ...image(["grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise"]),
  },
  {
    value: "Grafana dashboard",
    categories: D,
    pattern: /"panels"\s*:\s*\[/,
    words: ['"panels"'],
    requires: [{ pattern: /"schemaVersion"\s*:/, words: ['"schemaVersion"'] }],
  },
  {
    value: "Grafana provisioning",
    categories: D,
    pattern: /^\s*(datasources|providers)\s*:/m,
    words: [["datasources", "providers"]],
    requires: [{ pattern: /^\s*apiVersion\s*:\s*1\s*$/m, words: ["apiVersion"] }],
  },
  {
    value: "Grafana Operator dashboards",
    categories: D,
    pattern: kind("GrafanaDashboard"),
    words: ["kind", "GrafanaDashboard"],
  },
  // OpenTelemetry SDK settings (collector configs are read structurally, per pipeline)
  {
    value: "OpenTelemetry SDK settings (traces)",
    categories: T,
    pattern: /\bOTEL_(EXPORTER_OTLP_(TRACES_)?ENDPOINT|TRACES_EXPORTER)\b/,
    words: ["OTEL_", ["EXPORTER_OTLP_", "TRACES_EXPORTER"]],
  },
  {
    value: "OpenTelemetry SDK settings (metrics)",
    categories: M,
    pattern: /\bOTEL_(EXPORTER_OTLP_METRICS_ENDPOINT|METRICS_EXPORTER)\b/,
    words: ["OTEL_", ["EXPORTER_OTLP_METRICS_ENDPOINT", "METRICS_EXPORTER"]],
  },
  {
    value: "OpenTelemetry SDK settings (logs)",
    categories: L,
    pattern: /\bOTEL_(EXPORTER_OTLP_LOGS_ENDPOINT|LOGS_EXPORTER)\b/,
    words: ["OTEL_", ["EXPORTER_OTLP_LOGS_ENDPOINT", "LOGS_EXPORTER"]],
  },
  {
    value: "OpenTelemetry Operator instrumentation",
    categories: T,
    pattern: kind("Instrumentation"),
    words: ["kind", "Instrumentation"],
    requires: [{ pattern: /opentelemetry\.io/, words: ["opentelemetry.io"] }],
  },
  {
    value: "tracing switched on in service settings",
    categories: T,
    pattern:
      /\b(ENABLE_TRACING|TRACING_ENABLED)["']?\s*[:=]\s*["']?(true|1)\b|name:\s*["']?(ENABLE_TRACING|TRACING_ENABLED)["']?\s*\n\s*value:\s*["']?(true|1)\b/,
    words: [["ENABLE_TRACING", "TRACING_ENABLED"]],
  },
  // Tracing back ends
  {
    value: "Jaeger",
    categories: T,
    ...image(["jaegertracing/[\\w-]+"], ["jaegertracing/"]),
  },
  {
    value: "Jaeger",
    categories: T,
    pattern: /\bJAEGER_(AGENT_HOST|ENDPOINT|COLLECTOR_[A-Z_]+|SERVICE_NAME)\b/,
    words: ["JAEGER_", ["AGENT_HOST", "ENDPOINT", "COLLECTOR_", "SERVICE_NAME"]],
  },
  {
    value: "Jaeger Operator",
    categories: T,
    pattern: kind("Jaeger"),
    words: ["kind", "Jaeger"],
    requires: [{ pattern: /jaegertracing\.io/, words: ["jaegertracing.io"] }],
  },
  {
    value: "Zipkin",
    categories: T,
    ...image(["openzipkin/zipkin", "openzipkin/zipkin-slim"]),
  },
  {
    value: "Zipkin",
    categories: T,
    pattern: /\bZIPKIN_(BASE_URL|ENDPOINT|URL|HOST)\b|\/api\/v2\/spans\b/,
    words: [["ZIPKIN_", "/api/v2/spans"]],
  },
  {
    value: "Grafana Tempo",
    categories: T,
    ...image(["grafana/tempo"]),
  },
  // Log pipelines
  {
    value: "Loki",
    categories: L,
    ...image(["grafana/loki", "grafana/promtail", "grafana/alloy"]),
  },
  { value: "Loki", categories: L, pattern: /\/loki\/api\/v1\/push\b/, words: ["/loki/api/v1/push"] },
  {
    value: "Fluentd",
    categories: L,
    ...image(
      ["fluent/fluentd", "fluent/fluentd-kubernetes-daemonset", "[\\w-]*fluentd[\\w-]*"],
      ["fluent/fluentd", "fluent/fluentd-kubernetes-daemonset", "fluentd"],
    ),
  },
  {
    value: "Fluentd",
    categories: L,
    pattern: /^\s*<match\s+\S+>/m,
    words: ["<match"],
    requires: [{ pattern: /@type\s+\S+/, words: ["@type"] }],
  },
  {
    value: "Fluentd logging driver",
    categories: L,
    pattern: /^\s*driver\s*:\s*["']?fluentd\b/m,
    words: ["driver", "fluentd"],
  },
  {
    value: "Fluent Bit",
    categories: L,
    ...image(["fluent/fluent-bit", "[\\w-]*fluent-bit[\\w-]*"], ["fluent/fluent-bit", "fluent-bit"]),
  },
  { value: "Fluent Bit", categories: L, pattern: /^\s*\[OUTPUT\]\s*$/m, words: ["[OUTPUT]"] },
  {
    value: "Fluent Bit Operator",
    categories: L,
    pattern: kind("FluentBit|ClusterOutput|ClusterFluentBitConfig"),
    words: ["kind", ["FluentBit", "ClusterOutput", "ClusterFluentBitConfig"]],
    requires: [{ pattern: /fluentbit\.fluent\.io/, words: ["fluentbit.fluent.io"] }],
  },
  {
    value: "Elastic Stack (ELK)",
    categories: L,
    ...image([
      "elasticsearch/logstash",
      "logstash/logstash",
      "kibana/kibana",
      "beats/filebeat",
      "logstash",
      "kibana",
      "filebeat",
    ]),
  },
  {
    value: "OpenSearch",
    categories: L,
    ...image(["opensearchproject/opensearch-dashboards", "opensearchproject/data-prepper"]),
  },
  // Vendors
  {
    value: "Datadog",
    categories: MTL,
    pattern: /\bDD_(API_KEY|AGENT_HOST|TRACE_AGENT_URL)\b|datadoghq\/agent\b|datadog\/agent\b/,
    words: [["API_KEY", "AGENT_HOST", "TRACE_AGENT_URL", "datadoghq/agent", "datadog/agent"]],
  },
  {
    value: "Datadog",
    categories: M,
    pattern: tfResource("datadog_monitor|datadog_synthetics_test"),
    words: ["resource", ["datadog_monitor", "datadog_synthetics_test"]],
  },
  {
    value: "Datadog dashboards",
    categories: D,
    pattern: tfResource("datadog_dashboard|datadog_dashboard_json"),
    words: ["resource", ["datadog_dashboard", "datadog_dashboard_json"]],
  },
  {
    value: "New Relic",
    categories: MT,
    pattern: /\bNEW_?RELIC_(LICENSE_KEY|APP_NAME)\b|newrelic\/infrastructure\b/,
    words: [["LICENSE_KEY", "APP_NAME", "newrelic/infrastructure"]],
  },
  {
    value: "New Relic",
    categories: M,
    pattern: tfResource("newrelic_alert_policy|newrelic_nrql_alert_condition"),
    words: ["resource", ["newrelic_alert_policy", "newrelic_nrql_alert_condition"]],
  },
  {
    value: "Instana",
    categories: MT,
    pattern: /\bINSTANA_(AGENT_KEY|AGENT_HOST|ENDPOINT_URL)\b|instana\/agent\b|icr\.io\/instana\//,
    words: [["AGENT_KEY", "AGENT_HOST", "ENDPOINT_URL", "instana/agent", "icr.io/instana/"]],
  },
  {
    value: "Application Insights",
    categories: MTL,
    pattern:
      /\b(APPINSIGHTS_INSTRUMENTATIONKEY|APPLICATIONINSIGHTS_CONNECTION_STRING)\b|Microsoft\.Insights\/components/i,
    words: [
      ["appinsights_instrumentationkey", "applicationinsights_connection_string", "microsoft.insights/components"],
    ],
  },
  {
    value: "Application Insights",
    categories: MTL,
    pattern: tfResource("azurerm_application_insights"),
    words: ["resource", "azurerm_application_insights"],
  },
  {
    value: "Azure Log Analytics",
    categories: L,
    pattern: /Microsoft\.OperationalInsights\/workspaces|resource\s+"azurerm_log_analytics_workspace"/i,
    words: [["microsoft.operationalinsights/workspaces", '"azurerm_log_analytics_workspace"']],
  },
  {
    value: "Azure Monitor alerts",
    categories: M,
    pattern: /Microsoft\.Insights\/(metricAlerts|scheduledQueryRules)|resource\s+"azurerm_monitor_metric_alert"/i,
    words: [["microsoft.insights/", '"azurerm_monitor_metric_alert"']],
  },
  {
    value: "Azure dashboards",
    categories: D,
    pattern: /Microsoft\.Portal\/dashboards|resource\s+"azurerm_portal_dashboard"/i,
    words: [["microsoft.portal/dashboards", '"azurerm_portal_dashboard"']],
  },
  // AWS
  {
    value: "CloudWatch alarms",
    categories: M,
    pattern: /\bAWS::CloudWatch::(Alarm|CompositeAlarm|AnomalyDetector)\b/,
    words: ["AWS::CloudWatch::", ["Alarm", "CompositeAlarm", "AnomalyDetector"]],
  },
  {
    value: "CloudWatch alarms",
    categories: M,
    pattern: tfResource("aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm"),
    words: ["resource", ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"]],
  },
  {
    value: "CloudWatch dashboards",
    categories: D,
    pattern: /\bAWS::CloudWatch::Dashboard\b/,
    words: ["AWS::CloudWatch::Dashboard"],
  },
  {
    value: "CloudWatch dashboards",
    categories: D,
    pattern: tfResource("aws_cloudwatch_dashboard"),
    words: ["resource", "aws_cloudwatch_dashboard"],
  },
  {
    value: "CloudWatch Logs retention",
    categories: L,
    pattern: /\bAWS::Logs::LogGroup\b/,
    words: ["AWS::Logs::LogGroup"],
    requires: [{ pattern: /RetentionInDays/, words: ["RetentionInDays"] }],
  },
  {
    value: "CloudWatch Logs retention",
    categories: L,
    pattern: tfResource("aws_cloudwatch_log_group"),
    words: ["resource", "aws_cloudwatch_log_group"],
    requires: [{ pattern: /retention_in_days/, words: ["retention_in_days"] }],
  },
  {
    value: "CloudWatch Logs retention",
    categories: L,
    pattern: /^\s*logRetentionInDays\s*:\s*["']?\d/m,
    words: ["logRetentionInDays"],
  },
  {
    value: "CloudWatch Logs subscription",
    categories: L,
    pattern: /\bAWS::Logs::SubscriptionFilter\b/,
    words: ["AWS::Logs::SubscriptionFilter"],
  },
  {
    value: "CloudWatch Logs subscription",
    categories: L,
    pattern: tfResource("aws_cloudwatch_log_subscription_filter"),
    words: ["resource", "aws_cloudwatch_log_subscription_filter"],
  },
  // Lambda's X-Ray tracing is read with each function (link derives "AWS X-Ray (function tracing)" from it), never
  // from text, so the function-level and repository-level verdicts cannot disagree. An API Gateway stage's tracing
  // alone records one hop: it does not follow a request across the functions.
  {
    value: "AWS X-Ray",
    categories: T,
    pattern: /\bAWS::XRay::|resource\s+"aws_xray_/,
    words: [["AWS::XRay::", '"aws_xray_']],
  },
  {
    value: "Powertools for AWS Lambda (layer)",
    categories: M,
    pattern: /:layer:AWSLambdaPowertools\w*/,
    words: [":layer:AWSLambdaPowertools"],
  },
  {
    value: "Powertools for AWS Lambda (metrics)",
    categories: M,
    pattern: /\bPOWERTOOLS_METRICS_NAMESPACE\b/,
    words: ["POWERTOOLS_METRICS_NAMESPACE"],
  },
  {
    value: "CloudWatch alarms (serverless-plugin-aws-alerts)",
    categories: M,
    pattern: /^\s*-\s*["']?serverless-plugin-aws-alerts\b/m,
    words: ["serverless-plugin-aws-alerts"],
  },
  // Google Cloud
  {
    value: "Cloud Monitoring",
    categories: M,
    pattern: tfResource("google_monitoring_alert_policy|google_monitoring_uptime_check_config"),
    words: ["resource", ["google_monitoring_alert_policy", "google_monitoring_uptime_check_config"]],
  },
  {
    value: "Cloud Monitoring dashboards",
    categories: D,
    pattern: tfResource("google_monitoring_dashboard"),
    words: ["resource", "google_monitoring_dashboard"],
  },
  {
    value: "Cloud Logging sinks",
    categories: L,
    pattern: tfResource("google_logging_[a-z_]*sink"),
    words: ["resource", "google_logging_", "sink"],
  },
  {
    value: "Cloud Logging (GKE default)",
    categories: L,
    pattern:
      /resource\s+"google_container_cluster"|source\s*=\s*"[^"]*terraform-google-modules\/kubernetes-engine\/google(\/\/modules\/[\w-]*(cluster|autopilot)[\w-]*)?"/,
    words: [['"google_container_cluster"', "terraform-google-modules/kubernetes-engine/google"]],
    unless: /logging_service\s*=\s*"none"|logging_enabled_components\s*=\s*\[\s*\]/,
  },
];

/** A Grafana data source type tells which pillar its back end holds. */
export const GRAFANA_DATASOURCE_PILLARS: Record<string, Pillar> = {
  prometheus: "metrics",
  graphite: "metrics",
  influxdb: "metrics",
  cloudwatch: "metrics",
  jaeger: "traces",
  zipkin: "traces",
  tempo: "traces",
  "grafana-x-ray-datasource": "traces",
  loki: "logs",
  elasticsearch: "logs",
  "grafana-opensearch-datasource": "logs",
};

/** Helm chart dependencies (by chart name) that install an observability back end or a mesh. */
export const CHART_CATEGORIES: Record<string, readonly string[]> = {
  "kube-prometheus-stack": ["metrics", "dashboards"],
  prometheus: ["metrics"],
  "prometheus-operator": ["metrics"],
  "victoria-metrics-k8s-stack": ["metrics", "dashboards"],
  grafana: ["dashboards"],
  loki: ["logs"],
  "loki-stack": ["logs"],
  promtail: ["logs"],
  "fluent-bit": ["logs"],
  fluentd: ["logs"],
  elasticsearch: ["logs"],
  logstash: ["logs"],
  opensearch: ["logs"],
  tempo: ["traces"],
  "tempo-distributed": ["traces"],
  jaeger: ["traces"],
  "opentelemetry-collector": ["traces"],
  "opentelemetry-operator": ["traces"],
  datadog: ["metrics", "traces", "logs"],
  "nri-bundle": ["metrics", "traces"],
  "instana-agent": ["metrics", "traces"],
  istiod: ["mesh"],
  "istio-base": ["mesh"],
  linkerd2: ["mesh"],
  "linkerd-control-plane": ["mesh"],
  consul: ["mesh"],
};

type Ecosystem = "npm" | "python" | "go" | "java" | "dotnet" | "ruby";

/** The package manifests each ecosystem's libraries are read from. */
export const ECOSYSTEM_FILES: Record<Ecosystem, RegExp> = {
  npm: /(^|\/)package\.json$/,
  python: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml)$/,
  go: /(^|\/)go\.mod$/,
  java: /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/,
  dotnet: /\.csproj$/,
  ruby: /(^|\/)Gemfile$/,
};

export interface Library {
  ecosystem: Ecosystem;
  /** The package name; a trailing `*` matches any name with that prefix. */
  name: string;
  value: string;
  categories: readonly string[];
  /** The name as a pattern: `*` is a prefix wildcard; a name never matches inside a longer name. */
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

function namePattern(ecosystem: Ecosystem, name: string): RegExp {
  const body = escapeRegExp(name).replace(/\*/g, "[\\w./-]*");
  const flags = ecosystem === "python" || ecosystem === "dotnet" ? "i" : "";
  return new RegExp(`(?<![\\w.@/-])${body}(?![\\w./-])`, flags);
}

const lib = (ecosystem: Ecosystem, categories: readonly string[], value: string, ...names: string[]): Library[] =>
  names.map((name) => ({ ecosystem, name, value, categories, pattern: namePattern(ecosystem, name) }));

/** Instrumentation libraries that, once a dependency, prove a pillar is wired into the code. */
export const INSTRUMENTATION_LIBRARIES: Library[] = [
  ...lib("npm", M, "prom-client", "prom-client", "express-prom-bundle"),
  ...lib(
    "npm",
    T,
    "OpenTelemetry",
    "@opentelemetry/sdk-node",
    "@opentelemetry/sdk-trace-*",
    "@opentelemetry/auto-instrumentations-*",
    "@opentelemetry/exporter-trace-*",
    "@opentelemetry/instrumentation-*",
  ),
  ...lib("npm", M, "OpenTelemetry metrics", "@opentelemetry/sdk-metrics", "@opentelemetry/exporter-metrics-*"),
  ...lib("npm", L, "OpenTelemetry logs", "@opentelemetry/sdk-logs", "@opentelemetry/exporter-logs-*"),
  ...lib("npm", T, "dd-trace", "dd-trace"),
  ...lib("npm", M, "StatsD", "hot-shots", "node-statsd"),
  ...lib("npm", MT, "New Relic", "newrelic"),
  ...lib("npm", T, "AWS X-Ray SDK", "aws-xray-sdk", "aws-xray-sdk-core"),
  ...lib("npm", T, "Powertools tracer", "@aws-lambda-powertools/tracer"),
  ...lib("npm", M, "Powertools metrics", "@aws-lambda-powertools/metrics"),
  ...lib("npm", L, "Loki logger", "winston-loki", "pino-loki"),
  ...lib("npm", L, "Elasticsearch logger", "winston-elasticsearch", "pino-elasticsearch"),
  ...lib("npm", MTL, "Application Insights", "applicationinsights", "@azure/monitor-opentelemetry"),
  ...lib("npm", MT, "Instana", "@instana/collector", "@instana/aws-lambda"),
  ...lib("npm", T, "Jaeger client", "jaeger-client"),
  ...lib("npm", T, "Zipkin", "zipkin", "zipkin-transport-http"),
  ...lib("npm", T, "Elastic APM", "elastic-apm-node"),
  ...lib("npm", T, "Cloud Trace", "@google-cloud/trace-agent", "@google-cloud/opentelemetry-cloud-trace-exporter"),
  ...lib(
    "npm",
    L,
    "Cloud Logging",
    "@google-cloud/logging-winston",
    "@google-cloud/logging-bunyan",
    "@google-cloud/logging",
  ),
  ...lib("npm", ["cluster-in-code"], "Pulumi EKS", "@pulumi/eks"),
  ...lib("npm", ["cluster-in-code"], "CDK EKS", "@aws-cdk/aws-eks", "@aws-cdk/lambda-layer-kubectl-*"),
  ...lib(
    "python",
    M,
    "prometheus_client",
    "prometheus_client",
    "prometheus-client",
    "prometheus-flask-exporter",
    "prometheus-fastapi-instrumentator",
  ),
  ...lib(
    "python",
    T,
    "OpenTelemetry",
    "opentelemetry-sdk",
    "opentelemetry-distro",
    "opentelemetry-instrumentation*",
    "opentelemetry-exporter-*",
  ),
  ...lib("python", T, "ddtrace", "ddtrace"),
  ...lib("python", MT, "New Relic", "newrelic"),
  ...lib("python", T, "AWS X-Ray SDK", "aws-xray-sdk"),
  ...lib("python", T, "Jaeger client", "jaeger-client"),
  ...lib("python", T, "OpenCensus", "opencensus", "opencensus-ext-*"),
  ...lib(
    "python",
    MTL,
    "Application Insights",
    "applicationinsights",
    "azure-monitor-opentelemetry*",
    "opencensus-ext-azure",
  ),
  ...lib("python", MT, "Instana", "instana"),
  ...lib("python", L, "Loki logger", "python-logging-loki"),
  ...lib("python", T, "Cloud Trace", "google-cloud-trace", "opentelemetry-exporter-gcp-trace"),
  ...lib("python", L, "Cloud Logging", "google-cloud-logging"),
  ...lib("python", M, "Cloud Monitoring", "google-cloud-monitoring"),
  ...lib("python", M, "StatsD", "statsd", "datadog"),
  ...lib("python", ["cluster-in-code"], "Pulumi EKS", "pulumi-eks", "pulumi_eks"),
  ...lib("python", ["cluster-in-code"], "CDK EKS", "aws-cdk.aws-eks"),
  ...lib("go", M, "Prometheus client", "github.com/prometheus/client_golang"),
  ...lib(
    "go",
    T,
    "OpenTelemetry",
    "go.opentelemetry.io/otel/sdk",
    "go.opentelemetry.io/otel/exporters/otlp/otlptrace*",
    "go.opentelemetry.io/contrib/instrumentation/*",
  ),
  ...lib(
    "go",
    M,
    "OpenTelemetry metrics",
    "go.opentelemetry.io/otel/sdk/metric",
    "go.opentelemetry.io/otel/exporters/otlp/otlpmetric*",
  ),
  ...lib("go", T, "dd-trace-go", "gopkg.in/DataDog/dd-trace-go.v1", "github.com/DataDog/dd-trace-go*"),
  ...lib("go", MT, "New Relic", "github.com/newrelic/go-agent*"),
  ...lib("go", T, "AWS X-Ray SDK", "github.com/aws/aws-xray-sdk-go"),
  ...lib("go", T, "Jaeger client", "github.com/uber/jaeger-client-go"),
  ...lib("go", T, "Zipkin", "github.com/openzipkin/zipkin-go"),
  ...lib("go", MT, "OpenCensus", "go.opencensus.io", "contrib.go.opencensus.io/exporter/*"),
  ...lib("go", MT, "Instana", "github.com/instana/go-sensor"),
  ...lib("go", ["cluster-in-code"], "Pulumi EKS", "github.com/pulumi/pulumi-eks/*"),
  ...lib("java", M, "Micrometer", "micrometer-registry-*", "simpleclient", "prometheus-metrics-core"),
  ...lib(
    "java",
    T,
    "OpenTelemetry",
    "opentelemetry-sdk",
    "opentelemetry-exporter-*",
    "opentelemetry-javaagent",
    "opentelemetry-spring-boot-starter",
    "micrometer-tracing-bridge-otel",
  ),
  ...lib(
    "java",
    T,
    "Zipkin",
    "zipkin-reporter*",
    "spring-cloud-sleuth-zipkin",
    "micrometer-tracing-bridge-brave",
    "brave",
  ),
  ...lib("java", T, "Spring Cloud Sleuth", "spring-cloud-starter-sleuth"),
  ...lib("java", T, "Jaeger client", "jaeger-client", "opentracing-spring-jaeger-*"),
  ...lib("java", T, "dd-java-agent", "dd-java-agent", "dd-trace-api"),
  ...lib("java", MT, "New Relic", "newrelic-agent", "newrelic-api"),
  ...lib("java", T, "AWS X-Ray SDK", "aws-xray-recorder-sdk-*"),
  ...lib("java", L, "Logstash encoder", "logstash-logback-encoder"),
  ...lib("java", L, "Loki appender", "loki-logback-appender"),
  ...lib("java", MTL, "Application Insights", "applicationinsights-*"),
  ...lib("dotnet", M, "prometheus-net", "prometheus-net*", "App.Metrics*"),
  ...lib(
    "dotnet",
    T,
    "OpenTelemetry",
    "OpenTelemetry.Exporter.*",
    "OpenTelemetry.Extensions.Hosting",
    "OpenTelemetry.Instrumentation.*",
  ),
  ...lib("dotnet", MTL, "Application Insights", "Microsoft.ApplicationInsights*", "Azure.Monitor.OpenTelemetry*"),
  ...lib("dotnet", T, "Datadog tracer", "Datadog.Trace*"),
  ...lib("dotnet", T, "AWS X-Ray SDK", "AWSXRayRecorder*"),
  ...lib(
    "dotnet",
    L,
    "Serilog sink",
    "Serilog.Sinks.Elasticsearch",
    "Serilog.Sinks.Grafana.Loki",
    "Serilog.Sinks.Seq",
    "Serilog.Sinks.ApplicationInsights",
  ),
  ...lib("ruby", M, "prometheus-client", "prometheus-client"),
  ...lib("ruby", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-instrumentation-*"),
  ...lib("ruby", T, "ddtrace", "ddtrace", "datadog"),
  ...lib("ruby", MT, "New Relic", "newrelic_rpm"),
];
