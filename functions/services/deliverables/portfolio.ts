import type { Portfolio, PortfolioEntry } from '../../contract/deliverables';
import type { Questionnaire } from '../../core';
import { isPreliminary } from '../../core/preliminary';
import type { Store } from '../../store/port';
import { buildResults } from '../results';
import { submissionsOf } from './submissions';

/**
 * One page of the organisation's assessments side by side, each scored from its submitted
 * answers, and per client the overall maturity across its assessments on the page, oldest first.
 * Cost: 1 Query for the page, then per assessment its stakeholder Query and its retired-submissions
 * Query (1 MB pages), bounded by `limit`.
 */
export const portfolioPage = async (
  q: Questionnaire,
  store: Pick<Store, 'listAssessments' | 'listStakeholders' | 'listRetiredSubmissions'>,
  orgId: string,
  options: { limit: number; cursor: string | null },
): Promise<Portfolio> => {
  const page = await store.listAssessments(orgId, options);
  const items: PortfolioEntry[] = await Promise.all(
    page.items.map(async (a) => {
      const submissions = await submissionsOf(store, a.id);
      // The same results builder as the report: the same anonymity rules decide what shows.
      const { result, coverage: rate } = buildResults(q, a, submissions, null);
      const preliminary = isPreliminary({ coverage: rate, result });
      return {
        id: a.id,
        clientName: a.clientName,
        status: a.status,
        createdAt: a.createdAt,
        baselineId: a.baselineId,
        responseRate: rate.rate,
        submitted: rate.submitted,
        invited: rate.invited,
        overall: result?.maturity.overall ?? null,
        level: result?.maturity.level ?? null,
        needed: result?.pmo.needed ?? null,
        model: result?.pmo.model ?? null,
        sourcing: result?.pmo.sourcing ?? null,
        preliminary,
      };
    }),
  );
  const byClient = new Map<string, PortfolioEntry[]>();
  for (const item of items) {
    const key = item.clientName.trim().toLowerCase();
    byClient.set(key, [...(byClient.get(key) ?? []), item]);
  }
  const clients = [...byClient.values()].map((entries) => {
    const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return {
      clientName: (sorted.at(-1) as PortfolioEntry).clientName,
      trend: sorted.map((e) => ({ id: e.id, createdAt: e.createdAt, overall: e.overall })),
    };
  });
  return { items, clients, cursor: page.cursor };
};
