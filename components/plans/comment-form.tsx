"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveFiledComment } from "@/lib/domain/plans/actions";
import { commentSchema, type CommentInput } from "@/lib/domain/plans/schema";
import { da } from "@/lib/i18n/da";

/** The employee's remark to the signed version that goes into the personnel folder. */
export function CommentForm({ versionId, number, comment }: { versionId: string; number: number; comment: string }) {
  const t = da.plans.filing;
  const { register, handleSubmit, setError, formState } = useForm<CommentInput>({
    resolver: zodResolver(commentSchema),
    defaultValues: { comment },
  });
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = `comment-${number}`;
  return (
    <form
      noValidate
      className="mt-2 flex flex-col gap-2"
      onSubmit={handleSubmit((values) =>
        run(
          () => saveFiledComment({ versionId, values }),
          () => setStatus({ kind: "success", text: t.commentSaved }),
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id={id} label={t.commentLabel} hint={t.commentHint} error={formState.errors.comment?.message}>
        {(describedBy, invalid) => (
          <textarea
            id={id}
            rows={3}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("comment")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.savingComment : t.saveComment}
        </Button>
      </div>
    </form>
  );
}
