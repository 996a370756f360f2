import { STAKEHOLDER_ROLES } from '../functions/contract/roles';
import { QUESTIONNAIRE_2026_2, READING, routeFor } from '../functions/core';
import { loadLanguage } from '../functions/i18n/load';
import { localiseQuestionnaire } from '../functions/i18n/questionnaire';
import { table } from './stats';

const GOAL_MINUTES = 12;
const min = (x: number) => x.toFixed(1);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * Respondents' time, edition 2026.2: each role's route as the questionnaire counts it
 * (functions/core/questionnaire/reading-time.ts), in English, with the French and German texts
 * beside it. A route rates the role's own questions and hands the others on after reading them.
 */
export const benchReadingTime = async () => {
  await loadLanguage('fr');
  await loadLanguage('de');
  const fr = localiseQuestionnaire(QUESTIONNAIRE_2026_2, 'fr');
  const de = localiseQuestionnaire(QUESTIONNAIRE_2026_2, 'de');
  const routes = STAKEHOLDER_ROLES.map((role) => ({
    role,
    en: routeFor(QUESTIONNAIRE_2026_2, role),
    fr: routeFor(fr, role),
    de: routeFor(de, role),
    all: routeFor(QUESTIONNAIRE_2026_2, role, { rateAll: true }),
  }));
  const rows = routes.map(({ role, en, fr, de, all }) => [
    role,
    en.own,
    en.handedOn,
    en.words,
    min(en.desktop),
    `**${min(en.phone)}**${en.phone > GOAL_MINUTES ? ' (over)' : ''}`,
    `${min(fr.phone)} / ${min(de.phone)}`,
    min(all.phone),
  ]);
  const pick = (f: (r: (typeof routes)[number]) => number) => median(routes.map(f));
  rows.push([
    'median of the roles',
    pick((r) => r.en.own),
    pick((r) => r.en.handedOn),
    pick((r) => r.en.words),
    min(pick((r) => r.en.desktop)),
    `**${min(pick((r) => r.en.phone))}**`,
    `${min(pick((r) => r.fr.phone))} / ${min(pick((r) => r.de.phone))}`,
    min(pick((r) => r.all.phone)),
  ]);
  const worst = Math.max(...routes.map((r) => r.en.phone));
  return [
    `### Respondents' time: each role's route through edition 2026.2 (goal ≤ ${GOAL_MINUTES} min on a phone)`,
    `Assumed: ${READING.wordsPerMinute} words a minute, ${READING.secondsPerRating} s to pick each rating, ${READING.secondsPerHandOn} s to hand a question on, ${READING.secondsForServices} s for the closing services, phone × ${READING.phoneFactor}.`,
    table(
      [
        'role',
        'questions rated',
        'handed on',
        'words read',
        'desktop (min)',
        'phone (min)',
        'phone fr / de (min)',
        'phone, rating everything (min)',
      ],
      rows,
    ),
    `Longest route on a phone: ${min(worst)} min (${worst <= GOAL_MINUTES ? 'goal met' : 'goal not met'}).`,
  ].join('\n\n');
};
