// A small RFC 4180 reader: quoted fields with separators, quotes ("") and line breaks inside,
// CRLF or LF. The separator is whichever of ";" and "," the header line uses more.
// A file of 50,000 rows is read in time slices, so the server keeps answering others meanwhile.

import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";

export type CsvRow = { line: number; cells: string[] };
export type CsvTable = { separator: ";" | ","; header: string[]; rows: CsvRow[] };

function detectSeparator(text: string): ";" | "," {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") >= count(",") && count(";") > 0 ? ";" : ",";
}

export async function parseCsv(text: string, pause: Pause = timeSlicer()): Promise<CsvTable> {
  const separator = detectSeparator(text);
  const records: CsvRow[] = [];
  for (const record of csvRecords(text, separator)) {
    records.push(record);
    await pause();
  }
  const [header, ...rows] = records;
  return { separator, header: header?.cells.map((name) => name.trim()) ?? [], rows };
}

/** The file's non-blank records one at a time, each with the physical line it starts on. */
function* csvRecords(text: string, separator: string): Generator<CsvRow> {
  let pending: CsvRow | null = null;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;

  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0].trim() === "")) pending = { line: recordLine, cells };
    cells = [];
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === separator) {
      endCell();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      endRecord();
      line++;
      recordLine = line;
      if (pending) {
        yield pending;
        pending = null;
      }
    } else {
      cell += char;
    }
  }
  if (cell !== "" || cells.length > 0) endRecord();
  if (pending) yield pending;
}
