// Header names as HR systems write them, in Danish or English; matched loosely
// (case, spaces, hyphens and underscores do not matter).

export type ColumnKey =
  "name" | "email" | "employeeNumber" | "unit" | "managerEmail" | "managerEmployeeNumber" | "jobTitle" | "roles" | EmploymentColumn;

/** The optional employment facts (lib/domain/people/employment.ts); a file without them leaves the stored facts alone. */
export type EmploymentColumn = "employmentType" | "employmentStart" | "birthYear" | "senior";

const aliases: Record<ColumnKey, string[]> = {
  name: ["navn", "name", "fuldtnavn", "fullname"],
  email: ["email", "mail", "emailadresse", "epost"],
  employeeNumber: [
    "medarbejdernummer",
    "medarbejdernr",
    "medarbnr",
    "mednr",
    "medarbejderid",
    "lønnummer",
    "lønnr",
    "personalenummer",
    "personalenr",
    "employeenumber",
    "employeeno",
    "employeeid",
  ],
  unit: ["enhed", "unit", "afdeling", "department"],
  managerEmail: ["ledersemail", "lederemail", "leder", "manager", "manageremail", "managersemail", "nærmesteleder"],
  managerEmployeeNumber: [
    "ledersmedarbejdernummer",
    "ledermedarbejdernummer",
    "ledersmedarbejdernr",
    "ledermedarbejdernr",
    "lederslønnummer",
    "managersemployeenumber",
    "manageremployeenumber",
    "manageremployeeid",
  ],
  jobTitle: ["stilling", "jobtitel", "jobtitle", "title", "stillingsbetegnelse"],
  roles: ["roller", "rolle", "roles", "role"],
  employmentType: [
    "ansættelsestype",
    "ansættelsesform",
    "ansættelsesforhold",
    "ansættelse",
    "lønform",
    "employmenttype",
    "employment",
    "contracttype",
  ],
  employmentStart: [
    "ansatfra",
    "ansatdato",
    "ansættelsesdato",
    "ansættelsesstart",
    "startdato",
    "tiltrædelsesdato",
    "tiltrådt",
    "employmentstart",
    "startdate",
    "hiredate",
    "employedsince",
  ],
  // A full date of birth is read for its year only; a CPR column is never read (no alias names it).
  birthYear: ["fødselsår", "foedselsaar", "fødselsdato", "birthyear", "yearofbirth", "birthdate", "dateofbirth"],
  senior: ["senior", "seniormedarbejder", "seniorflag", "seniorordning"],
};

export const requiredColumns: ColumnKey[] = ["name", "email", "unit"];

export const columnLabels: Record<ColumnKey, string> = {
  name: "navn",
  email: "e-mail",
  employeeNumber: "medarbejdernummer",
  unit: "enhed",
  managerEmail: "leders e-mail",
  managerEmployeeNumber: "leders medarbejdernummer",
  jobTitle: "stilling",
  roles: "roller",
  employmentType: "ansættelsestype",
  employmentStart: "ansat fra",
  birthYear: "fødselsår",
  senior: "senior",
};

const squash = (header: string) => header.toLowerCase().replace(/[\s\-_'’.]/g, "");

export function mapColumns(header: string[]): Partial<Record<ColumnKey, number>> {
  const positions: Partial<Record<ColumnKey, number>> = {};
  header.forEach((name, index) => {
    const key = (Object.keys(aliases) as ColumnKey[]).find((candidate) => aliases[candidate].includes(squash(name)));
    if (key && positions[key] === undefined) positions[key] = index;
  });
  return positions;
}
