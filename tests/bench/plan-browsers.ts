import { chromium, type Page } from "@playwright/test";
import { chromiumPath } from "../support/system-packages";
import { startPlanServer, type Party } from "./support/plan-server";

// Two browsers, one conversation: leader and employee type at the same time, each in their own
// field, in Chromium against the production build. Measured per character: from the moment it
// appears in the typist's textarea to the moment it appears in the other party's. Run with
// `npm run bench:plan-browsers` (builds the app if needed; throwaway Postgres).

const characters = Number(process.env.BENCH_CHARACTERS ?? 300);
const delayMs = Number(process.env.BENCH_DELAY_MS ?? 60); // between keystrokes: a quick typist

const {
  base,
  pairs: [pair],
  stop,
} = await startPlanServer(1);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});
try {
  const path = `/runder/${pair.roundId}/samtale/${pair.participantId}`;
  const open = async (party: Party) => {
    const context = await browser.newContext({ locale: "da-DK" });
    await context.addCookies([{ name: "next-auth.session-token", value: party.token, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page
      .getByRole("region", { name: "Planen" })
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ })
      .waitFor();
    return page;
  };
  const leader = await open(pair.leader);
  const employee = await open(pair.employee);

  // Each page notes when a field's text reaches each length: on input for the typist, by polling
  // every 2 ms for the other (the remote text is written straight into the textarea).
  // (A string, not a function: tsx would wrap a function's inner helpers in code the page lacks.)
  const watch = (page: Page, id: string) =>
    page.evaluate(`(() => {
      const element = document.getElementById(${JSON.stringify(id)});
      const seen = (window[${JSON.stringify(id)}] = []);
      const note = () => { for (let length = seen.length; length <= element.value.length; length += 1) seen[length] = Date.now(); };
      element.addEventListener("input", note);
      setInterval(note, 2);
    })()`);
  for (const page of [leader, employee]) for (const id of ["plan-goals", "plan-evaluation"]) await watch(page, id);

  const text = (who: string) =>
    Array.from({ length: characters }, (_, index) => (index % 7 === 6 ? " " : who[index % who.length])).join("");
  await Promise.all([
    leader.locator("#plan-goals").pressSequentially(text("lederæøå"), { delay: delayMs }),
    employee.locator("#plan-evaluation").pressSequentially(text("medarbejderÆØÅ"), { delay: delayMs }),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const times = (page: Page, id: string) => page.evaluate<number[]>(`window[${JSON.stringify(id)}]`);
  const latencies: number[] = [];
  for (const [from, to, id] of [
    [leader, employee, "plan-goals"],
    [employee, leader, "plan-evaluation"],
  ] as const) {
    const typed = await times(from, id);
    const seen = await times(to, id);
    for (let length = 1; length <= characters; length += 1) {
      if (seen[length] === undefined) throw new Error(`character ${length} of ${id} never arrived`);
      latencies.push(seen[length] - typed[length]);
    }
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(`${latencies.length} characters (both typing at once, ${delayMs} ms between keystrokes)`);
  console.log(`browser to browser ms: p50 ${at(50)}, p95 ${at(95)}, p99 ${at(99)}, max ${latencies[latencies.length - 1]}`);
} finally {
  await browser.close();
  stop();
}
process.exit(0);
