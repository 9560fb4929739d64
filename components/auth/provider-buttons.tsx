"use client";

import { signIn, signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function OidcSignInButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return <Button onClick={() => signIn("oidc", { callbackUrl })}>{label}</Button>;
}

export function DemoSignInButton({ email, label, callbackUrl }: { email: string; label: string; callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      className="w-full justify-start text-left"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signIn("demo", { email, callbackUrl });
      }}
    >
      {label}
    </Button>
  );
}

export function SignOutButton({ label, busyLabel }: { label: string; busyLabel: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ callbackUrl: "/" });
      }}
    >
      {busy ? busyLabel : label}
    </Button>
  );
}
