import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import { AdvancePanel } from "@/components/wrap-up/advance-panel";
import { CarryOverButton } from "@/components/wrap-up/carry-over-button";
import { JointActionControls } from "@/components/wrap-up/joint-action-forms";
import { JointActionTable } from "@/components/wrap-up/joint-action-table";
import { isoDay } from "@/lib/domain/rounds/dates";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { loadRoundFollowUp, requireLeaderArea } from "@/lib/domain/wrap-up/loaders";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.wrapUp.followUp.title };

const t = da.wrapUp.followUp;

export default async function RoundFollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireLeaderArea(id);
  const { rows, jointActions, problems } = await loadRoundFollowUp(round.id);
  const actions = allowedActions(round.state);
  return (
    <div className="flex max-w-5xl flex-col gap-10">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
        <p className="mt-2 text-slate-700">{t.lead}</p>
        {round.state === "CLOSED" ? (
          <p role="note" className="mt-3 font-medium">
            {t.readOnly}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="joint-heading" className="flex flex-col gap-4">
        <h3 id="joint-heading" className="text-xl font-semibold text-brand-900">
          {t.jointHeading}
        </h3>
        <JointActionTable actions={jointActions} />
        {actions.includes("followUp")
          ? jointActions.map((action, index) => (
              <JointActionControls
                key={`${action.id}-${action.version}`}
                roundId={round.id}
                position={index + 1}
                removable={false}
                row={{
                  id: action.id,
                  version: action.version,
                  status: action.status,
                  values: { what: action.what, dueDate: isoDay(action.dueDate), who: action.who, followUpHow: action.followUpHow },
                }}
              />
            ))
          : null}
      </section>

      <section aria-labelledby="plans-heading" className="flex flex-col gap-4">
        <h3 id="plans-heading" className="text-xl font-semibold text-brand-900">
          {t.plansHeading}
        </h3>
        <ScrollArea label={t.plansCaption}>
          <table className="w-full text-left">
            <caption className="sr-only">{t.plansCaption}</caption>
            <TableHead
              headings={[
                t.person(round.kind),
                t.state,
                t.followUpDate,
                t.lastFollowUp,
                ...(actions.includes("followUp") ? [t.carryOverColumn] : []),
              ]}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.participantId} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-2 text-left font-normal">
                    <a className="text-brand-700 underline" href={`/runder/${round.id}/samtale/${row.participantId}#opfoelgning`}>
                      {row.name}
                    </a>
                  </th>
                  <td className="px-2 py-2">{t.states[row.progress]}</td>
                  <td className="px-2 py-2">{row.followUpDate ? formatDate(row.followUpDate) : t.none}</td>
                  <td className="px-2 py-2">{row.lastFollowUp ? formatDate(row.lastFollowUp.heldOn) : t.none}</td>
                  {actions.includes("followUp") ? (
                    <td className="px-2 py-2">
                      {row.progress !== "followedUp" ? (
                        <CarryOverButton
                          roundId={round.id}
                          participantId={row.participantId}
                          name={row.name}
                          carriedOver={row.progress === "carriedOver"}
                        />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
        <p className="text-sm text-slate-700">{t.carriedNote(round.kind)}</p>
      </section>

      {round.state !== "CLOSED" ? (
        <section aria-labelledby="closing-heading" className="flex flex-col gap-3">
          <h3 id="closing-heading" className="text-xl font-semibold text-brand-900">
            {t.closingHeading}
          </h3>
          {problems.length === 0 ? (
            <p className="font-medium text-green-800">{t.ready}</p>
          ) : (
            <ul className="ml-6 list-disc">
              {problems.map((problem) => (
                <li key={problem.kind}>{t.problems[problem.kind](problem.count)}</li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {round.state === "FOLLOW_UP" ? <AdvancePanel roundId={round.id} state={round.state} primary /> : null}
    </div>
  );
}
