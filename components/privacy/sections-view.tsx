import Link from "next/link";
import type { Block, Fact, Section } from "@/lib/domain/privacy/sections";

// The notice's sections as a page: each section headed, contact facts as a description list,
// links in the app as Next links and the rest as plain ones.

const linkClass = "font-medium text-brand-700 underline underline-offset-4";

function Anchor({ href, children }: { href: string; children: string }) {
  return href.startsWith("/") ? (
    <Link href={href} className={linkClass}>
      {children}
    </Link>
  ) : (
    <a href={href} className={linkClass}>
      {children}
    </a>
  );
}

function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-medium">{fact.label}</dt>
          <dd className="whitespace-pre-line">{fact.href ? <Anchor href={fact.href}>{fact.value}</Anchor> : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "paragraph":
      return <p className="mt-3">{block.text}</p>;
    case "list":
      return (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case "facts":
      return <FactList facts={block.facts} />;
    case "link":
      return (
        <p className="mt-3">
          <Anchor href={block.href}>{block.text}</Anchor>
        </p>
      );
    case "table":
      return (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-medium">{block.caption}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {block.headings.map((heading) => (
                  <th key={heading} scope="col" className="px-2 py-2">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row[0]} className="border-b border-slate-200 align-top">
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="px-2 py-2 font-medium">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className="px-2 py-2">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function SectionsView({ sections }: { sections: Section[] }) {
  return (
    <div className="max-w-3xl">
      {sections.map((section) => {
        const Heading = section.level === 3 ? "h3" : "h2";
        return (
          <section key={section.id} aria-labelledby={section.id} className={section.level === 3 ? "mt-6" : "mt-10"}>
            <Heading id={section.id} className={section.level === 3 ? "text-lg font-semibold" : "text-xl font-semibold"}>
              {section.heading}
            </Heading>
            {section.blocks.map((block, index) => (
              <BlockView key={index} block={block} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
