// When a mail that could not be sent is tried again. Exponential: 1, 2, 4 … minutes after each
// failure, never more than 6 hours apart, with up to a fifth added at random so the mails an SMTP
// outage failed together do not all come back in the same second on every instance. The twelfth
// failed attempt, about a day after the first (20.5 hours of waits before jitter), makes it a dead
// letter: kept with its error for whoever looks, counted in /api/metrics, no longer tried.

export const maxAttempts = 12;

/**
 * How long an instance has to send a mail it took before another may take it: longer than
 * nodemailer's own timeouts (2 minutes to connect, 10 of silence), so only an instance that died
 * mid-send, not a slow one, gives its mail back.
 */
export const leaseMinutes = 15;

const firstDelayMinutes = 1;
const longestDelayMinutes = 6 * 60;

export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const minutes = Math.min(longestDelayMinutes, firstDelayMinutes * 2 ** Math.max(0, attempts - 1));
  return Math.round(minutes * 60_000 * (1 + random() / 5));
}

/** What a failed attempt (the attempts-th) leads to: a later try, or a dead letter. */
export function afterFailure(attempts: number, now: Date, random: () => number = Math.random): { nextAttemptAt: Date } | { deadAt: Date } {
  if (attempts >= maxAttempts) return { deadAt: now };
  return { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, random)) };
}
