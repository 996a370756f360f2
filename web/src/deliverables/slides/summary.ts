import { businessCaseOf, FIRM_COVERAGE, preliminaryOf } from '../input';
import {
  BOTTOM,
  bullets,
  coverSlide,
  type Deck,
  heading,
  LIGHT,
  MUTED,
  sizeToFit,
  TOP,
  titled,
  W,
  WARN,
} from './frame';
import { shapeWords, staffingWords } from './office';
import { capital } from './say';

/** The title slide: client, what the deck is, the firm and the date, the logo. */
export const titleSlide = (deck: Deck) => {
  const { pptx, accent, text, say, input, firm } = deck;
  const slide = coverSlide(deck);
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: 0.35,
    h: 7.5,
    fill: { color: accent },
    line: { color: accent },
  });
  slide.addText(input.clientName, { ...text, x: 0.9, y: 2.0, w: 11, h: 1.1, fontSize: 40, bold: true });
  slide.addText(say.t('deck.subtitle'), {
    ...text,
    x: 0.9,
    y: 3.1,
    w: 11,
    h: 0.7,
    fontSize: 22,
    color: MUTED,
  });
  slide.addText([firm, say.date(input.preparedOn)].filter(Boolean).join(' · '), {
    ...text,
    x: 0.9,
    y: 4.1,
    w: 11,
    h: 0.5,
    fontSize: 16,
  });
  slide.addText(say.t('deck.confidential'), {
    ...text,
    x: 0.9,
    y: 4.6,
    w: 11,
    h: 0.4,
    fontSize: 12,
    color: MUTED,
  });
  if (input.branding?.logo)
    slide.addImage({
      data: input.branding.logo,
      x: W - 2.6,
      y: deck.preliminary ? 0.9 : 0.5,
      w: 2,
      h: 1,
      sizing: { type: 'contain', w: 2, h: 1 },
    });
};

/** What the committee is asked to decide, and what it commits: people, cost, time and benefits. */
const decision = (deck: Deck) => {
  const { result, results, say } = deck;
  const { pmo, rollout } = result;
  const bc = businessCaseOf(result);
  const p = preliminaryOf(results);
  const model = pmo.model ? say.t(`model.${pmo.model}`) : '';
  const sourcing = pmo.sourcing ? say.t(`sourcing.${pmo.sourcing}`) : '';
  const recommend = pmo.needed && pmo.model !== null;
  const missing = Math.max(
    1,
    Math.ceil(results.coverage.invited * FIRM_COVERAGE) - results.coverage.submitted,
  );
  const ask = deck.preliminary
    ? p.coverage
      ? say.t('summary.decisionAssess', { missing, invited: results.coverage.invited })
      : say.t('summary.decisionAssessEvidence')
    : recommend
      ? say.t('summary.decisionApprove', { model, sourcing })
      : say.t('summary.decisionNoPmo');
  const estimate = say.t('summary.toEstimate');
  const none = say.t('summary.none');
  const milestone = (rollout.phases ?? []).flatMap((ph) => ph.milestones)[0];
  const oneOff = pmo.cost?.oneOff;
  const facts: [string, string][] = recommend
    ? [
        [say.t('summary.shape'), capital(shapeWords(say, pmo))],
        [
          say.t('summary.people'),
          pmo.staffing?.hoursPerWeek
            ? staffingWords(say, pmo.staffing)
            : bc.staffing
              ? say.t('summary.peopleValue', {
                  fte: say.range(bc.staffing.fte.min, bc.staffing.fte.max),
                  roles: bc.staffing.roles.map((r) => `${r.role} ${say.num(r.fte)}`).join(', '),
                })
              : estimate,
        ],
        [
          say.t('summary.cost'),
          bc.cost
            ? oneOff && oneOff.max > 0
              ? say.t('summary.costOneOff', {
                  range: say.money(bc.cost.annual.min, bc.cost.annual.max, bc.cost.currency),
                  oneOff: say.money(oneOff.min, oneOff.max, bc.cost.currency),
                })
              : say.t('summary.costValue', {
                  range: say.money(bc.cost.annual.min, bc.cost.annual.max, bc.cost.currency),
                })
            : estimate,
        ],
        [
          say.t('summary.time'),
          rollout.phases && rollout.totalWeeks !== null
            ? say.t('summary.timeValue', {
                weeks: rollout.totalWeeks,
                phases: rollout.phases.length,
                milestone: milestone ?? '–',
              })
            : say.t('summary.timeNone'),
        ],
        [
          say.t('summary.benefits'),
          pmo.benefits.length > 0
            ? pmo.benefits
                .slice(0, 2)
                .map((b) => b.benefit)
                .join('; ')
            : estimate,
        ],
      ]
    : [
        [say.t('summary.people'), none],
        [say.t('summary.cost'), none],
        [say.t('summary.benefits'), pmo.need.alternatives.slice(0, 2).join('; ') || '–'],
      ];
  return { ask, facts, recommend, model, sourcing };
};

