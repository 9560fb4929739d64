"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { commentOnRound } from "@/lib/domain/rounds/union-rep/actions";
import { commentMax, commentValuesSchema, type CommentValues } from "@/lib/domain/rounds/union-rep/schema";
import { da } from "@/lib/i18n/da";

/** The union representative writes a comment; on a refusal the text stays in the box. */
export function CommentForm({ roundId, section, body }: { roundId: string; section: "MATERIAL" | "WRAP_UP"; body: string }) {
  const t = da.unionRep.comments;
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CommentValues>({
    resolver: zodResolver(commentValuesSchema),
    defaultValues: { text: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = `comment-${section.toLowerCase()}`;
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run(
          () => commentOnRound({ roundId, section, values }),
          () => {
            reset({ text: "" });
            setStatus({ kind: "success", text: t.sent });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id={id} label={t.label} hint={t.hint(commentMax, body)} error={errors.text?.message}>
        {(describedBy, invalid) => (
          <textarea id={id} rows={4} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("text")} />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
