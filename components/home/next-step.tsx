import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { da } from "@/lib/i18n/da";
import type { StepWords } from "./step-wording";

const link = "font-medium text-brand-700 underline underline-offset-4";

/**
 * One next step: what to do (a heading of the given level), why, and the link that does it, drawn
 * as the page's main button; further links (the next conversations, the material) below it.
 */
export function NextStepBody({ words, level }: { words: StepWords; level: 2 | 3 | 4 }) {
  const Heading = `h${level}` as const;
  return (
    <>
      <Heading className="text-lg font-semibold text-brand-900">{words.title}</Heading>
      {words.lines.map((line) => (
        <p key={line} className="mt-1 text-slate-800">
          {line}
        </p>
      ))}
      <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <Link href={words.primary.href} className={buttonClass("primary")}>
          {words.primary.label}
        </Link>
        {words.primary.detail ? <span className="text-slate-800">{words.primary.detail}</span> : null}
      </p>
      {words.links.length > 0 ? (
        <ul className="mt-3 flex flex-col gap-2">
          {words.links.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className={link}>
                {item.label}
              </Link>
              {item.detail ? (
                <>
                  <span aria-hidden="true" className="mx-2 text-slate-500">
                    {da.common.separator}
                  </span>
                  <span className="text-slate-800">{item.detail}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {words.notes?.map((note) => (
        <p key={note} className="mt-3 text-slate-800">
          {note}
        </p>
      ))}
    </>
  );
}
