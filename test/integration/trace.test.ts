import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedSubmissions } from '../../functions/services/respondents';
import { CONTEXT } from './fixtures';
import { harness, tokenOf } from './harness';

/**
 * Trace: whatever a consultant does, answering links themselves included (submit, re-issue, submit
 * again, revoke, remove), the counts the client sees account for every submission that counts:
 * each belongs to an invitation listed to the client (live, revoked or removed), no invitation
 * counts twice, and the published count never exceeds the invitations made.
 */

type Step =
  | { kind: 'invite'; role: 'executive' | 'project-manager' | 'controller' }
  | { kind: 'answer' | 'submit' | 'reissue' | 'revoke' | 'remove'; who: number }
  | { kind: 'close' | 'reopen' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('invite' as const),
      role: fc.constantFrom('executive' as const, 'project-manager' as const, 'controller' as const),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'answer' as const,
        'submit' as const,
        'reissue' as const,
        'revoke' as const,
        'remove' as const,
      ),
      who: fc.nat(20),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('close' as const, 'reopen' as const) }) },
);

describe('trace', () => {
  it('every counted submission belongs to one listed invitation, and none counts twice', {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 4 }),
        fc.array(step, { minLength: 8, maxLength: 30 }),
        async (k, steps) => {
          const h = await harness();
          const token = await h.signIn();
          const call = (method: string, path: string, body?: unknown) => h.call(method, path, body, token);
          const created = await call('POST', '/api/assessments', {
            clientName: 'Contoso',
            context: CONTEXT,
            minGroupSize: k,
          });
          const id = created.json.id as string;
          const links: { sid: string; token: string }[] = [];
          const invite = async (role: string) => {
            const res = await call('POST', `/api/assessments/${id}/stakeholders`, { role });
            if (res.status === 201) links.push({ sid: res.json.id, token: tokenOf(res.json.inviteUrl) });
          };
          for (let i = 0; i < k; i++) await invite('project-manager');
          for (const s of steps) {
            const link = 'who' in s ? links[s.who % links.length] : undefined;
            if (s.kind === 'invite') await invite(s.role);
            else if (s.kind === 'close' || s.kind === 'reopen')
              await call('PATCH', `/api/assessments/${id}`, {
                status: s.kind === 'close' ? 'closed' : 'open',
              });
            else if (link && s.kind === 'answer')
              await h.respond('PUT', link.token, { answers: { 'std-method': 4 } });
            else if (link && s.kind === 'submit')
              await h.respond('SUBMIT', link.token, { answers: { 'std-method': 2 } });
            else if (link && s.kind === 'reissue') {
              const res = await call('POST', `/api/assessments/${id}/stakeholders/${link.sid}/reissue`);
              if (res.status === 200) link.token = tokenOf(res.json.inviteUrl);
            } else if (link && s.kind === 'revoke')
              await call('POST', `/api/assessments/${id}/stakeholders/${link.sid}/revoke`);
            else if (link && s.kind === 'remove')
              await call('DELETE', `/api/assessments/${id}/stakeholders/${link.sid}`);

            const listed = (await call('GET', `/api/assessments/${id}/stakeholders`)).json.items as {
              id: string;
            }[];
            const results = (await call('GET', `/api/assessments/${id}/results`)).json;
            const stored = {
              stakeholders: await h.store.listStakeholders(id),
              retired: await h.store.listRetiredSubmissions(id),
            };
            const counted = countedSubmissions(stored);
            const owners = counted.map((c) => c.invitation);
            const listedIds = new Set(listed.map((x) => x.id));
            for (const owner of owners) expect(owner !== null && listedIds.has(owner)).toBe(true);
            expect(new Set(owners).size).toBe(owners.length);
            const set = results.respondentSet;
            expect(set.invitations).toBe(listed.length);
            expect(set.submissions).toBe(Math.floor(counted.length / k) * k);
            expect(set.submissions).toBeLessThanOrEqual(set.invitations);
          }
        },
      ),
      { numRuns: Number(process.env.TRACE_RUNS ?? 4), seed: 181 },
    );
  });
});
