import Link from "next/link";
import { Main } from "./page-heading";

export function MessagePage({ title, text, linkHref, linkLabel }: { title: string; text: string; linkHref: string; linkLabel: string }) {
  return (
    <Main narrow>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl text-brand-900">{title}</h1>
      <p className="mt-4 text-lg text-slate-700">{text}</p>
      <p className="mt-8">
        <Link href={linkHref} className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900">
          {linkLabel}
        </Link>
      </p>
    </Main>
  );
}
