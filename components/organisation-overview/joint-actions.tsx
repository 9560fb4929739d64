import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import type { OrganisationOverview } from "@/lib/domain/organisation-overview/loaders";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

// The joint action plans of the wrap-ups on the page: what, when and how far, never who (it may name people).

const t = da.organisationOverview;

export function JointActions({ rounds }: { rounds: OrganisationOverview["jointActions"] }) {
  if (rounds.length === 0) return <p>{t.noJointActions}</p>;
  return (
    <div className="flex flex-col gap-6">
      {rounds.map((round) => (
        <ScrollArea key={round.roundId} label={t.jointActionCaption(round.title, round.unit)}>
          <table className="min-w-full text-sm">
            <caption className="mb-2 text-left font-medium">{t.jointActionCaption(round.title, round.unit)}</caption>
            <TableHead headings={[t.what, t.due, t.status]} />
            <tbody>
              {round.actions.map((action, index) => (
                <tr key={index} className="border-t border-slate-200">
                  <td className="px-2 py-1">
                    {action.what}
                    {action.carriedFrom ? <span className="block text-slate-700">{t.carriedFrom(action.carriedFrom)}</span> : null}
                  </td>
                  <td className="px-2 py-1 whitespace-nowrap">{formatDate(action.dueDate)}</td>
                  <td className="px-2 py-1">{da.wrapUp.meeting.statuses[action.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ))}
    </div>
  );
}
