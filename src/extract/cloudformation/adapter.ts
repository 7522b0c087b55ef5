import { posix } from "node:path";
import type { AdapterFactory } from "../adapter.js";
import { EVIDENCE } from "../evidence/categories.js";
import { isServerlessManifest } from "../serverless/adapter.js";
import { isDict } from "../values.js";
import { isCloudFormationTemplate, isSamTemplate } from "./detect.js";
import { extractTemplate } from "./extract-template.js";
import { CLOUDFORMATION_FORMAT, createTemplate, SAM_FORMAT } from "./template.js";

const API_TYPES = /^AWS::(AppSync::|Serverless::(Api|HttpApi|GraphQLApi)$|ApiGateway::RestApi$|ApiGatewayV2::Api$)/;

/**
 * A SAM application that serves an API (AppSync resolvers, API Gateway integrations): a deployable service even
 * when it declares no function of its own.
 */
function servesAnApi(doc: unknown): boolean {
  const resources = isDict(doc) && isDict(doc.Resources) ? Object.values(doc.Resources) : [];
  return resources.some(
    (resource) => isDict(resource) && typeof resource.Type === "string" && API_TYPES.test(resource.Type),
  );
}

/** CloudFormation templates, YAML or JSON, and SAM templates (the same family, with Globals and events). */
export const cloudFormation: AdapterFactory = {
  name: CLOUDFORMATION_FORMAT,
  create: () => ({
    extract(file, sink) {
      if (isServerlessManifest(file)) return;
      file.documents.forEach((doc, index) => {
        if (!isCloudFormationTemplate(doc)) return;
        const format = isSamTemplate(doc) ? SAM_FORMAT : CLOUDFORMATION_FORMAT;
        extractTemplate(createTemplate(doc, { file: file.path, doc: index, base: [], format }, sink));
        if (format === SAM_FORMAT && servesAnApi(doc))
          sink.evidence({ category: EVIDENCE.apiStack, value: posix.dirname(file.path), file: file.path, line: 1 });
      });
    },
  }),
};
