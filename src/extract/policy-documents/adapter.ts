import type { AdapterFactory } from "../adapter.js";
import { plainDocumentStatements } from "../iam.js";
import { isDict } from "../values.js";

/** The two policy language versions AWS has defined. */
const POLICY_VERSION = /^20(12|08)-10-17$/;

/**
 * IAM policy documents kept as files of their own (`policies/lambda.json`, loaded by Terraform's `file()` /
 * `templatefile()` or by a deploy script): a JSON object with a policy `Version` and a `Statement`. Each
 * statement is judged like one written inline, its owner the file.
 */
export const policyDocuments: AdapterFactory = {
  name: "iam-policy-document",
  create: () => ({
    extract(file, sink) {
      const doc = file.documents[0];
      if (file.format !== "json" || file.documents.length !== 1 || !isDict(doc)) return;
      if (typeof doc.Version !== "string" || !POLICY_VERSION.test(doc.Version) || !("Statement" in doc)) return;
      plainDocumentStatements(doc, { file: file.path, doc: 0, path: [] }, file.path, sink);
    },
  }),
};
