"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { addAsked } from "@/lib/domain/rounds/manager-change/actions";
import { da } from "@/lib/i18n/da";

type Asked = { moveId: string; name: string; previousLeader: string; previousTitle: string; round: { id: string; title: string } | null };

/** The new leader's start page: people who got them as leader mid-round, to add to a round of theirs. */
export function AskedToAdd({ asked }: { asked: Asked[] }) {
  const t = da.managerChange.asked;
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (asked.length === 0) return null;
  return (
    <section aria-labelledby="asked-to-add" className="mt-10 rounded-lg border border-amber-600 bg-amber-50 p-5">
      <h2 id="asked-to-add" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h2>
      <p className="mt-1 text-slate-700">{t.lead}</p>
      <FormStatus status={status} />
      <ul className="mt-4 flex flex-col gap-4">
        {asked.map((item) => (
          <li key={item.moveId} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-4">
            <p className="font-medium">{t.item(item.name, item.previousLeader, item.previousTitle)}</p>
            {item.round ? (
              <div>
                <Button
                  disabled={busy !== null}
                  onClick={async () => {
                    setBusy(item.moveId);
                    const result = await addAsked({ moveId: item.moveId, roundId: item.round!.id }).catch(() => null);
                    setBusy(null);
                    if (result?.ok) {
                      setStatus({ kind: "success", text: t.added(result.data.name) });
                      router.refresh();
                    } else setStatus({ kind: "error", text: (result && !result.ok && result.formError) || da.errors.unexpected });
                  }}
                >
                  {busy === item.moveId ? t.adding : t.add(item.name, item.round.title)}
                </Button>
              </div>
            ) : (
              <p className="text-sm text-slate-700">
                {t.noRound}{" "}
                <Link href="/runder/ny" className="font-medium text-brand-700 underline underline-offset-4">
                  {t.createRound}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
