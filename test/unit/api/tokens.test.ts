import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  hashToken,
  InviteToken,
  newDeviceKey,
  newId,
  newInviteToken,
  newTransferCode,
  sameHash,
} from '../../../functions/services/tokens';

// The operating system's CSPRNG, observed: every secret must be made of exactly the bytes it gives.
const drawn = vi.hoisted(() => ({ bytes: [] as Buffer[] }));
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  const randomBytes = (size: number) => {
    const bytes = actual.randomBytes(size);
    drawn.bytes.push(bytes);
    return bytes;
  };
  return { ...actual, default: { ...actual, randomBytes }, randomBytes };
});

describe('invite tokens', () => {
  it('are 256-bit base64url values that do not repeat', () => {
    const tokens = Array.from({ length: 10_000 }, newInviteToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const t of tokens.slice(0, 100)) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
      expect(InviteToken.safeParse(t).success).toBe(true);
    }
  });

  it('spread their bits evenly (a CSPRNG, not a counter or a clock)', () => {
    const ones = Array.from({ length: 2000 }, newInviteToken)
      .map((t) => Buffer.from(t, 'base64url'))
      .reduce(
        (n, bytes) => n + [...bytes].reduce((m, b) => m + b.toString(2).replaceAll('0', '').length, 0),
        0,
      );
    const share = ones / (2000 * 256);
    expect(share).toBeGreaterThan(0.49);
    expect(share).toBeLessThan(0.51);
  });

  it('are drawn from the CSPRNG, byte for byte (Math.random, a counter or a clock would not be)', () => {
    for (const [make, size] of [
      [newInviteToken, 32],
      [newDeviceKey, 32],
      [newId, 16],
    ] as const) {
      drawn.bytes.length = 0;
      const secret = make();
      expect(drawn.bytes).toHaveLength(1);
      expect(drawn.bytes[0]).toHaveLength(size);
      expect(Buffer.from(secret, 'base64url').equals(drawn.bytes[0] as Buffer)).toBe(true);
    }
    drawn.bytes.length = 0;
    newTransferCode();
    expect(drawn.bytes.length).toBeGreaterThan(0);
  });

  it('are stored as their SHA-256 and compared by hash', () => {
    const token = newInviteToken();
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(sameHash(hashToken(token), hashToken(token))).toBe(true);
    expect(sameHash(hashToken(token), hashToken(newInviteToken()))).toBe(false);
    expect(sameHash(hashToken(token), 'short')).toBe(false);
  });
});

describe('sortable ids', () => {
  it('sort in creation order while staying unguessable', async () => {
    const { newSortableId } = await import('../../../functions/services/tokens');
    const ids = [new Date('2026-01-01'), new Date('2026-06-30'), new Date('2031-12-31')].map(newSortableId);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{9}[A-Za-z0-9_-]{22}$/);
    expect(newSortableId(new Date(0))).not.toBe(newSortableId(new Date(0)));
  });
});
