import type { PmoRecommendation } from '../contract/result';
import type { Decision } from './decide';
import { serviceSpec } from './office/catalogue';
import type { Questionnaire } from './questionnaire';
import { msg, type Say } from './say';

/**
 * What stakeholders asked the office for, answered: each service asked for by at least
 * SHOWN_EXPECTATION_SHARE, the most asked for first, with whether the office offers it and why not.
 */
/** Stakeholders' expectations shown in the result: the most asked for first, from this share. */
export const SHOWN_EXPECTATION_SHARE = 0.25;
export const SHOWN_EXPECTATIONS = 5;

export const expectationsAnswer = (
  q: Questionnaire,
  d: Decision,
  expectations: Readonly<Record<string, number>> | undefined,
  say: Say,
): PmoRecommendation['expectations'] =>
  Object.entries(expectations ?? {})
    .filter(([, share]) => share >= SHOWN_EXPECTATION_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHOWN_EXPECTATIONS)
    .map(([service, share]) => {
      const label = q.services.find((x) => x.id === service)?.label ?? service;
      const answered = d.office.answered.has(service);
      const out = d.office.leftOut.find((x) => serviceSpec(x.id).answers.includes(service));
      // Where no office is recommended, the part-time coordinator is who takes it up (round 10).
      const because = answered
        ? msg(d.needed ? 'expectation.answered' : 'expectation.coordinator', { service: label })
        : !d.needed
          ? msg('expectation.noOffice', { service: label })
          : msg(`expectation.${out?.why ?? 'not-offered'}`, {
              service: label,
              share: Math.round(share * 100),
            });
      return { service, label, share, answered, because: say(because) };
    });
