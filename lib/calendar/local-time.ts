// Conversations are booked in Danish wall-clock time ("2027-03-02" at "09:30") and stored as an
// instant. The offset depends on the date (CET or CEST), so it is looked up for that very day.

const zone = "Europe/Copenhagen";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function wallClock(instant: Date): { date: string; time: string } {
  const part = (type: string) => parts.formatToParts(instant).find((item) => item.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

function asUtcMillis(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00Z`);
}

/** The instant at which Danish clocks show this date and time. */
export function copenhagenToInstant(date: string, time: string): Date {
  const target = asUtcMillis(date, time);
  // Guess with the offset at the target as if it were UTC, then correct once more near a shift.
  let instant = target;
  for (let round = 0; round < 2; round += 1) {
    const shown = wallClock(new Date(instant));
    instant += target - asUtcMillis(shown.date, shown.time);
  }
  return new Date(instant);
}

/** The Danish wall-clock date ("2027-03-02") and time ("09:30") of an instant. */
export function instantToCopenhagen(instant: Date): { date: string; time: string } {
  return wallClock(instant);
}
