// One structured log line (LOG_FORMAT=json) on standard output, for the log collector to parse.
export function jsonLog(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
