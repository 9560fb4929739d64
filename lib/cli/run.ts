import { CliError } from "../cli-error";
import { EnvError } from "../env";

/** Runs a command's main function; a known failure is printed as one line, not a stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof CliError || error instanceof EnvError) {
      console.error(`✖ ${error.message}`);
      process.exit(error instanceof CliError ? error.exitCode : 1);
    }
    console.error(error);
    process.exit(1);
  });
}
