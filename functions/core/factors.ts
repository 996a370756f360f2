import type { Factor } from '../contract/result';
import { clamp } from './numbers';

/** Every rule-based score starts from this neutral point; factors move it up or down. */
export const BASE_POINTS = 50;

export const factor = (
  id: string,
  label: string,
  value: string,
  points: number,
  explanation: string,
): Factor => ({
  id,
  label,
  value,
  points,
  explanation,
});

/** Base plus contributions, clamped to 0–100: the whole score is explained by its factors. */
export const scoreFromFactors = (factors: readonly Factor[], base = BASE_POINTS): number =>
  clamp(
    factors.reduce((sum, f) => sum + f.points, base),
    0,
    100,
  );

/** Positive factors, strongest first, as sentences: the reasons a reader sees. */
export const reasonsFrom = (factors: readonly Factor[]): string[] =>
  [...factors]
    .filter((f) => f.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .map((f) => `${f.points > 0 ? '+' : '\u2212'}${Math.abs(f.points)} ${f.explanation}`);
