/** The form's own message; announced to screen readers as it appears. */
export function FormStatus({ status }: { status: { kind: "error" | "success"; text: string } | null }) {
  if (!status) return <div role="status" aria-live="polite" />;
  return status.kind === "error" ? (
    <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-800">
      {status.text}
    </div>
  ) : (
    <div role="status" aria-live="polite" className="rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-800">
      {status.text}
    </div>
  );
}
