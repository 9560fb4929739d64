import Link from "next/link";
import { da } from "@/lib/i18n/da";

type Notice = {
  movedAway: { leader: string; roundId: string | null } | null;
  carriedFrom: { leader: string; roundId: string; left: number } | null;
};

/** On the employee's sheet: it moved to a new leader's round (this one is kept read-only), or came from one. */
export function SheetMoveNotice({ notice }: { notice: Notice }) {
  const t = da.managerChange.sheet;
  const link = "font-medium text-brand-700 underline underline-offset-4";
  if (notice.movedAway) {
    const { leader, roundId } = notice.movedAway;
    return (
      <div role="status" className="my-4 rounded-lg border border-amber-600 bg-amber-50 p-4">
        <p>{roundId ? t.movedAway(leader) : t.movedAwayAsked(leader)}</p>
        {roundId ? (
          <p className="mt-2">
            <Link href={`/runder/${roundId}/forberedelse`} className={link}>
              {t.openNew}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  if (notice.carriedFrom) {
    const { leader, roundId, left } = notice.carriedFrom;
    return (
      <div role="status" className="my-4 rounded-lg border border-brand-200 bg-brand-50 p-4">
        <p>{t.carried(leader, left)}</p>
        {left > 0 ? (
          <p className="mt-2">
            <Link href={`/runder/${roundId}/forberedelse`} className={link}>
              {t.openOld}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  return null;
}
