import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { questionnairePath } from "@/lib/domain/upward/paths";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

type Open = { participantId: string; leader: string; closesOn: Date };

/** The home page's next step for an employee whose leader takes part in a LUS round with upward input. */
export function OpenQuestionnaires({ open }: { open: Open[] }) {
  const t = da.upward.nextStep;
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="upward-open" className="mt-10 rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
      <h2 id="upward-open" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h2>
      <ul className="mt-3 flex flex-col gap-3">
        {open.map((item) => (
          <li key={item.participantId} className="flex flex-wrap items-center gap-3">
            <span>{t.item(item.leader, formatDate(item.closesOn))}</span>
            <Link href={questionnairePath(item.participantId)} className={buttonClass()}>
              {t.open}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
