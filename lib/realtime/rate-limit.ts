// A token bucket per key, in this process's memory: enough to stop one browser flooding the plan
// (the updates are stored one transaction each). A typing person sends a few updates a second.
// Callers key it by person and plan, and only after the person is known to be a party: keyed by
// session, a second sign-in doubled the allowance, and asked before authorization, anyone could
// fill this map with buckets for made-up plan ids.

type Bucket = { tokens: number; at: number };
const buckets = new Map<string, Bucket>();

export function allow(key: string, perSecond = 20, burst = 60, now = Date.now()): boolean {
  const bucket = buckets.get(key) ?? { tokens: burst, at: now };
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
  bucket.at = now;
  const allowed = bucket.tokens >= 1;
  if (allowed) bucket.tokens -= 1;
  buckets.set(key, bucket);
  if (buckets.size > 10_000) for (const [name, old] of buckets) if (now - old.at > 60_000) buckets.delete(name);
  return allowed;
}

/** Buckets held (tests check that refused requests make none). */
export function rateLimitBuckets(): number {
  return buckets.size;
}
