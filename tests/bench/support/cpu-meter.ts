import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

// CPU time a process has used so far, from Linux /proc. On a shared 2-core machine the latencies
// move with whatever else runs; the CPU a page costs the server does not, so the page benchmark
// reports it beside the latencies.

const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (name) ": field 3 (state) is index 0, the parent is 1, utime 11, stime 12.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null; // the process ended while we looked
  }
}

/** User and system CPU of one process, in milliseconds. */
export function cpuMs(pid: number): number {
  const fields = statFields(pid);
  return fields ? ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000 : 0;
}

/** The same, summed over the running children of a process (a Postgres server's backends). */
export function childrenCpuMs(parent: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === parent) total += ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
  }
  return total;
}

/** The parent of a process (a backend's postmaster). */
export function parentOf(pid: number): number {
  return Number(statFields(pid)?.[1] ?? 0);
}
