"use client";

import { useEffect, useRef } from "react";
import { useActionButton } from "@/components/ui/use-action-button";
import { openConversationPlan } from "@/lib/domain/plans/actions";
import { da } from "@/lib/i18n/da";

/**
 * Shown when the conversation page found no plan (or a shared sheet not yet brought in): makes it
 * through a server action, then the page reads again. The page's own request writes nothing.
 */
export function OpenPlan({ roundId, participantId }: { roundId: string; participantId: string }) {
  const { status, run } = useActionButton();
  const started = useRef(false);
  useEffect(() => {
    // Once per mount; a second call would change nothing, but need not be sent.
    if (started.current) return;
    started.current = true;
    void run(() => openConversationPlan({ roundId, participantId }));
  }, [run, roundId, participantId]);
  return status?.kind === "error" ? (
    <p role="alert" className="font-medium text-red-700">
      {status.text}
    </p>
  ) : (
    <p role="status">{da.plans.opening}</p>
  );
}
