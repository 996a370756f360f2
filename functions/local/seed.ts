import type { Hono } from 'hono';
import type { StakeholderRole } from '../contract/answers';
import { QUESTIONNAIRE } from '../core';
import { prng } from './prng';

export const DEMO_ORGANISATION = 'Demo Consulting';
export const DEMO_CONSULTANT = 'demo@pmo-blueprint.local';

/** How each dimension really stands at the demo client, on the 1–5 scale. */
const TRUTH: Record<string, number> = {
  standards: 2.2,
  governance: 2.6,
  portfolio: 1.8,
  resources: 1.5,
  reporting: 2.4,
  'risk-control': 2.1,
  competencies: 2.8,
  tools: 2.5,
  lifecycle: 2.0,
  stakeholders: 2.9,
};

/** Executives see the organisation rosier than the people doing the work; controllers are hard on reporting. */
const ROLE_BIAS: Record<StakeholderRole, (dimension: string) => number> = {
  executive: (d) => (d === 'portfolio' || d === 'governance' ? 1.4 : 0.8),
  management: () => 0.4,
  'project-manager': (d) => (d === 'resources' ? -0.5 : -0.3),
  controller: (d) => (d === 'reporting' ? -0.9 : 0),
  'team-member': (d) => (d === 'stakeholders' ? -0.6 : -0.4),
  other: () => 0,
};

const answersFor = (role: StakeholderRole, random: () => number, share = 1) => {
  const answers: Record<string, number | 'dont-know' | 'n/a'> = {};
  for (const d of QUESTIONNAIRE.dimensions) {
    for (const q of d.questions) {
      if (random() > share) continue;
      if (random() < 0.05) {
        answers[q.id] = 'dont-know';
        continue;
      }
      const value = (TRUTH[d.id] ?? 2.5) + ROLE_BIAS[role](d.id) + (random() - 0.5) * 1.6;
      answers[q.id] = Math.min(5, Math.max(1, Math.round(value)));
    }
  }
  return answers;
};

const PEOPLE: [StakeholderRole, string][] = [
  ['executive', 'Helen Marsh'],
  ['executive', 'Omar Siddiqui'],
  ['executive', 'Laura Bianchi'],
  ['management', 'Tom Becker'],
  ['management', 'Priya Nair'],
  ['management', 'Jonas Berg'],
  ['project-manager', 'Sofia Alves'],
  ['project-manager', 'Daniel Okafor'],
  ['project-manager', 'Mei Chen'],
  ['project-manager', 'Lukas Novak'],
  ['controller', 'Anna Kowalski'],
  ['controller', 'Ruth Jensen'],
  ['team-member', 'Carlos Ruiz'],
  ['team-member', 'Fatima Haddad'],
  ['team-member', 'Ben Taylor'],
  ['other', 'Grace Liu'],
];

const EXPECTATIONS: Record<StakeholderRole, string[]> = {
  executive: ['status-reporting', 'prioritisation', 'project-authorisation'],
  management: ['resource-allocation', 'status-reporting'],
  'project-manager': ['standards', 'coaching', 'tooling'],
  controller: ['single-source', 'assurance'],
  'team-member': ['resource-allocation', 'tooling'],
  other: ['risk-support'],
};

const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@northwind.example`;

interface SeedReply {
  id: string;
  inviteUrl: string;
  items: unknown[];
}

/**
 * Seeds the demo organisation through the API itself, so the data obeys every rule a user's
 * would: one finished assessment with 16 stakeholders and one still collecting answers.
 * Returns a stakeholder link of the open assessment, or null when the demo exists already.
 */
export const seedDemo = async (
  app: Hono,
  signIn: (email: string, organisation: string) => Promise<string>,
) => {
  const token = await signIn(DEMO_CONSULTANT, DEMO_ORGANISATION);
  /** A consultant call, or a stakeholder's when an invite token is given. */
  const call = async (method: string, path: string, body?: unknown, invite?: string) => {
    const res = await app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(invite ? { 'x-invite-token': invite } : { authorization: `Bearer ${token}` }),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok)
      throw new Error(`seeding failed: ${method} ${path} answered ${res.status} ${await res.text()}`);
    return (res.status === 204 ? {} : await res.json()) as SeedReply;
  };
  const existing = await call('GET', '/api/assessments?limit=1');
  if (existing.items.length > 0) return null;
  // The demo firm signs its reports and invitations, so the demo shows what a stakeholder sees.
  await call('PUT', '/api/branding', { firmName: DEMO_ORGANISATION, accent: '#1a4fa0' });
  const random = prng(20261121);
  const context = {
    employees: 850,
    concurrentProjects: 24,
    projectManagers: 9,
    pmExpertise: 'basic',
    urgency: 'high',
    controlAppetite: 'medium',
    resourceContention: 'high',
    horizon: 'lasting',
  };

  const finished = await call('POST', '/api/assessments', {
    clientName: 'Northwind Logistics',
    context,
    dueDate: '2026-10-30',
  });
  for (const [role, name] of PEOPLE) {
    const invite = await call('POST', `/api/assessments/${finished.id}/stakeholders`, {
      role,
      name,
      email: email(name),
    });
    const link = invite.inviteUrl.split('#').pop();
    await call(
      'POST',
      '/api/response/submit',
      { answers: answersFor(role, random), expectations: EXPECTATIONS[role] },
      link,
    );
  }
  await call('PATCH', `/api/assessments/${finished.id}`, { status: 'closed' });
  // The client agreed to join the anonymous benchmark; closed, so its scores are added once.
  await call('PUT', `/api/assessments/${finished.id}/benchmark`, {
    consent: true,
    industry: 'logistics',
    sizeBand: '250-999',
  });
  // Leadership's targets for the next year, so the report shows the gap and orders the quick wins by it.
  await call('PUT', `/api/assessments/${finished.id}/targets`, {
    dimensions: { resources: 3, portfolio: 3, standards: 3, reporting: 3, 'risk-control': 3 },
    date: '2027-10-31',
  });

  const open = await call('POST', '/api/assessments', {
    clientName: 'Contoso Health',
    context: {
      ...context,
      employees: 2400,
      concurrentProjects: 40,
      controlAppetite: 'high',
      urgency: 'medium',
    },
    dueDate: '2026-12-18',
  });
  let demoLink: string | null = null;
  for (const [i, [role, name]] of PEOPLE.slice(0, 10).entries()) {
    const invite = await call('POST', `/api/assessments/${open.id}/stakeholders`, {
      role,
      name,
      email: email(name).replace('northwind', 'contoso'),
    });
    const link = invite.inviteUrl.split('#').pop();
    if (i < 4)
      await call(
        'POST',
        '/api/response/submit',
        { answers: answersFor(role, random), expectations: EXPECTATIONS[role] },
        link,
      );
    else if (i < 7) await call('PUT', '/api/response', { answers: answersFor(role, random, 0.4) }, link);
    else demoLink = invite.inviteUrl;
  }
  return demoLink;
};
