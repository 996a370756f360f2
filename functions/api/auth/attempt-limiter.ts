/** How a limiter slows failed attempts down. */
export interface AttemptLimits {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest wait (the lockout window). */
  maxDelayMs: number;
  /** A key's failures are forgotten this long after its last one. */
  forgetAfterMs: number;
  /** Keys held at most (oldest forgotten first), so a flood of keys cannot fill the memory. */
  maxKeys: number;
}

export const DEFAULT_LIMITS: AttemptLimits = {
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxKeys: 10_000,
};

interface Entry {
  failures: number;
  lastFailure: number;
  blockedUntil: number;
}

/**
 * Failed attempts per key (an address, an organisation name), in memory: after a few free
 * failures each one doubles the wait before the next attempt is even looked at, up to a cap.
 */
export class AttemptLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly limits: AttemptLimits;

  constructor(
    limits: Partial<AttemptLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailure > this.limits.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Milliseconds before the key may try again; 0 when it may now. */
  retryAfterMs(key: string): number {
    const entry = this.current(key);
    return entry ? Math.max(0, entry.blockedUntil - this.now()) : 0;
  }

  /** Records a failure and returns the wait it earned (0 while failures are still free). */
  fail(key: string): number {
    const now = this.now();
    const entry = this.current(key) ?? { failures: 0, lastFailure: now, blockedUntil: 0 };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - this.limits.freeFailures;
    const delay =
      over <= 0 ? 0 : Math.min(this.limits.maxDelayMs, this.limits.firstDelayMs * 2 ** (over - 1));
    entry.blockedUntil = now + delay;
    // Re-inserted last: the map's first key is the one that failed longest ago.
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.limits.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return delay;
  }

  /** Forgets the key's failures (after a successful attempt). */
  succeed(key: string): void {
    this.entries.delete(key);
  }
}
