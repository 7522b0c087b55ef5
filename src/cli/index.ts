import { TOOL } from "../version.js";
import { type Command, parseCommand, USAGE } from "./arguments.js";

const argv = process.argv.slice(2);

/** --version and --help answer before the engine (parsers, ajv, policies) is loaded: the answer takes ~50 ms. */
function quickAnswer(): string | undefined {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch {
    return undefined; // main reports the usage error
  }
  if (command.name === "version") return `${TOOL.version}\n`;
  if (command.name === "help") return `${USAGE}\n`;
  return undefined;
}

/**
 * A reader that stops early (`archlint scan | head -1`) closes the pipe: the run ends quietly with the status it
 * already had, as Unix tools do, instead of an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
const answer = quickAnswer();
if (answer !== undefined) process.stdout.write(answer);
else {
  // A separate chunk in dist/: --version never even parses the engine's code.
  const { main } = await import("./main.js");
  process.exitCode = main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    env: process.env,
  });
}
