"use client";

import { signIn, signOut } from "next-auth/react";
import { useEffect, useId, useState } from "react";
import { draftKeysOf } from "@/components/drafts/draft-owner";
import { Button } from "@/components/ui/button";

export function OidcSignInButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return <Button onClick={() => signIn("oidc", { callbackUrl })}>{label}</Button>;
}

/** `description`: what the person will find once signed in, shown under the button and read with it. */
export function DemoSignInButton({
  email,
  label,
  description,
  callbackUrl,
}: {
  email: string;
  label: string;
  description: string;
  callbackUrl: string;
}) {
  const [busy, setBusy] = useState(false);
  const descriptionId = useId();
  return (
    <>
      <Button
        variant="secondary"
        className="w-full justify-start text-left"
        disabled={busy}
        aria-describedby={description ? descriptionId : undefined}
        onClick={async () => {
          setBusy(true);
          await signIn("demo", { email, callbackUrl });
        }}
      >
        {label}
      </Button>
      {description ? (
        <p id={descriptionId} className="mt-1 pl-4 text-sm text-slate-700">
          {description}
        </p>
      ) : null}
    </>
  );
}

/**
 * Signing out removes what this person typed but never got to the server from this browser (on a
 * shared computer nobody else should find it); when there is such a draft it says so first.
 */
export function SignOutButton({
  personId,
  label,
  busyLabel,
  unsentText,
  anywayLabel,
}: {
  personId: string;
  label: string;
  busyLabel: string;
  unsentText: string;
  anywayLabel: string;
}) {
  const [busy, setBusy] = useState(false);
  const [drafts, setDrafts] = useState<string[]>([]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is only readable after mount
  useEffect(() => setDrafts(personId ? draftKeysOf(personId) : []), [personId]);
  return (
    <div className="flex flex-col items-start gap-4">
      {drafts.length > 0 ? (
        <p role="alert" className="max-w-prose rounded border border-amber-400 bg-amber-50 p-4 text-slate-900">
          {unsentText}
        </p>
      ) : null}
      <Button
        variant={drafts.length > 0 ? "danger" : "secondary"}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          for (const key of personId ? draftKeysOf(personId) : []) window.localStorage.removeItem(key);
          await signOut({ callbackUrl: "/" });
        }}
      >
        {busy ? busyLabel : drafts.length > 0 ? anywayLabel : label}
      </Button>
    </div>
  );
}
