import type { PmoScope, PmoService, RaciRow, SourcingId } from '../../contract/result';
import { type EngineKey, english, msg, type Say } from '../say';
import type { Situation } from '../situation';
import type { ServiceId } from './catalogue';

/**
 * Who does what for each service the office offers: one row per service chosen, named as the
 * result names it (its supportive form included), never a row for a service it does not offer
 * (rounds 11 and 13: rows followed the degree of control, not the services). The office (its team,
 * or the provider) is responsible; accountability never leaves the organisation.
 */
interface Rule {
  accountable: 'lead' | 'sponsor' | 'board';
  consulted: readonly EngineKey[];
  informed: readonly EngineKey[];
}

const RULES: Readonly<Record<Exclude<ServiceId, 'office-lead'>, Rule>> = {
  'status-reporting': {
    accountable: 'lead',
    consulted: ['party.projectManagers'],
    informed: ['party.leadership'],
  },
  'programme-controls': {
    accountable: 'lead',
    consulted: ['party.controllers', 'party.projectManagers'],
    informed: ['party.leadership'],
  },
  'portfolio-controls': {
    accountable: 'lead',
    consulted: ['party.controllers', 'party.projectManagers'],
    informed: ['party.leadership'],
  },
  'push-management': {
    accountable: 'sponsor',
    consulted: ['party.projectManagers', 'party.lineManagement'],
    informed: ['party.leadership'],
  },
  'portfolio-prioritisation': {
    accountable: 'board',
    consulted: ['party.lineManagement', 'party.controllers'],
    informed: ['party.projectManagers'],
  },
  'lean-portfolio': {
    accountable: 'board',
    consulted: ['party.lineManagement', 'party.projectManagers'],
    informed: ['party.teamMembers'],
  },
  'capacity-planning': {
    accountable: 'board',
    consulted: ['party.lineManagement', 'party.projectManagers'],
    informed: ['party.teamMembers'],
  },
  standards: {
    accountable: 'lead',
    consulted: ['party.projectManagers', 'party.teamMembers'],
    informed: ['party.lineManagement'],
  },
  coaching: { accountable: 'lead', consulted: ['party.lineManagement'], informed: ['party.projectManagers'] },
  assurance: { accountable: 'sponsor', consulted: ['party.projectManagers'], informed: ['party.leadership'] },
  'benefits-tracking': {
    accountable: 'sponsor',
    consulted: ['party.controllers', 'party.projectManagers'],
    informed: ['party.leadership'],
  },
  tooling: {
    accountable: 'lead',
    consulted: ['party.projectManagers', 'party.teamMembers'],
    informed: ['party.lineManagement'],
  },
  'hub-coordination': {
    accountable: 'lead',
    consulted: ['party.lineManagement'],
    informed: ['party.leadership'],
  },
  'project-coordination': {
    accountable: 'lead',
    consulted: ['party.projectManagers'],
    informed: ['party.leadership'],
  },
};

const REGULATORY: Rule = {
  accountable: 'sponsor',
  consulted: ['party.controllers', 'party.compliance'],
  informed: ['party.externalAuditor'],
};

export const raciFor = (
  services: readonly Pick<PmoService, 'id' | 'name'>[],
  sourcing: SourcingId,
  scope: PmoScope,
  s: Situation,
  say: Say = english,
  mixedForGood = false,
): RaciRow[] => {
  const responsible = say(
    msg(
      (
        {
          internal: 'party.pmoTeam',
          hybrid: mixedForGood ? 'party.ownCoreAndSpecialists' : 'party.outsideThenInternal',
          outsourced: 'party.pmoProvider',
        } as const
      )[sourcing],
    ),
  );
  const sponsor = say(msg(scope === 'programme' ? 'party.programmeSponsor' : 'party.executiveSponsor'));
  const accountable = {
    lead: sourcing === 'outsourced' ? sponsor : say(msg('party.pmoLead')),
    sponsor,
    board: say(msg('party.portfolioBoard')),
  };
  const row = (service: string, r: Rule): RaciRow => ({
    service,
    responsible,
    accountable: accountable[r.accountable],
    consulted: r.consulted.map((p) => say(msg(p))),
    informed: r.informed.map((p) => say(msg(p))),
  });
  return [
    ...services
      .filter((x) => x.id !== 'office-lead')
      .map((x) => row(x.name, RULES[x.id as keyof typeof RULES])),
    ...(s.regulated ? [row(say(msg('raci.service.regulatoryAssuranceAndAuditTrail')), REGULATORY)] : []),
  ];
};
