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
