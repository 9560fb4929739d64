"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { ErrorMessage } from "@/components/ui/error-message";

// A page that failed inside the app's frame (header and footer still shown).
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // Try again means asking the server again, not only re-rendering what failed.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return <ErrorMessage digest={error.digest} retry={retry} />;
}
