import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoStore } from '../../functions/store/dynamo-store';
import type { DynamoAction, StoreMethod } from '../../functions/store/permissions';
import type { MailRecord } from '../../functions/store/records';
import { assessment, NOW, stakeholder } from './store-records';

const invite = { tokenHash: 'h2', orgId: 'acme', assessmentId: 'a1', stakeholderId: 's1', createdAt: NOW };
const mail: MailRecord = {
  id: 'm1',
  orgId: 'acme',
  assessmentId: 'a1',
  stakeholderId: 's1',
  to: 'x@client.test',
  subject: 's',
  body: 'b {link}',
  link: 'https://pmo.test/respond#t',
  status: 'queued',
  createdAt: NOW,
  sentAt: null,
};

const retired = {
  id: 'r1',
  assessmentId: 'a1',
  role: 'executive' as const,
  answers: { 'std-method': 3 as const },
  expectations: [],
  submittedAt: NOW,
};

const shareLink = {
  id: 'l1',
  orgId: 'acme',
  assessmentId: 'a1',
  tokenHash: 'h1',
  label: null,
  createdBy: 'c',
  createdAt: NOW,
  expiresOn: NOW,
  revokedAt: null,
  views: 0,
  lastViewedAt: null,
};
const contribution = {
  industry: 'energy',
  sizeBand: '250-999',
  bins: { standards: 4 },
  tenant: 'f00d',
  epoch: 0,
} as const;

const evidence = {
  id: 'e1',
  assessmentId: 'a1',
  dimension: 'standards',
  document: 'Minutes',
  link: null,
  observation: 'o',
  level: 2,
  createdAt: NOW,
  createdBy: 'c',
  updatedAt: NOW,
};

/** One call of every store method: the compiler refuses a method missing here. */
const CALLS: { [M in StoreMethod]: (s: DynamoStore) => Promise<unknown> } = {
  createAssessment: (s) => s.createAssessment(assessment),
  getAssessment: (s) => s.getAssessment('acme', 'a1'),
  listAssessments: (s) => s.listAssessments('acme', { limit: 5 }),
  updateAssessment: (s) => s.updateAssessment(assessment, { clientName: 'x' }, NOW),
  listOpenAssessments: (s) => s.listOpenAssessments(10),
  addStakeholder: (s) => s.addStakeholder(stakeholder, invite, mail),
  listStakeholders: (s) => s.listStakeholders('a1'),
  listStakeholderProgress: (s) => s.listStakeholderProgress('a1'),
  getStakeholder: (s) => s.getStakeholder('a1', 's1'),
  removeStakeholder: (s) => s.removeStakeholder(stakeholder, { ...retired }),
  revokeInvite: (s) => s.revokeInvite(stakeholder, NOW),
  reissueInvite: (s) => s.reissueInvite(stakeholder, invite, NOW, { ...retired }, mail),
  markContested: (s) => s.markContested('a1', 's1', 'h1', NOW),
  queueReminder: (s) =>
    s.queueReminder({
      orgId: 'acme',
      assessmentId: 'a1',
      now: NOW,
      since: NOW,
      dailyCap: 10,
      mail,
    }),
  findInvite: (s) => s.findInvite('h1'),
  getResponseContext: (s) => s.getResponseContext('acme', 'a1', 's1'),
  saveResponse: (s) =>
    s.saveResponse('acme', 'a1', 's1', { answers: { 'std-method': 1 }, tokenHash: 'h1' }, NOW),
  listRetiredSubmissions: (s) => s.listRetiredSubmissions('a1'),
  startDeviceTransfer: (s) => s.startDeviceTransfer('a1', 's1', 'h1', 'd1', 'c1', NOW),
  redeemDeviceTransfer: (s) => s.redeemDeviceTransfer('a1', 's1', 'h1', 'c1', 'd2', NOW),
  listMail: (s) => s.listMail('acme', 10),
  listQueuedMail: (s) => s.listQueuedMail(10),
  markMailSent: (s) => s.markMailSent(mail, NOW),
  getOrganisationByName: (s) => s.getOrganisationByName('acme'),
  registerOrganisation: (s) =>
    s.registerOrganisation({ id: 'o1', name: 'Acme', normalisedName: 'acme', createdAt: NOW }),

  // Personal data lifecycle.
  listClosedAssessments: (s) => s.listClosedAssessments(NOW, 10),
  getPrivacySettings: (s) => s.getPrivacySettings('acme'),
  putPrivacySettings: (s) =>
    s.putPrivacySettings({ orgId: 'acme', retentionDays: 90, updatedAt: NOW, updatedBy: 'c' }),
  eraseStakeholder: (s) => s.eraseStakeholder({ ...stakeholder, submittedAt: NOW }, { ...retired }, NOW),
  erasePersonalData: (s) => s.erasePersonalData({ ...assessment, status: 'closed', closedAt: NOW }, NOW),
  scrubMail: (s) => s.scrubMail('acme', { stakeholderIds: ['s1'], emails: ['x@client.test'] }, NOW),
  recordAccess: (s) =>
    s.recordAccess({ id: 'e1', assessmentId: 'a1', at: NOW, actor: 'c', action: 'exported', detail: 'x' }),
  listAccessLog: (s) => s.listAccessLog('a1', 200),

  // Share links, branding, targets and the benchmark (issue 13).
  createShareLink: (s) => s.createShareLink(shareLink),
  listShareLinks: (s) => s.listShareLinks('a1'),
  getShareLink: (s) => s.getShareLink('a1', 'l1'),
  revokeShareLink: (s) => s.revokeShareLink(shareLink, NOW),
  findShareLink: (s) => s.findShareLink('h1'),
  recordShareView: (s) => s.recordShareView('a1', 'l1', 'h1', NOW),
  getBranding: (s) => s.getBranding('acme'),
  putBranding: (s) =>
    s.putBranding({ orgId: 'acme', firmName: 'F', accent: '#1d4ed8', logo: null, updatedAt: NOW }),
  getTargets: (s) => s.getTargets('a1'),
  putTargets: (s) =>
    s.putTargets({ assessmentId: 'a1', dimensions: {}, date: null, updatedAt: NOW, updatedBy: 'c' }),
  getBenchmarkConsent: (s) => s.getBenchmarkConsent('a1'),
  saveBenchmarkConsent: (s) =>
    s.saveBenchmarkConsent({
      assessmentId: 'a1',
      consent: true,
      industry: 'energy',
      sizeBand: '250-999',
      updatedAt: NOW,
    }),
  contributeToBenchmark: (s) => s.contributeToBenchmark('a1', contribution),
  withdrawFromBenchmark: (s) => s.withdrawFromBenchmark('a1', contribution, 1),
  getBenchmarkCell: (s) => s.getBenchmarkCell('energy', '250-999'),
  publishBenchmark: (s) =>
    s.publishBenchmark('energy', '250-999', { epoch: 0, rev: 5 }, [
      { tenant: 'f00d', live: { contributions: 5, histograms: { standards: { 4: 5 } } } },
    ]),
  addBenchmarkPeer: (s) => s.addBenchmarkPeer('energy', '250-999', 'f00d', { standards: 4 }),

  // The evidence register, the workshop's agreed levels and their audit trail.
  listEvidence: (s) => s.listEvidence('a1'),
  putEvidence: (s) => s.putEvidence(evidence, 'create'),
  deleteEvidence: (s) => s.deleteEvidence('a1', 'e1'),
  getCalibration: (s) => s.getCalibration('a1'),
  saveCalibration: (s) =>
    s.saveCalibration({ assessmentId: 'a1', version: 2, dimensions: {} }, 1, [
      {
        id: 'x1',
        assessmentId: 'a1',
        at: NOW,
        by: 'c',
        dimension: 'standards',
        field: 'level',
        from: null,
        to: 2,
        why: 'w',
      },
    ]),
  listCalibrationAudit: (s) => s.listCalibrationAudit('a1'),
};

