// A small RFC 4180 reader: quoted fields with separators, quotes ("") and line breaks inside,
// CRLF or LF. The separator is whichever of ";" and "," the header line uses more.
// A file of 50,000 rows is read in time slices, so the server keeps answering others meanwhile.
// Kept rather than csv-parse (README, "Architecture"): the preview names the physical line each
// record starts on, which csv-parse does not report (its line count is where a record ends, and
// counts a CRLF inside a quoted cell twice), and the separator is detected, which it does not do.
// What csv-parse would have added, a quote that is never closed reported instead of swallowing the
// rest of the file into one cell, is done here.

import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";

export type CsvRow = { line: number; cells: string[] };
/** unclosedQuoteLine: where a quote opens a field and is never closed; from there on the file is one cell and cannot be trusted. */
export type CsvTable = { separator: ";" | ","; header: string[]; rows: CsvRow[]; unclosedQuoteLine: number | null };

function detectSeparator(text: string): ";" | "," {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") >= count(",") && count(";") > 0 ? ";" : ",";
}

export async function parseCsv(text: string, pause: Pause = timeSlicer()): Promise<CsvTable> {
  const separator = detectSeparator(text);
  const records: CsvRow[] = [];
  const reader = csvRecords(text, separator);
  let next = reader.next();
  while (!next.done) {
    records.push(next.value);
    await pause();
    next = reader.next();
  }
  const unclosedQuoteLine = next.value;
  const [header, ...rows] = records;
  return { separator, header: header?.cells.map((name) => name.trim()) ?? [], rows, unclosedQuoteLine };
}

/** Line breaks in text[from, to): CRLF, LF or a lone CR, the same three that end a record. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}

/**
 * The file's non-blank records one at a time, each with the physical line it starts on; returns the
 * line of a quote left open at the end of the file, or null. It jumps from one separator, quote or
 * line break to the next and copies the text between as one slice, not a character at a time.
 */
function* csvRecords(text: string, separator: string): Generator<CsvRow, number | null> {
  const special = separator === ";" ? /[;"\r\n]/g : /[,"\r\n]/g;
  let pending: CsvRow | null = null;
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let unclosedQuoteLine: number | null = null;

  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0].trim() === "")) pending = { line: recordLine, cells };
    cells = [];
  };
  /** From just after an opening quote to just after its closing one ("" inside is one quote); -1 if it never closes. */
  const readQuoted = (from: number): number => {
    let index = from;
    for (;;) {
      const close = text.indexOf('"', index);
      const end = close === -1 ? text.length : close;
      cell += text.slice(index, end);
      line += countLineBreaks(text, index, end);
      if (close === -1) return -1;
      if (text[close + 1] !== '"') return close + 1;
      cell += '"';
      index = close + 2;
    }
  };

  let index = 0;
  while (index < text.length) {
    special.lastIndex = index;
    const found = special.exec(text);
    const stop = found ? found.index : text.length;
    cell += text.slice(index, stop);
    if (!found) break;
    const char = text[stop];
    index = stop + 1;
    if (char === '"') {
      // A quote opens a quoted field only at its start (spaces before it are dropped); elsewhere it is text.
      if (cell.trim() !== "") {
        cell += char;
        continue;
      }
      cell = "";
      const openedOn = line;
      index = readQuoted(index);
      if (index === -1) {
        unclosedQuoteLine = openedOn;
        break;
      }
    } else if (char === separator) {
      endCell();
    } else {
      if (char === "\r" && text[index] === "\n") index++;
      endRecord();
      line++;
      recordLine = line;
      if (pending) {
        yield pending;
        pending = null;
      }
    }
  }
  if (cell !== "" || cells.length > 0) endRecord();
  if (pending) yield pending;
  return unclosedQuoteLine;
}
