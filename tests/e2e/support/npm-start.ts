import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../support/postgres";

// `npm start` as the README tells a newcomer to run it: no DATABASE_URL (the embedded database),
// no SMTP server (mail is printed to the log), no NEXTAUTH_URL, a fresh data folder. The test
// reads the address the server prints and the mails it logs, as that person would.

export type NpmStart = {
  address: string;
  mailsTo: (address: string) => { subject: string; text: string }[];
  output: () => string;
  stop: () => Promise<void>;
};

// Only what any shell has; everything the test pipeline set for the other app is left out.
const keep = ["PATH", "HOME", "LANG", "TMPDIR", "USER", "SHELL"];

export async function npmStart(): Promise<NpmStart> {
  const dataDir = join(mkdtempSync(join(tmpdir(), "mus-first-hour-")), "data");
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (!keep.includes(key)) delete env[key];
  const child: ChildProcess = spawn("npm", ["start"], {
    cwd: fileURLToPath(new URL("../../..", import.meta.url)),
    env: { ...env, PORT: String(await freePort()), DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: Ctrl-C reaches npm, the CLI and Next alike
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise((done) => child.once("exit", done));

  const deadline = Date.now() + 180_000;
  let address = "";
  while (!address) {
    address = /Open (http:\/\/\S+) in your browser\./.exec(out)?.[1] ?? "";
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not get ready:\n${out}`);
    await new Promise((done) => setTimeout(done, 200));
  }

  return {
    address,
    output: () => out,
    mailsTo: (to) =>
      [...out.matchAll(/\[mail\] No SMTP_URL set; not sent\. To: (.*)\nSubject: (.*)\n\n([\s\S]*?)\n\[mail\] end/g)]
        .filter((match) => match[1].toLowerCase().includes(to.toLowerCase()))
        .map((match) => ({ subject: match[2], text: match[3] })),
    stop: async () => {
      process.kill(-child.pid!, "SIGINT");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
