import { Fragment, type ReactNode } from "react";
import { ScrollArea } from "./scroll-area";

/** `action`: the cell holds links or buttons; on a card they sit under the details, unlabelled. */
export type StackedColumn = { heading: string; className?: string; action?: boolean };
export type StackedRow = { key: string; cells: ReactNode[] };

const isEmpty = (cell: ReactNode) => cell === null || cell === undefined || cell === false || cell === "";

/**
 * A table from a small tablet up; on a phone the same rows as a list of cards, each headed by the
 * row's first cell with the other cells under their column headings. Five or more columns do not
 * fit 390 px, and a table that scrolls sideways hides most of every row; a card reads top to
 * bottom. (Only one of the two is displayed, so a screen reader meets the rows once.)
 * `scrollLabel`: the table may still be wider than a small tablet and scrolls in its own box.
 */
export function StackedTable({
  columns,
  rows,
  caption,
  scrollLabel,
  textClass = "text-sm",
}: {
  columns: StackedColumn[];
  rows: StackedRow[];
  caption?: string;
  scrollLabel?: string;
  textClass?: string;
}) {
  const [first, ...rest] = columns;
  const table = (
    <table className={`w-full text-left ${textClass}`}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr className="border-b border-slate-300">
          {columns.map((column) => (
            <th key={column.heading} scope="col" className="px-2 py-2 font-semibold">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200 align-top">
            <th scope="row" className={`px-2 py-2 font-medium ${first.className ?? ""}`}>
              {row.cells[0]}
            </th>
            {rest.map((column, index) => (
              <td key={column.heading} className={`px-2 py-2 ${column.className ?? ""}`}>
                {row.cells[index + 1]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <ul aria-label={caption} className={`flex flex-col gap-3 sm:hidden ${textClass}`}>
        {rows.map((row) => {
          const details = rest.flatMap((column, index) =>
            column.action || isEmpty(row.cells[index + 1]) ? [] : [{ column, cell: row.cells[index + 1] }],
          );
          const actions = rest.flatMap((column, index) =>
            column.action && !isEmpty(row.cells[index + 1]) ? [{ column, cell: row.cells[index + 1] }] : [],
          );
          return (
            <li key={row.key} className="rounded-md border border-slate-300 p-4">
              <div className="text-base font-semibold">{row.cells[0]}</div>
              {details.length > 0 ? (
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                  {details.map(({ column, cell }) => (
                    <Fragment key={column.heading}>
                      <dt className="text-slate-600">{column.heading}</dt>
                      <dd className={column.className}>{cell}</dd>
                    </Fragment>
                  ))}
                </dl>
              ) : null}
              {actions.map(({ column, cell }) => (
                <div key={column.heading} className="mt-3 flex flex-wrap items-start gap-3">
                  {cell}
                </div>
              ))}
            </li>
          );
        })}
      </ul>
      {scrollLabel ? (
        <ScrollArea label={scrollLabel} className="hidden sm:block">
          {table}
        </ScrollArea>
      ) : (
        <div className="hidden sm:block">{table}</div>
      )}
    </>
  );
}
