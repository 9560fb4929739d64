import { da } from "@/lib/i18n/da";

type Theme = { id: string; title: string; description: string };
type Question = { themeId: string; text: string; prioritised: boolean };

/** A group's questions under each theme, read-only: the material page and a published round. */
export function QuestionList({ themes, questions, headingLevel = 3 }: { themes: Theme[]; questions: Question[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="flex flex-col gap-6">
      {themes.map((theme) => {
        const own = questions.filter((question) => question.themeId === theme.id);
        return (
          <section key={theme.id}>
            <Heading className="text-lg font-semibold text-brand-900">{theme.title}</Heading>
            {theme.description ? <p className="text-sm text-slate-600">{theme.description}</p> : null}
            {own.length > 0 ? (
              <ol className="mt-2 list-decimal pl-6">
                {own.map((question, index) => (
                  <li key={index} className="py-1 whitespace-pre-line">
                    {question.text}
                    {question.prioritised ? (
                      <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
                        {da.rounds.questions.prioritisedBadge}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2 text-slate-600">{da.rounds.questions.noQuestions}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
