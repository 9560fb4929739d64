import { createServer } from "node:net";
import { CliError } from "../cli-error";

/** Fails with one clear line when something already listens on the port the app wants. */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new CliError(`Port ${port} is already in use by another program. Stop it, or choose another port: PORT=3001 npm start`)
          : new CliError(`Cannot listen on ${host}:${port} (${error.code ?? error.message}).`),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
