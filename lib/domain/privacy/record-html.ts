import { escapeHtml } from "@/lib/domain/personal-data/html-parts";
import type { Block, Section } from "./sections";

// Sections as one self-contained, accessible Danish HTML document (lang="da", headings in order,
// tables with headers and a caption), like the art. 15 document: no script, nothing fetched.

const style = `body{font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}caption{text-align:left;font-weight:600}section{margin-top:2rem}`;

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "facts":
      return `<table><tbody>${block.facts
        .map(
          (fact) =>
            `<tr><th scope="row">${escapeHtml(fact.label)}</th><td>${fact.href ? link(fact.href, fact.value) : escapeHtml(fact.value)}</td></tr>`,
        )
        .join("")}</tbody></table>`;
    case "link":
      return `<p>${link(block.href, block.text)}</p>`;
    case "table":
      return `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${block.headings
        .map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`)
        .join("")}</tr></thead><tbody>${block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`,
        )
        .join("")}</tbody></table>`;
  }
}

export function sectionsHtml({ title, lead, sections }: { title: string; lead: string; sections: Section[] }): string {
  return [
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>`,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(lead)}</p>`,
    ...sections.map((section) => {
      const level = section.level ?? 2;
      return `<section id="${escapeHtml(section.id)}"><h${level}>${escapeHtml(section.heading)}</h${level}>${section.blocks.map(blockHtml).join("")}</section>`;
    }),
    `</main></body></html>\n`,
  ].join("");
}
