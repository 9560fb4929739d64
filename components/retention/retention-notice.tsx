import type { RetentionPolicy } from "@/lib/domain/retention/kinds";
import { da } from "@/lib/i18n/da";
import { formatDate } from "@/lib/i18n/format";

const monthsOf = (policy: RetentionPolicy, kind: RetentionPolicy[number]["kind"]) => policy.find((line) => line.kind === kind)!.months;

/** What the municipality's retention rules will do to this sheet or plan, in one line under the page's lead. */
export function RetentionNotice({
  policy,
  of,
  closedAt,
  hasScores = true,
}: {
  policy: RetentionPolicy;
  of: "sheet" | "plan";
  closedAt: Date | null;
  /** A sheet without scores (layout.ts) has none to keep longer than its texts. */
  hasScores?: boolean;
}) {
  const t = da.retention.notice;
  const texts = monthsOf(policy, "SHEET_TEXTS");
  const scores = monthsOf(policy, "SHEET_SCORES");
  const text =
    of === "plan"
      ? t.plan(monthsOf(policy, "PLAN_DRAFTS"), monthsOf(policy, "SIGNED_PLANS"))
      : !hasScores
        ? closedAt
          ? t.sheetClosedWithoutScores(formatDate(closedAt), texts)
          : t.sheetWithoutScores(texts)
        : closedAt
          ? t.sheetClosed(formatDate(closedAt), texts, scores)
          : t.sheet(texts, scores);
  return (
    <p className="mt-1 max-w-3xl text-sm text-slate-600">
      <span className="font-medium">{t.label}:</span> {text}
    </p>
  );
}