/** The IAM action of a command, and of each item of a transaction. */
const actionsOf = (command: object): string[] => {
  const name = command.constructor.name.replace(/Command$/, '');
  if (name === 'TransactWrite') {
    const items = (command as { input: TransactWriteCommandInput }).input.TransactItems ?? [];
    return items.flatMap((item) =>
      Object.keys(item).map((kind) =>
        kind === 'ConditionCheck' ? 'dynamodb:ConditionCheckItem' : `dynamodb:${kind}Item`,
      ),
    );
  }
  return [name === 'Query' || name === 'Scan' ? `dynamodb:${name}` : `dynamodb:${name}Item`];
};

/**
 * Calls every store method against a mocked DynamoDB, once where every command succeeds and
 * once where every write is refused (so the error paths' reads are seen too), and records the
 * IAM actions of the commands each method really sent.
 */
export const recordStoreActions = async (): Promise<Record<StoreMethod, Set<DynamoAction>>> => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const store = new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 'table');
  const recorded = {} as Record<StoreMethod, Set<DynamoAction>>;
  const batch = {
    Responses: {
      table: [
        { ...assessment, pk: 'ORG#acme', sk: 'ASSESSMENT#a1' },
        { ...stakeholder, pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' },
      ],
    },
  };
  const scenarios = [
    () => {
      ddb.onAnyCommand().resolves({});
      ddb.on(GetCommand).resolves({ Item: { ...assessment } });
      ddb.on(UpdateCommand).resolves({ Attributes: assessment });
      ddb.on(BatchGetCommand).resolves(batch);
    },
    () => {
      const refused = new TransactionCanceledException({
        message: 'refused',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }],
      });
      ddb.onAnyCommand().rejects(refused);
      ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));
      ddb.on(GetCommand).resolves({ Item: { ...assessment } });
      ddb.on(BatchGetCommand).resolves(batch);
    },
  ];
  for (const [method, call] of Object.entries(CALLS) as [
    StoreMethod,
    (s: DynamoStore) => Promise<unknown>,
  ][]) {
    recorded[method] = new Set();
    for (const arrange of scenarios) {
      ddb.reset();
      arrange();
      await call(store).catch(() => {});
      for (const c of ddb.calls())
        for (const a of actionsOf(c.args[0])) recorded[method].add(a as DynamoAction);
    }
  }
  ddb.restore();
  return recorded;
};
