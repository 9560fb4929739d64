import { z } from "zod";
import { readStored, type StoredShape } from "@/lib/stored/versioned";
import type { MailCalendar } from "./send";

// A queued mail's invitation (OutgoingMail.calendar) as read back for delivery. One shape since
// the outbox began, unmarked; a queued mail can outlive a deploy, so it is read like any other
// stored document. A mail whose invitation fits no shape fails delivery and stays queued with the
// reason in lastError, holding up no other mail.

const calendarV1 = z.strictObject({ method: z.enum(["REQUEST", "CANCEL"]), content: z.string() });

const shapes: StoredShape<MailCalendar>[] = [
  { version: 1, unmarked: true, schema: calendarV1, toCurrent: (calendar: MailCalendar) => calendar },
];

/** A queued mail's stored invitation; throws StoredDocumentError for a shape never written. */
export function readMailCalendar(json: unknown): MailCalendar {
  return readStored("mail invitation", json, shapes);
}
