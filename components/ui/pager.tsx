import Link from "next/link";

export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { page: string; previous: string; next: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.page} className="mt-4 flex items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          {labels.previous}
        </Link>
      ) : null}
      <span>{labels.page}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
