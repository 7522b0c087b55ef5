import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { isDict } from "../values.js";
import { ecsServices } from "./ecs.js";
import { ContainerDefinitionFiles } from "./ecs-container-files.js";
import { TERRAFORM_FORMAT } from "./fields.js";
import { FunctionIndex } from "./function-index.js";
import { joinSettings } from "./function-settings.js";
import { lambdaFunction } from "./functions.js";
import { iamStatements } from "./iam.js";
import { isLambdaModule, lambdaModuleFunction } from "./lambda-module.js";
import { moduleInstances } from "./local-modules.js";
import { addToModules, type TerraformModule } from "./module.js";
import { joinTerraformPublishers } from "./publishers.js";
import { queues } from "./queues.js";
import { joinTriggers } from "./triggers.js";

export function isTerraformFile(file: ParsedFile): boolean {
  return (
    (file.format === "hcl" && file.path.endsWith(".tf")) || (file.format === "json" && file.path.endsWith(".tf.json"))
  );
}

/**
 * Terraform: every `.tf` / `.tf.json` file of a directory joins that directory's module; entities are built in
 * `finish`, once variables, locals and every resource they refer to are known.
 */
export const terraform: AdapterFactory = {
  name: TERRAFORM_FORMAT,
  create: () => {
    const modules = new Map<string, TerraformModule>();
    const containerFiles = new ContainerDefinitionFiles();
    return {
      extract(file) {
        containerFiles.add(file);
        const doc = file.documents[0];
        if (isTerraformFile(file) && isDict(doc)) addToModules(modules, file.path, doc);
      },
      finish(sink, guard) {
        // A module's IAM statements are the same text whichever call instantiates it: judged once.
        const judged = new Set<string>();
        for (const instance of moduleInstances(modules)) {
          const statements = !judged.has(instance.dir);
          judged.add(instance.dir);
          guard(instance.files[0] ?? "", () => extractModule(instance, sink, statements, containerFiles));
        }
      },
    };
  },
};

function extractModule(
  module: TerraformModule,
  sink: ModelSink,
  judgeStatements: boolean,
  containerFiles: ContainerDefinitionFiles,
): void {
  const lambdas = module.all("aws_lambda_function");
  // Read once: they give the functions what they may publish to, and are judged themselves.
  const statements = judgeStatements || lambdas.length > 0 ? iamStatements(module) : [];
  const functions = new FunctionIndex(module);
  for (const block of lambdas) functions.add(block.address, lambdaFunction(block, module));
  for (const block of module.created(module.modules)) {
    if (isLambdaModule(block, module)) functions.add(block.address, lambdaModuleFunction(block, module));
  }
  const queueEntities = queues(module);
  joinTriggers(module, functions);
  joinTerraformPublishers(module, functions, statements);
  joinSettings(module, functions);
  for (const fn of functions.all()) sink.entity(fn);
  for (const queue of queueEntities) sink.entity(queue);
  ecsServices(module, sink, containerFiles);
  if (judgeStatements) for (const statement of statements) sink.statement(statement);
}
