import { runAction } from "./main.js";
import { runnerSeams } from "./seams.js";

await runAction(runnerSeams());
