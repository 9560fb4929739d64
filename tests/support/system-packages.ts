import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { CliError } from "../../lib/cli-error";

// The tests need a real Postgres server, a real Chromium, poppler's pdftotext (to read the
// PDFs back) and nginx (two app instances behind it, as in production). All come from Debian's packages; the test command installs what is missing (these
// machines run as root).

export const chromiumPath = "/usr/bin/chromium";
export const pdftotextPath = "/usr/bin/pdftotext";
export const nginxPath = "/usr/sbin/nginx";

export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((entry) => existsSync(`${root}/${entry}/bin/initdb`));
  const preferred = versions.includes("15") ? "15" : versions.sort((a, b) => Number(b) - Number(a))[0];
  return preferred ? `${root}/${preferred}/bin` : null;
}

export function ensureSystemPackages(): void {
  const missing = [
    findPostgresBin() ? null : "postgresql",
    existsSync(chromiumPath) ? null : "chromium",
    existsSync(pdftotextPath) ? null : "poppler-utils",
    existsSync(nginxPath) ? null : "nginx",
  ].filter((name): name is string => name !== null);
  if (missing.length === 0) return;

  if (process.getuid?.() !== 0) {
    throw new CliError(`The tests need ${missing.join(" and ")}; install with: sudo apt-get install -y ${missing.join(" ")}`);
  }
  console.log(`Installing ${missing.join(" and ")} from Debian's packages…`);
  const options = { stdio: "inherit" as const, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  execFileSync("apt-get", ["update", "-qq"], options);
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], options);
  if (!findPostgresBin() || ![chromiumPath, pdftotextPath, nginxPath].every((path) => existsSync(path))) {
    throw new CliError(`Installing ${missing.join(" and ")} did not provide them; check apt-get's output above.`);
  }
}
