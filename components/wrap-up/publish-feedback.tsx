"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { FormStatusValue } from "@/components/ui/use-action-form";
import { publishFeedback } from "@/lib/domain/wrap-up/actions";
import type { FieldMap, RevisionMap } from "@/lib/domain/sheets/fields";
import { da } from "@/lib/i18n/da";
import { RoundNoteForm } from "./round-note-form";

const t = da.wrapUp.meeting;

/** Publishes the feedback as saved now; the participants see it and get it by e-mail. */
export function PublishFeedbackButton({ roundId, published, flush }: { roundId: string; published: boolean; flush: () => Promise<boolean> }) {
  const router = useRouter();
  const [status, setStatus] = useState<FormStatusValue>(null);
  const [busy, setBusy] = useState(false);
  async function publish() {
    setBusy(true);
    setStatus(null);
    try {
      // What was typed a moment ago is saved first, so what is published is what is on the screen.
      if (!(await flush())) {
        setStatus({ kind: "error", text: t.feedbackNotSaved });
        return;
      }
      const result = await publishFeedback({ roundId });
      if (result.ok) {
        setStatus({ kind: "success", text: t.feedbackDone(result.data.recipients) });
        router.refresh();
      } else setStatus({ kind: "error", text: result.formError ?? result.fieldErrors?.feedback?.[0] ?? da.errors.unexpected });
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col gap-3">
      <FormStatus status={status} />
      <div>
        <Button onClick={publish} disabled={busy}>{published ? t.republishFeedback : t.publishFeedback}</Button>
      </div>
    </div>
  );
}

/** The feedback draft, saved as typed, with the button that publishes it. */
export function FeedbackEditor({ roundId, published, values, revisions }: { roundId: string; published: boolean; values: FieldMap; revisions: RevisionMap }) {
  return (
    <RoundNoteForm
      roundId={roundId}
      kind="wrapUp"
      idPrefix="wrap-up"
      storageSuffix=":feedback"
      fields={[{ key: "feedback", label: t.feedback, kind: "text", rows: 8 }]}
      values={values}
      revisions={revisions}
      footer={(flush) => <PublishFeedbackButton roundId={roundId} published={published} flush={flush} />}
    />
  );
}
