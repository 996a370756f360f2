import type { Situation } from '../situation';
import { STOP_ASKED_SHARE } from './push-triage';

/**
 * A lean portfolio gates what starts and what it is funded with (agile-initiatives.ts). Where its
 * stakeholders ask the office to authorise, pause and stop work, from the engine's line for a service
 * asked for (LEAN_GATE_SHARE, the triage's STOP_ASKED_SHARE, a half), its intake and funding round is
 * run as a go/stop gate: each initiative starts inside a time box with the criteria it is stopped on
 * written at intake, and comes back at the end of the box to be stopped, continued or funded further;
 * the business decides, the office prepares and records. Round 31: an insurer's 40 AI experiments,
 * half its stakeholders asking for stop decisions, were told a lean portfolio "does not run it",
 * while the office's own rationale said it "gates what starts". Our judgement, after lean portfolio
 * management's guardrails and the gated funnels (idea, proof of concept, pilot, production) data and
 * AI portfolios run. The gate is the intake and flow review the service already counts per
 * initiative, so the office's size does not change.
 */
export const LEAN_GATE_SHARE = STOP_ASKED_SHARE;

/** The lean portfolio service runs its intake as a go/stop gate (the stakeholders asked, withStopAsked). */
export const leanGates = (s: Pick<Situation, 'stopAsked'>, id: string): boolean =>
  id === 'lean-portfolio' && s.stopAsked === true;

/**
 * A gated funnel is measured by its decisions: the share of initiatives stopped, continued or funded
 * further when their time box ends, none left running past it (the "zombie" proofs of concept a
 * funnel exists to avoid), in place of the share of a quarter's objectives delivered, which measures
 * teams that plan to deliver, not experiments that may rightly stop. Targets at maturity level 1–2,
 * 3 and 4–5: our judgement, above the delivery measures' since a decision at a date the office sets
 * is within its own reach.
 */
export const GATE_DECISIONS_TARGET = [80, 90, 95] as const;
