"use client";

import { Button } from "@/components/ui/button";
import { useActionButton } from "@/components/ui/use-action-button";
import { setCarriedOver } from "@/lib/domain/wrap-up/actions";
import { da } from "@/lib/i18n/da";

const t = da.wrapUp.followUp;

/** Carries a person's plan over to next year's round explicitly (or takes that back). */
export function CarryOverButton({
  roundId,
  participantId,
  name,
  carriedOver,
}: {
  roundId: string;
  participantId: string;
  name: string;
  carriedOver: boolean;
}) {
  const { status, busy, run } = useActionButton();
  const toggle = () => run(() => setCarriedOver({ roundId, participantId, carriedOver: !carriedOver }));
  return (
    <div className="flex flex-col gap-1">
      <Button variant="secondary" disabled={busy} onClick={toggle}>
        {carriedOver ? t.undoCarryOver(name) : t.carryOver(name)}
      </Button>
      {status?.kind === "error" ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
