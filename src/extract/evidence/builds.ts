import { posix } from "node:path";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { AdapterFactory } from "../adapter.js";
import { isDict } from "../values.js";
import { lineAt } from "./text-search.js";

const DOCKERFILE = /(^|\/)(Dockerfile(\.[^/]*)?|[^/]+\.dockerfile)$/i;
/** `FROM [--platform=…] image [AS stage]`: the last one is the image the build produces a layer on. */
const FROM = /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim;

/**
 * What this repository builds: each Dockerfile's folder (its build context, `.` at the root) with the base
 * image of its final stage, and each Skaffold artifact's image. Link reads them to tell the team's own services
 * from off-the-shelf components and from images it merely deploys.
 */
export const buildEvidence: AdapterFactory = {
  name: "build-evidence",
  create: () => ({
    extract(file, sink) {
      if (file.format === "text" && DOCKERFILE.test(file.path)) {
        const stages = [...file.text.matchAll(FROM)];
        const last = stages.at(-1);
        const line = last ? lineAt(file.text, last.index) : 1;
        sink.evidence({ category: EVIDENCE.buildContext, value: posix.dirname(file.path), file: file.path, line });
        if (last?.[1]) sink.evidence({ category: EVIDENCE.buildBase, value: last[1], file: file.path, line });
        return;
      }
      if (file.format !== "yaml") return;
      file.documents.forEach((doc) => {
        if (!isDict(doc) || typeof doc.apiVersion !== "string" || !doc.apiVersion.startsWith("skaffold/")) return;
        const artifacts = isDict(doc.build) && Array.isArray(doc.build.artifacts) ? doc.build.artifacts : [];
        for (const artifact of artifacts) {
          if (!isDict(artifact) || typeof artifact.image !== "string") continue;
          const offset = file.text.indexOf(artifact.image);
          const line = offset < 0 ? undefined : lineAt(file.text, offset);
          sink.evidence({ category: EVIDENCE.buildImage, value: artifact.image, file: file.path, line });
        }
      });
    },
  }),
};
