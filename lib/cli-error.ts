/**
 * A failure the person running a command can fix. Its message is one line saying what is
 * wrong and what to do; the CLI prints it without a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
