"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type * as Y from "yjs";
import { Button } from "@/components/ui/button";
import { approvePlan, approvePlanOnPaper } from "@/lib/domain/plans/actions";
import { planContent, type PlanContent } from "@/lib/domain/plans/doc";
import { da } from "@/lib/i18n/da";
import { CommentForm } from "./comment-form";
import { PlanContentView } from "./plan-content-view";

export type VersionView = {
  number: number;
  signedText: string | null;
  lines: string[];
  /** Null when the stored version fits no known shape (shown as such). */
  content: PlanContent | null;
  pdfHref: string;
  filedText: string | null;
  /** The employee's remark, editable by the employee on a signed version not yet filed. */
  comment: { versionId: string; value: string } | null;
};

async function hashOf(doc: Y.Doc): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(planContent(doc)));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Approve the plan exactly as it stands on this screen; the versions so far, newest first. */
export function SignOffPanel({
  planId,
  doc,
  saved,
  versions,
  onPaper,
  kind,
  dimensions = true,
}: {
  planId: string;
  /** The round's kind: names the parties (roles.ts). */
  kind: "MUS" | "LUS";
  doc: Y.Doc;
  saved: boolean;
  versions: VersionView[];
  /** The leader's screen, for an employee without e-mail: register their signature on the printed plan. */
  onPaper?: { kind: "MUS" | "LUS" };
  /** Whether the round is built on the four dimensions (plan-content-view.tsx). */
  dimensions?: boolean;
}) {
  const t = da.plans.signOff;
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const [confirmed, setConfirmed] = useState(false);

  async function approve(paper = false) {
    if (!saved) return setMessage({ kind: "error", text: t.waitForSave });
    if (paper && !confirmed) return setMessage({ kind: "error", text: da.paper.signature.errors.confirm });
    setBusy(true);
    setMessage(null);
    try {
      const hash = await hashOf(doc);
      const result = paper ? await approvePlanOnPaper({ planId, hash, confirmed: true }) : await approvePlan({ planId, hash });
      if (result.ok) {
        setConfirmed(false);
        setMessage({ kind: "success", text: t.done(result.data.number, result.data.signed) });
        router.refresh();
      } else setMessage({ kind: "error", text: result.formError ?? da.errors.unexpected });
    } catch {
      setMessage({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="sign-off-heading" className="flex flex-col gap-3 rounded-md border border-slate-300 p-5">
      <h3 id="sign-off-heading" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h3>
      <p className="text-slate-700">{t.lead}</p>
      {versions.length === 0 ? <p>{t.none}</p> : null}
      <ul className="flex flex-col gap-2">
        {versions.map((version) => (
          <li key={version.number}>
            <p className="font-semibold">{t.version(version.number)}</p>
            {version.signedText ? <p className="font-medium text-green-800">{version.signedText}</p> : null}
            {version.lines.map((line) => (
              <p key={line} className="text-sm text-slate-700">
                {line}
              </p>
            ))}
            {version.filedText ? <p className="text-sm font-medium text-slate-800">{version.filedText}</p> : null}
            <p>
              <a href={version.pdfHref} className="inline-block min-h-11 py-2 font-medium text-brand-700 underline underline-offset-4">
                {da.plans.filing.download(version.number)}
              </a>
            </p>
            {version.comment ? (
              <CommentForm versionId={version.comment.versionId} number={version.number} comment={version.comment.value} />
            ) : null}
            <details className="mt-1">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t.show(version.number)}</summary>
              <PlanContentView content={version.content} kind={kind} dimensions={dimensions} />
            </details>
          </li>
        ))}
      </ul>
      {message ? (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`font-medium ${message.kind === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {message.text}
        </p>
      ) : null}
      <div>
        <Button onClick={() => approve()} disabled={busy}>
          {busy ? t.approving : t.approve}
        </Button>
      </div>
      {onPaper ? (
        <div className="mt-2 flex flex-col gap-3 border-t border-slate-300 pt-4">
          <h4 className="text-lg font-semibold text-brand-900">{da.paper.signature.heading}</h4>
          <p className="text-slate-700">{da.paper.signature.lead(onPaper.kind)}</p>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" className="h-5 w-5" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
            <span>{da.paper.signature.confirm(onPaper.kind, versions[0]?.number ?? 1)}</span>
          </label>
          <div>
            <Button variant="secondary" onClick={() => approve(true)} disabled={busy}>
              {busy ? da.paper.signature.registering : da.paper.signature.register}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
