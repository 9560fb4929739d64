import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { CommitteeGuide } from "@/components/guidance/committee-guide";
import { DimensionLines, DimensionOrigin } from "@/components/guidance/dimension-lines";
import { QuestionList } from "@/components/rounds/question-list";
import { RoundComments } from "@/components/rounds/round-comments";
import { buttonClass } from "@/components/ui/button";
import { loadCooperationBody } from "@/lib/domain/organisation/municipality";
import { loadCommonMeetings } from "@/lib/domain/rounds/meetings/loaders";
import { loadMaterial, requireRound } from "@/lib/domain/rounds/loaders";
import { keywordsFor, vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { loadRoundComments } from "@/lib/domain/rounds/union-rep/loaders";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.material.title };

const downloadLink = "font-medium text-brand-700 underline underline-offset-4";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="mb-2 text-xl font-semibold text-brand-900">{title}</h2>
      {children}
    </section>
  );
}

export default async function MaterialPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, round, isLeader, isUnionRep, committeeCovers } = await requireRound(id, "read");
  // A participant sees their own group's sheet; the leader, the committee and the union representative every group's.
  const [material, comments, body] = await Promise.all([
    loadMaterial(round.id, isLeader ? null : actor.id),
    loadRoundComments(round.id, "MATERIAL"),
    loadCooperationBody(),
  ]);
  // A participant sees the meetings they are invited to: the common ones and their own group's GRUS.
  const meetings = await loadCommonMeetings(round.id, material.mine?.groupId ?? null);
  const t = da.rounds.material;
  const m = da.meetings.common;
  const f = da.rounds.fields;
  const timeline = [
    [f.kickoffDate, formatDate(round.kickoffDate)],
    [t.conversationsWindow, da.common.dateRange(formatDate(round.conversationsFrom), formatDate(round.conversationsTo))],
    [f.wrapUpDate, formatDate(round.wrapUpDate)],
    [f.followUpDate, formatDate(round.followUpDate)],
  ];
  const mine = material.mine;
  const own = material.ownSheet;
  const planning = round.state === "PLANNING";
  return (
    <>
      <p className="max-w-3xl text-lg text-slate-700">{planning ? (isLeader ? t.preview(body) : t.notPublished) : t.lead}</p>
      <p className="mt-3">
        <Link href={`/runder/${round.id}/information`} className={downloadLink}>
          {mine ? da.guidance.leaflet.link(round.kind) : da.guidance.leaflet.linkForOthers(round.kind)}
        </Link>
      </p>
      {committeeCovers || isUnionRep ? <CommitteeGuide kind={round.kind} body={body} /> : null}
      {own ? (
        // The participant's way on from the material: their own sheet, named by where it stands.
        <p className="mt-6 flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 rounded-md border-2 border-brand-700 bg-brand-50 p-4">
          <Link href={`/runder/${round.id}/forberedelse`} className={buttonClass("primary")}>
            {own.locked && own.state !== "SUBMITTED" ? t.sheetLinks.locked : t.sheetLinks[own.state]}
          </Link>
          <span className="text-slate-800">{t.sheetStates[own.state]}</span>
        </p>
      ) : null}
      {mine?.conversation ? (
        <Section title={t.yourConversation}>
          <p>
            {da.rounds.conversations.booked(
              formatDateTime(mine.conversation.startsAt),
              mine.conversation.durationMinutes,
              mine.conversation.location,
            )}
          </p>
        </Section>
      ) : null}
      {mine && (mine.offerSeniorConversation || mine.offerTalentDevelopment) ? (
        <Section title={t.offers}>
          <ul className="list-disc pl-6">
            {mine.offerSeniorConversation ? <li>{t.offerSenior}</li> : null}
            {mine.offerTalentDevelopment ? <li>{t.offerTalent}</li> : null}
          </ul>
        </Section>
      ) : null}
      <Section title={t.timeline}>
        <dl className="grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
          {timeline.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={m.heading}>
        {meetings.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <dl className="grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
            {meetings.map((meeting) => (
              <div key={`${meeting.kind}-${meeting.group ?? ""}`} className="contents">
                <dt className="font-medium">{m.name(meeting.kind, meeting.group)}</dt>
                <dd>
                  {meeting.cancelled ? (
                    <>
                      <s>{formatDateTime(meeting.startsAt)}</s> {m.cancelled}
                    </>
                  ) : (
                    m.when(formatDateTime(meeting.startsAt), meeting.durationMinutes, meeting.location)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
      {round.focus ? (
        <Section title={t.focus}>
          <p className="max-w-3xl whitespace-pre-line">{round.focus}</p>
        </Section>
      ) : null}
      <Section title={t.coreTask}>
        <p className="max-w-3xl whitespace-pre-line">{material.coreTask || t.none}</p>
      </Section>
      <Section title={t.goals}>
        {material.developmentGoals.length > 0 ? (
          <ul className="list-disc pl-6">
            {material.developmentGoals.map((goal, index) => (
              <li key={index}>{goal}</li>
            ))}
          </ul>
        ) : (
          <p>{t.none}</p>
        )}
      </Section>
      {material.kickoffNotes ? (
        <Section title={t.kickoffNotes}>
          <p className="max-w-3xl whitespace-pre-line">{material.kickoffNotes}</p>
        </Section>
      ) : null}
      {round.unionRepId || comments.length > 0 ? (
        <RoundComments
          body={body}
          roundId={round.id}
          section="MATERIAL"
          rep={round.unionRep?.name ?? null}
          comments={comments}
          canComment={isUnionRep && round.unionRepMayComment && round.state !== "CLOSED"}
        />
      ) : null}
      {material.groups.map((group) => (
        <Section key={group.id} title={mine ? t.yourGroup(group.name) : t.groupSheet(group.name)}>
          <p className="mb-4 max-w-3xl text-slate-700">{t.sheetLead}</p>
          {planning ? <p className="mb-4 max-w-3xl text-slate-700">{t.sheetNotOpen}</p> : null}
          <QuestionList themes={material.themes} questions={group.questions} />
        </Section>
      ))}
      <Section title={da.paper.links.heading}>
        <p className="mb-3 max-w-3xl text-slate-700">{da.paper.links.lead}</p>
        {/* Downloads, not pages: plain links. A participant's list holds their own group only. */}
        <ul className="max-w-3xl list-disc pl-6">
          {material.groups.map((group) => (
            <li key={group.id} className="py-1">
              <a href={`/runder/${round.id}/papir/forberedelsesskema?gruppe=${group.id}`} className={downloadLink}>
                {da.paper.links.sheet(group.name)}
              </a>
            </li>
          ))}
          <li className="py-1">
            <a href={`/runder/${round.id}/papir/skema-2-og-3`} className={downloadLink}>
              {da.paper.links.tables}
            </a>
          </li>
          <li className="py-1">
            <a href={`/runder/${round.id}/papir/plan`} className={downloadLink}>
              {da.paper.links.plan(round.kind)}
            </a>
          </li>
        </ul>
      </Section>
      <Section title={t.guideHeading}>
        <ul className="max-w-3xl list-disc pl-6">
          {(round.hasScores ? t.guide : t.guideWithoutDimensions)(round.kind).map((line) => (
            <li key={line} className="py-1">
              {line}
            </li>
          ))}
        </ul>
      </Section>
      {round.hasScores ? (
        <Section title={t.dimensionsHeading}>
          <div className="mb-3">
            <DimensionOrigin />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {vitalisationDimensions.map((dimension) => (
              <section key={dimension.id} className="rounded-md border border-slate-300 p-4">
                <h3 className="text-lg font-semibold text-brand-900">{dimension.name}</h3>
                <p className="mt-1 text-slate-700">{dimension.definition}</p>
                <h4 className="mt-2 font-medium">{t.keywords}</h4>
                <ul className="list-disc pl-6 text-sm">
                  {keywordsFor(dimension, round.kind).map((keyword) => (
                    <li key={keyword}>{keyword}</li>
                  ))}
                </ul>
                <DimensionLines id={dimension.id} kind={round.kind} />
              </section>
            ))}
          </div>
        </Section>
      ) : null}
    </>
  );
}
