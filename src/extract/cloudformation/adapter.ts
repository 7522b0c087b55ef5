import { posix } from "node:path";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { AdapterFactory } from "../adapter.js";
import { isServerlessManifest } from "../serverless/adapter.js";
import { isDict } from "../values.js";
import { isCloudFormationTemplate, isSamTemplate } from "./detect.js";
import { extractTemplate } from "./extract-template.js";
import { instantiate, NestedStacks, nestingsOf } from "./nested-stacks.js";
import { OpenApiFiles } from "./openapi.js";
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

/**
 * CloudFormation templates, YAML or JSON, and SAM templates (the same family, with Globals and events). A
 * template with parameters, or one that nests local stacks, is read at the end of the scan, when parents and
 * children are all known; OpenAPI files included by an API are joined then too.
 */
export const cloudFormation: AdapterFactory = {
  name: CLOUDFORMATION_FORMAT,
  create: () => {
    const openApi = new OpenApiFiles();
    const nested = new NestedStacks();
    return {
      extract(file, sink) {
        openApi.add(file.path, file.documents);
        if (isServerlessManifest(file)) return;
        file.documents.forEach((doc, index) => {
          if (!isCloudFormationTemplate(doc)) return;
          const format = isSamTemplate(doc) ? SAM_FORMAT : CLOUDFORMATION_FORMAT;
          const where = { file: file.path, doc: index, base: [] as [], format };
          if (format === SAM_FORMAT && servesAnApi(doc))
            sink.evidence({ category: EVIDENCE.apiStack, value: posix.dirname(file.path), file: file.path, line: 1 });
          const template = createTemplate(doc, where, sink, { openApi });
          const nestings = nestingsOf(template);
          nested.add(file.path, doc, nestings);
          if (isDict(doc.Parameters) || nestings.length > 0) nested.defer({ doc, where, byType: template.byType });
          else nested.extracted(file.path, extractTemplate(template));
        });
      },
      finish(sink, guard) {
        for (const { doc, where, byType, nesting, links } of nested.instances()) {
          const instance = nesting && isDict(doc.Parameters) ? instantiate(doc.Parameters, nesting) : undefined;
          const options = { openApi, parameters: instance?.parameters, parameterNotes: instance?.notes, links };
          guard(where.file, () => {
            const template = createTemplate(doc, where, sink, options);
            template.byType = byType;
            nested.extracted(where.file, extractTemplate(template));
          });
        }
        openApi.finish(guard);
      },
    };
  },
};
