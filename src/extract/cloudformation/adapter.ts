import type { AdapterFactory } from "../adapter.js";
import { isServerlessManifest } from "../serverless/adapter.js";
import { isCloudFormationTemplate, isSamTemplate } from "./detect.js";
import { extractTemplate } from "./extract-template.js";
import { OpenApiFiles } from "./openapi.js";
import { CLOUDFORMATION_FORMAT, createTemplate, SAM_FORMAT } from "./template.js";

/** CloudFormation templates, YAML or JSON, and SAM templates (the same family, with Globals and events). */
export const cloudFormation: AdapterFactory = {
  name: CLOUDFORMATION_FORMAT,
  create: () => {
    const openApi = new OpenApiFiles();
    return {
      extract(file, sink) {
        openApi.add(file.path, file.documents);
        if (isServerlessManifest(file)) return;
        file.documents.forEach((doc, index) => {
          if (!isCloudFormationTemplate(doc)) return;
          const format = isSamTemplate(doc) ? SAM_FORMAT : CLOUDFORMATION_FORMAT;
          const where = { file: file.path, doc: index, base: [], format };
          extractTemplate(createTemplate(doc, where, sink, undefined, openApi));
        });
      },
      finish: () => openApi.finish(),
    };
  },
};
