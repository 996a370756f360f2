/**
 * Reliability check of the real local product (`npm run reliability`), too long for `npm test`:
 * 1. load with integrity: 300 stakeholders autosave 50 answers each in random order, with retries,
 *    over HTTP against the local server and DynamoDB Local; every acknowledged answer must be
 *    stored exactly once, and the results must equal a recomputation from the raw answers;
 * 2. durability: the server (and DynamoDB Local with it) is killed with SIGKILL in the middle of a
 *    load, restarted on the same data, and every acknowledged answer must still be there.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../functions/local/dynamodb-local';
import { prng } from '../../functions/local/prng';
import { CONTEXT } from '../integration/fixtures';
import { runAutosaveLoad, type StakeholderLedger } from './autosave-load';

const log = (line: string) => process.stdout.write(`${line}\n`);

const startServer = async (port: number, dataDir: string): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, WEB_DIR: join(dataDir, 'no-web') },
    detached: true, // its own process group, so SIGKILL takes DynamoDB Local down with it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('server did not start in 60 s')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('is running at')) {
        clearTimeout(timer);
        ok();
      }
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
};

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid) process.kill(-child.pid, signal);
};

const main = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pmo-reliability-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(port, dataDir);
  const json = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, json: (await res.json().catch(() => undefined)) as any };
  };
  /** A stakeholder's browser: the invite token and the device key it was given, in headers. */
  const devices = new Map<string, string>();
  const respond = async (method: string, path: string, invite: string, body?: unknown) => {
    const key = devices.get(invite);
    const res = await fetch(base + path, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-invite-token': invite,
        ...(key ? { 'x-device-key': key } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const out = { status: res.status, json: (await res.json().catch(() => undefined)) as any };
    if (typeof out.json?.deviceKey === 'string') devices.set(invite, out.json.deviceKey);
    return out;
  };
  const send = (token: string, body: unknown) => respond('PUT', '/api/response', token, body);
  const { json: signIn } = await json('POST', '/api/auth/local', {
    email: 'load@reliability.test',
    organisation: 'Reliability',
  });
  const consultant = signIn.token as string;
  const invites = async (count: number) => {
    const a = await json(
      'POST',
      '/api/assessments',
      { clientName: `Load ${count}`, context: CONTEXT },
      consultant,
    );
    const tokens: string[] = [];
    for (let i = 0; i < count; i++) {
      const inv = await json(
        'POST',
        `/api/assessments/${a.json.id}/stakeholders`,
        { role: i % 3 ? 'team-member' : 'project-manager' },
        consultant,
      );
      const token = inv.json.inviteUrl.split('#').pop();
      // The browser's first save binds the link (version 2) before the load starts.
      await respond('PUT', '/api/response', token, {});
      tokens.push(token);
    }
    return { id: a.json.id as string, tokens };
  };
  const check = async (ledgers: Map<string, StakeholderLedger>, exactVersion: boolean) => {
    let answers = 0;
    const raw = [];
    for (const [token, ledger] of ledgers) {
      const saved = (await respond('GET', '/api/response', token)).json;
      for (const [q, v] of Object.entries(ledger.expected)) {
        const ok =
          saved.answers[q] === v ||
          (ledger.inFlight?.question === q && saved.answers[q] === ledger.inFlight.value);
        if (!ok) throw new Error(`lost answer ${q}=${v} of a stakeholder (stored: ${saved.answers[q]})`);
        answers++;
      }
      if (exactVersion && saved.version !== 2 + ledger.acknowledged) {
        throw new Error(`a save applied ${saved.version - 2 - ledger.acknowledged} extra time(s)`);
      }
      raw.push(saved.answers);
    }
    return { answers, raw };
  };

  try {
    // 1. Load with integrity.
    const first = await invites(300);
    let t = performance.now();
    const ledgers = await runAutosaveLoad(send, {
      tokens: first.tokens,
      savesPerStakeholder: 50,
      concurrency: 32,
      lostAckRate: 0.05,
      random: prng(1),
    });
    const seconds = (performance.now() - t) / 1000;
    const acknowledged = [...ledgers.values()].reduce((n, l) => n + l.acknowledged, 0);
    const retries = [...ledgers.values()].reduce((n, l) => n + l.retries, 0);
    const { answers, raw } = await check(ledgers, true);
    for (const token of first.tokens) await respond('POST', '/api/response/submit', token, {});
    const results = await json('GET', `/api/assessments/${first.id}/results`, undefined, consultant);
    // The exact recomputation under the anonymity rules is test/integration/load-integrity.test.ts;
    // here every submission must be published (300 is a whole number of batches of 3).
    if (results.json.disclosure?.published !== raw.length || !results.json.result)
      throw new Error('results do not count every submission');
    log(
      `load: ${acknowledged} acknowledged saves from 300 stakeholders in ${seconds.toFixed(1)} s (${Math.round(acknowledged / seconds)}/s), ${retries} retries; ${answers} distinct answers verified; every submission is published`,
    );

    // 2. Durability: SIGKILL in the middle of a load.
    const second = await invites(100);
    let killed = false;
    t = performance.now();
    const load = runAutosaveLoad(send, {
      tokens: second.tokens,
      savesPerStakeholder: 50,
      concurrency: 16,
      lostAckRate: 0,
      random: prng(2),
      stop: () => killed,
    });
    await new Promise((r) => setTimeout(r, 4000));
    killGroup(server, 'SIGKILL');
    killed = true;
    const cut = await load;
    const before = [...cut.values()].reduce((n, l) => n + l.acknowledged, 0);
    log(
      `durability: server and DynamoDB Local killed with SIGKILL after ${((performance.now() - t) / 1000).toFixed(1)} s and ${before} acknowledged saves`,
    );
    server = await startServer(port, dataDir);
    const survived = await check(cut, false);
    log(`durability: after restart all ${survived.answers} acknowledged answers are there`);
  } finally {
    killGroup(server, 'SIGTERM');
  }
  // 3. The long runs `npm test` samples: every page at both phone widths in every language, the
  //    brief and the heatmap printed in every language and state, more generated sequences for
  //    the anonymity properties, and every property's full count of cases (test/support/sample.ts).
  log('full matrices: page widths, print, two worlds, fuzzing, sensitivity, trace');
  const full = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      'test/e2e/page-width.test.ts',
      'test/e2e/print.test.ts',
      'test/integration/two-worlds.test.ts',
      'test/integration/fuzz.test.ts',
      'test/integration/trace.test.ts',
      // Every unit and engine property at its full count of cases (`npm test` runs a sample).
      'test/unit',
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        PMO_FULL_MATRIX: '1',
        TWO_WORLDS_RUNS: '20',
        FUZZ_RUNS: '10000',
        TRACE_RUNS: '20',
        SENSITIVITY_RUNS: '40',
      },
    },
  );
  if (full.status !== 0) throw new Error('the full matrices failed');
  log('RELIABILITY OK');
};

main().catch((e) => {
  log(`RELIABILITY FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
