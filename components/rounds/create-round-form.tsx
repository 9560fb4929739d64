"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createRound } from "@/lib/domain/rounds/actions";
import { createRoundSchema, type CreateRoundInput, type RoundKind } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";
import { RoundDetailsFields } from "./round-details-fields";

type TemplateOption = { id: string; name: string; description: string };

export function CreateRoundForm({ kinds, templates, year }: { kinds: RoundKind[]; templates: TemplateOption[]; year: number }) {
  const router = useRouter();
  const t = da.rounds;
  const { register, handleSubmit, setError, formState } = useForm<CreateRoundInput>({
    resolver: zodResolver(createRoundSchema),
    defaultValues: {
      kind: kinds[0],
      templateId: templates[0]?.id ?? "",
      title: "",
      year,
      focus: "",
      kickoffDate: "",
      conversationsFrom: "",
      conversationsTo: "",
      wrapUpDate: "",
      followUpDate: "",
    },
  });
  const { errors, isSubmitting } = formState;
  const { status, run } = useActionForm(setError, da.errors.unexpected);

  return (
    <form
      noValidate
      className="flex max-w-2xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        run(
          () => createRound(values),
          ({ id }) => router.push(`/runder/${id}`),
        ),
      )}
    >
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.kind ? "kind-error" : undefined}>
        <legend className="font-medium">{t.create.kindLegend}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="flex min-h-11 items-start gap-3">
            <input type="radio" value={kind} className="mt-1 h-5 w-5" {...register("kind")} />
            <span>
              <span className="font-medium">{t.kinds[kind]}</span>
              <span className="block text-sm text-slate-600">{t.create.kindHint[kind]}</span>
            </span>
          </label>
        ))}
        {errors.kind?.message ? (
          <p id="kind-error" className="text-sm font-medium text-red-700">
            {errors.kind.message}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.templateId ? "templateId-error" : undefined}>
        <legend className="font-medium">{t.fields.template}</legend>
        {templates.map((template) => (
          <label key={template.id} className="flex min-h-11 items-start gap-3">
            <input type="radio" value={template.id} className="mt-1 h-5 w-5" {...register("templateId")} />
            <span>
              <span className="font-medium">{template.name}</span>
              <span className="block text-sm text-slate-600">{template.description}</span>
            </span>
          </label>
        ))}
        {errors.templateId?.message ? (
          <p id="templateId-error" className="text-sm font-medium text-red-700">
            {errors.templateId.message}
          </p>
        ) : null}
      </fieldset>
      <RoundDetailsFields register={register} errors={errors} />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.create.submitting : t.create.submit}
        </Button>
      </div>
    </form>
  );
}
