"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { publishFeedback } from "@/lib/domain/wrap-up/actions";
import type { FieldMap, RevisionMap } from "@/lib/domain/sheets/fields";
import { da } from "@/lib/i18n/da";
import { RoundNoteForm } from "./round-note-form";

const t = da.wrapUp.meeting;

/** Publishes the feedback as saved now; the participants see it and get it by e-mail. */
export function PublishFeedbackButton({
  roundId,
  published,
  flush,
}: {
  roundId: string;
  published: boolean;
  flush: () => Promise<boolean>;
}) {
  const { status, setStatus, busy, run } = useActionButton();
  async function publish() {
    // What was typed a moment ago is saved first, so what is published is what is on the screen.
    if (!(await flush())) return setStatus({ kind: "error", text: t.feedbackNotSaved });
    await run(
      () => publishFeedback({ roundId }),
      (data) => t.feedbackDone(data.recipients),
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <FormStatus status={status} />
      <div>
        <Button onClick={publish} disabled={busy}>
          {published ? t.republishFeedback : t.publishFeedback}
        </Button>
      </div>
    </div>
  );
}

/** The feedback draft, saved as typed, with the button that publishes it. */
export function FeedbackEditor({
  roundId,
  published,
  values,
  revisions,
}: {
  roundId: string;
  published: boolean;
  values: FieldMap;
  revisions: RevisionMap;
}) {
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
