import type { Result } from '../../functions/contract/result';

const SERVICES = [
  ['status-reporting', 'Portfolio status reporting', 'projects', 40, 0.5, ['maturity-gap']],
  ['standards', 'Shared methods and templates', 'office', 1, 6, ['maturity-gap', 'expectations']],
  ['pm-coaching', 'Coaching project managers', 'project-managers', 12, 1, ['maturity-gap']],
  ['prioritisation', 'Prioritising the portfolio', 'projects', 40, 0.4, ['context', 'expectations']],
  ['capacity', 'Capacity planning across projects', 'projects', 40, 0.3, ['context']],
  ['benefits', 'Tracking benefits after delivery', 'spend', 25, 0.2, ['maturity-gap']],
  ['risk', 'Cross-project risk review', 'projects', 40, 0.15, ['context']],
  ['assurance', 'Stage-gate assurance', 'programmes', 2, 3, ['context']],
  ['tooling', 'Project tooling and data', 'office', 1, 4, ['in-place']],
  ['units', 'Liaison with business units', 'business-units', 4, 2, ['context']],
] as const;

/**
 * A result as edition 3's engine will give it, from one the engine gives today: the office's shape,
 * ten services whose effort sums to the staffing, one-off costs, priced and unpriced returns,
 * stakeholders' expectations and outcome KPIs. For the web's tests and screenshots.
 */
export const withEditionThree = (
  r: Result,
  options: { currency?: string; services?: number; small?: boolean; beside?: boolean } = {},
): Result => {
  const currency = options.currency ?? 'EUR';
  const services = SERVICES.slice(0, options.services ?? SERVICES.length).map(
    ([id, name, driver, units, hoursPerUnit, chosenFor]) => {
      const hoursPerWeek = options.small ? (units * hoursPerUnit) / 40 : units * hoursPerUnit;
      return {
        id,
        name,
        driver,
        units,
        hoursPerUnit: options.small ? hoursPerUnit / 40 : hoursPerUnit,
        hoursPerWeek,
        fte: Math.round((hoursPerWeek / 40) * 100) / 100,
        effort: `${units} × ${hoursPerUnit} h a week`,
        source:
          id === 'status-reporting'
            ? 'PMI Pulse of the Profession 2024, reporting effort'
            : 'Our own judgement',
        chosenFor: [...chosenFor],
        reasons: [`${name} closes the widest gap in this organisation.`],
      };
    },
  );
  const hours = services.reduce((s, x) => s + x.hoursPerWeek, 0);
  const fte = Math.round((hours / 40) * 100) / 100;
  return {
    ...r,
    pmo: {
      ...r.pmo,
      needed: !options.small,
      shape: options.small ? 'capability-first' : 'portfolio',
      besideExisting: options.beside,
      services,
      staffing: {
        fte: { min: Math.round(fte * 0.85 * 100) / 100, max: fte },
        ...(fte < 0.5 ? { hoursPerWeek: { min: Math.round(hours * 0.85), max: Math.round(hours) } } : {}),
        roles: r.pmo.staffing?.roles ?? [],
        basis: r.pmo.staffing?.basis ?? [],
      },
      cost: {
        annual: { min: 412_000, max: 486_000 },
        oneOff: { min: 60_000, max: 95_000 },
        currency,
        assumptions: [
          '3.1–3.7 FTE × 600 a day × 220 working days.',
          'Tooling licences and a two-day training.',
        ],
      },
      returns: [
        {
          id: 'fewer-overruns',
          benefit: 'Fewer budget overruns',
          annual: { min: 300_000, max: 650_000 },
          assumption: 'Overruns fall from 18 % to 12 % of a 25 million spend.',
        },
        {
          id: 'stopped-early',
          benefit: 'Failing projects stopped earlier',
          annual: { min: 120_000, max: 240_000 },
          assumption: 'One project a year stopped a quarter sooner.',
        },
        {
          id: 'decisions',
          benefit: 'Faster portfolio decisions',
          annual: null,
          assumption: 'Not priced: the time saved depends on how often the board meets.',
        },
      ],
      expectations: [
        {
          service: 'prioritisation',
          label: 'Prioritising the portfolio',
          share: 0.62,
          answered: true,
          because: 'The office runs the quarterly portfolio review.',
        },
        {
          service: 'standards',
          label: 'Shared methods and templates',
          share: 0.48,
          answered: true,
          because: 'A light method comes first.',
        },
        {
          service: 'resourcing',
          label: 'Assigning people to projects',
          share: 0.31,
          answered: false,
          because: 'That needs a directive office; control appetite is medium.',
        },
      ],
      kpis: [
        {
          name: 'Projects on time',
          measure: 'Share of projects finishing within 10 % of plan',
          baseline: null,
          target: 75,
          kind: 'outcome',
          unit: '%',
        },
        {
          name: 'Forecast accuracy',
          measure: 'Cost forecast error at mid-point',
          baseline: 22,
          target: 10,
          kind: 'outcome',
          unit: '%',
        },
        {
          name: 'Planning maturity',
          measure: 'Planning and control, level out of 5',
          baseline: 2.1,
          target: 3,
          kind: 'maturity',
          unit: 'of 5',
        },
      ],
    },
  };
};

/** The same result on insufficient evidence: a direction only, without staffing, cost or plan. */
export const directionOnly = (r: Result): Result => ({
  ...r,
  evidence: { status: 'insufficient', reasons: ['Only 3 of 10 dimensions have enough answers.'] },
  pmo: { ...r.pmo, shape: 'portfolio', staffing: null, cost: null, services: [], returns: [] },
  rollout: { ...r.rollout, phases: null, totalWeeks: null },
});
