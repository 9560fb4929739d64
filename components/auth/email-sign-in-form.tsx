"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { signInEmailSchema, type SignInEmailInput } from "@/lib/auth/schema";
import { da } from "@/lib/i18n/da";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { register, handleSubmit, formState } = useForm<SignInEmailInput>({ resolver: zodResolver(signInEmailSchema) });
  const t = da.auth.signIn;

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={handleSubmit(async ({ email }) => {
        await signIn("email", { email: email.trim().toLowerCase(), callbackUrl });
      })}
    >
      <Field id="email" label={t.emailLabel} hint={t.emailHint} error={formState.errors.email?.message}>
        {(describedBy, invalid) => (
          <input
            id="email"
            type="email"
            autoComplete="email"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("email")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.emailSending : t.emailButton}
        </Button>
      </div>
    </form>
  );
}