/** The conclusion as the summary's title: the recommendation, a direction only, or no PMO yet. */
const summaryTitle = (deck: Deck, d: ReturnType<typeof decision>) =>
  !d.recommend
    ? deck.say.t('summary.titleNoPmo')
    : deck.preliminary || deck.result.rollout.totalWeeks === null
      ? deck.say.t('summary.titleDirection', { model: d.model })
      : deck.say.t('summary.titleRecommend', {
          model: d.model,
          sourcing: d.sourcing,
          weeks: deck.result.rollout.totalWeeks,
        });

const figures = (deck: Deck) => {
  const { result, results, say } = deck;
  const status = say.t(deck.preliminary ? 'evidence.preliminary' : 'evidence.sufficient');
  return [
    [say.t('summary.level', { level: result.maturity.level }), result.maturity.levelName],
    [say.num(result.maturity.overall, 2), say.t('summary.score')],
    [
      say.t('summary.need', { score: result.pmo.need.score }),
      say.t('summary.needNote', { threshold: result.pmo.need.threshold }),
    ],
    [
      say.t('summary.submissions', {
        submitted: results.coverage.submitted,
        invited: results.coverage.invited,
      }),
      say.t('summary.submissionsNote', { status }),
    ],
  ] as const;
};

/** The respondent set in one sentence: what was done to the list of people asked. */
const respondentSet = (deck: Deck): string | null => {
  const set = deck.results.respondentSet as typeof deck.results.respondentSet | undefined;
  if (!set) return null;
  return deck.say.t('set.line', {
    invitations: set.invitations,
    live: set.live,
    revoked: set.revoked,
    removed: set.removed,
    reissued: set.reissued,
    submissions: set.submissions,
    k: Math.max(3, deck.results.disclosure.minGroupSize),
  });
};

/** The executive summary: the conclusion, four figures, why, and the decision asked. */
export const summarySlide = (deck: Deck) => {
  const { pptx, text, say, result, results, accent } = deck;
  const d = decision(deck);
  const slide = titled(deck, summaryTitle(deck, d));
  figures(deck).forEach(([big, small], i) => {
    const x = 0.5 + i * 3.1;
    slide.addShape(pptx.ShapeType.roundRect, {
      x,
      y: TOP,
      w: 2.9,
      h: 1.2,
      fill: { color: LIGHT },
      line: { color: LIGHT },
      rectRadius: 0.1,
    });
    slide.addText(big, {
      ...text,
      x,
      y: TOP + 0.05,
      w: 2.9,
      h: 0.65,
      fontSize: 26,
      bold: true,
      align: 'center',
    });
    slide.addText(small, {
      ...text,
      x: x + 0.1,
      y: TOP + 0.68,
      w: 2.7,
      h: 0.45,
      fontSize: 11,
      align: 'center',
      color: MUTED,
      fit: 'shrink',
    });
  });
  // Left: why, in the engine's words (with the reasons it is preliminary first, when it is). The
  // engine's first sentence restates the level and its own view of the evidence, which the figures
  // and, when preliminary, the reasons above already say better: it is left out.
  const p = preliminaryOf(results);
  const why = [
    ...(p.coverage
      ? [
          say.t('deck.preliminaryCoverage', {
            submitted: results.coverage.submitted,
            invited: results.coverage.invited,
          }),
        ]
      : []),
    ...(p.evidence
      ? [say.t('deck.preliminaryEvidence', { status: say.t(`evidence.${result.evidence.status}`) })]
      : []),
    ...result.pmo.rationale.slice(1, deck.preliminary ? 4 : 5),
  ];
  const set = respondentSet(deck);
  const setH = set ? 0.55 : 0;
  bullets(deck, slide, why, { x: 0.5, y: TOP + 1.4, w: 6.4, h: BOTTOM - TOP - 1.4 - setH }, 15);
  if (set)
    slide.addText(set, {
      ...text,
      x: 0.5,
      y: BOTTOM - setH,
      w: 6.4,
      h: setH,
      fontSize: 9,
      color: MUTED,
      valign: 'bottom',
    });
  // Right: the decision asked, with what it commits.
  const box = { x: 7.2, y: TOP + 1.4, w: W - 7.7, h: BOTTOM - TOP - 1.4 };
  slide.addShape(pptx.ShapeType.roundRect, {
    ...box,
    fill: { color: 'FFFFFF' },
    line: { color: deck.preliminary ? WARN : accent, width: 2 },
    rectRadius: 0.08,
  });
  heading(
    deck,
    slide,
    say.t('summary.decisionTitle'),
    { x: box.x + 0.2, y: box.y + 0.1, w: box.w - 0.4, h: 0.4 },
    14,
  );
  const paragraphs = [d.ask, ...d.facts.map(([k, v]) => `${k}: ${v}`)];
  const inner = { x: box.x + 0.2, y: box.y + 0.55, w: box.w - 0.4, h: box.h - 0.65 };
  const size = sizeToFit(paragraphs, { ...inner, w: inner.w + 0.45 }, 14);
  slide.addText(
    [
      { text: d.ask, options: { bold: true, breakLine: true, color: deck.preliminary ? WARN : accent } },
      ...d.facts.flatMap(([k, v]) => [
        { text: `${k}: `, options: { bold: true } },
        { text: v, options: { breakLine: true } },
      ]),
    ],
    { ...text, ...inner, fontSize: size, valign: 'top', paraSpaceAfter: 6, fit: 'shrink' },
  );
  return capital(d.model);
};
