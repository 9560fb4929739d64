"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { publishRound } from "@/lib/domain/rounds/actions";
import { da } from "@/lib/i18n/da";
import { useRoundVersion } from "./round-version";

type Check = { label: string; done: boolean };

export function PublishPanel({ roundId, checks }: { roundId: string; checks: Check[] }) {
  const t = da.rounds.overview;
  const { version, setVersion } = useRoundVersion();
  const { status, busy, run } = useActionButton();
  const publish = () =>
    run(
      () => publishRound({ roundId, version }),
      (data) => {
        setVersion(data.version);
        return [
          t.published(data.invited - data.withoutEmail),
          data.withoutEmail > 0 ? t.withoutEmail(data.withoutEmail) : "",
          data.mailQueued ? t.mailQueued : "",
        ]
          .join(" ")
          .trim();
      },
    );

  return (
    <section
      id="offentliggoer"
      aria-labelledby="publish-heading"
      className="mt-12 max-w-2xl scroll-mt-4 rounded-md border border-slate-300 p-5"
    >
      <h2 id="publish-heading" className="text-xl font-semibold text-brand-900">
        {t.publishHeading}
      </h2>
      <p className="mt-2 text-slate-700">{t.publishLead}</p>
      <h3 className="mt-4 font-semibold">{t.publishChecklist}</h3>
      <ul className="mt-2 flex flex-col gap-1">
        {checks.map((check) => (
          <li key={check.label} className="flex gap-2">
            <span className={check.done ? "shrink-0 font-medium text-green-800" : "shrink-0 font-medium text-red-700"}>
              {check.done ? t.checkDone : t.checkMissing}
            </span>
            <span className="min-w-0">{check.label}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-col gap-3">
        <FormStatus status={status} />
        <div>
          <Button onClick={publish} disabled={busy}>
            {busy ? t.publishing : t.publish}
          </Button>
        </div>
      </div>
    </section>
  );
}
