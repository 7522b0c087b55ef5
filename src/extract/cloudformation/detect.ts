import { type Dict, isDict } from "../values.js";

export const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

/** A CloudFormation template: it says so, or its `Resources` are typed `AWS::…` (SAM's `Serverless` ones too). */
export function isCloudFormationTemplate(doc: unknown): doc is Dict {
  if (!isDict(doc)) return false;
  if ("AWSTemplateFormatVersion" in doc && (isDict(doc.Resources) || doc.Resources === undefined)) return true;
  return isDict(doc.Resources) && Object.values(doc.Resources).some(hasAwsType);
}

function hasAwsType(resource: unknown): boolean {
  return isDict(resource) && typeof resource.Type === "string" && resource.Type.startsWith("AWS::");
}

/** SAM templates name the transform, as a string or in a list of transforms. */
export function isSamTemplate(doc: Dict): boolean {
  const transform = doc.Transform;
  return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}
