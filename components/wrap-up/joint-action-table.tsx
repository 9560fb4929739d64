import { TableHead } from "@/components/ui/table-head";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { JointActionRow } from "@/lib/domain/wrap-up/loaders";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

const t = da.wrapUp.meeting;

/** The joint action plan (Skema 5) as a table: what, when, who, how it is followed up, status. */
export function JointActionTable({ actions, large = false }: { actions: JointActionRow[]; large?: boolean }) {
  if (actions.length === 0) return <p>{t.noActions}</p>;
  return (
    <ScrollArea label={t.planCaption}>
      <table className={`w-full text-left ${large ? "text-xl" : ""}`}>
        <caption className="sr-only">{t.planCaption}</caption>
        <TableHead headings={[t.what, t.dueDate, t.who, t.followUp, t.status]} />
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className="border-b border-slate-200 align-top">
              <td className="whitespace-pre-line px-2 py-2">
                {action.what}
                {action.carriedFrom ? <span className="mt-1 block text-sm text-slate-700">{t.carriedFrom(action.carriedFrom)}</span> : null}
              </td>
              <td className="px-2 py-2">{formatDate(action.dueDate)}</td>
              <td className="whitespace-pre-line px-2 py-2">{action.who}</td>
              <td className="whitespace-pre-line px-2 py-2">{action.followUpHow}</td>
              <td className="px-2 py-2">{t.statuses[action.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
