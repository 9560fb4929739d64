import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import { CommentForm } from "./comment-form";

type Comment = { id: string; author: string; text: string; createdAt: Date };

/**
 * The union representative's comments on a section of the round, shown as text (React escapes it;
 * line breaks kept by CSS), and the form when this reader is the representative and may comment.
 */
export function RoundComments({
  roundId,
  section,
  rep,
  comments,
  canComment,
  body,
}: {
  roundId: string;
  section: "MATERIAL" | "WRAP_UP";
  /** The round's union representative now, if any (comments keep their author's name). */
  rep: string | null;
  comments: Comment[];
  canComment: boolean;
  /** The municipality's name for its cooperation body, as the comment form's hint says it. */
  body: string;
}) {
  const t = da.unionRep.comments;
  const id = `comments-${section.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="mt-8 flex max-w-3xl flex-col gap-4">
      <h2 id={id} className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h2>
      {rep ? <p className="text-slate-700">{da.unionRep.current(rep)}</p> : null}
      {comments.length === 0 ? (
        <p className="text-slate-700">{t.none}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-md border border-slate-300 p-4">
              <p className="text-sm font-medium text-slate-600">{t.byline(comment.author, formatDateTime(comment.createdAt))}</p>
              <p className="mt-1 whitespace-pre-line break-words">{comment.text}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment ? <CommentForm roundId={roundId} section={section} body={body} /> : null}
    </section>
  );
}
