// The round's timeline is calendar days (Postgres `date`), carried as midnight UTC in a Date and
// as "YYYY-MM-DD" in forms. These two convert between them without any time zone getting a say.

export const dateOnly = (value: string) => new Date(`${value}T00:00:00Z`);

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
