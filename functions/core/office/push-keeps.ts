import type { Maturity, PmoShape } from '../../contract/result';
import { dimensionScore } from '../model-gates';
import type { ServiceId } from './catalogue';

/**
 * A push (programme office) builds no permanent machinery (offered.ts, NOT_IN_A_PUSH), with two
 * exceptions where the machinery is the push's own product, not the organisation's:
 * - standards asked for by most stakeholders: in a roll-out the playbook, the site-readiness
 *   checklist or the brand-standards audit is the core product of the programme office, and an
 *   office that refuses it tells the sponsor the opposite of what the readiness gates do (round 30:
 *   a 300-site point-of-sale roll-out and a 45-hotel conversion, asked by all);
 * - the push's tools where data is typed twice (the tools dimension below PUSH_TOOLS_BELOW): one
 *   system of record for the push's plan, costs and risks is a day-one decision, not a lasting tool
 *   programme (round 30: a joint venture of two contractors on two parents' systems, tools 1.75).
 * Our judgement, from the round-30 reviewers.
 */

/** Tools below this level: the push's data are kept in several places and typed twice (level 2: repeatable, our judgement). */
export const PUSH_TOOLS_BELOW = 2;

export const pushKeeps = (shape: PmoShape, id: ServiceId, asked: boolean, maturity: Maturity): boolean => {
  if (shape !== 'programme') return false;
  if (id === 'standards') return asked;
  if (id === 'tooling') {
    const tools = dimensionScore(maturity, ['tools']);
    return tools !== null && tools < PUSH_TOOLS_BELOW;
  }
  return false;
};
