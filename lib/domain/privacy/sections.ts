// The privacy notice and the record of processing are documents of the same few parts: headed
// sections of paragraphs, lists, contact facts, links and the retention table. Built as data by
// pure functions (notice.ts, record.ts), so the page, the HTML file and the tests read the same text.

export type Fact = { label: string; value: string; href?: string };

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "facts"; facts: Fact[] }
  | { kind: "link"; text: string; href: string }
  | { kind: "table"; caption: string; headings: string[]; rows: string[][] };

export type Section = { id: string; heading: string; level?: 2 | 3; blocks: Block[] };

/** Every word of the sections, in order, one per line: what a reader (or a test) finds in the document. */
export function sectionsText(sections: Section[]): string {
  const blockText = (block: Block): string[] => {
    switch (block.kind) {
      case "paragraph":
        return [block.text];
      case "list":
        return block.items;
      case "facts":
        return block.facts.map((fact) => `${fact.label}: ${fact.value}`);
      case "link":
        return [`${block.text} (${block.href})`];
      case "table":
        return [block.caption, block.headings.join(" | "), ...block.rows.map((row) => row.join(" | "))];
    }
  };
  return sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockText)]).join("\n");
}
