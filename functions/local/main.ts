import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { runReminders } from '../services/reminders';
import { DEFAULT_TABLE_NAME } from '../store/table';
import { composeLocalApp } from './compose';
import { adoptSharedDatabase, checkJava, startDynamoLocal } from './dynamodb-local';
import { allowedHosts, hostGuard, isLoopback } from './host-guard';
import { installSecret, randomAccessKey, randomSecret } from './install-secret';
import { startMailRelay } from './mail-relay';
import { filePassphraseBook } from './passphrase-file';
import { DEMO_CONSULTANT, DEMO_ORGANISATION, seedDemo } from './seed';
import { seedBenchmarkPeers } from './seed-benchmark';
import { signInThrottle } from './sign-in-throttle';
import { hostWeb } from './web-host';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const localPassword = process.env.LOCAL_PASSWORD || undefined;
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const webDir = resolve(process.env.WEB_DIR ?? 'web/dist');
const log = (line: string) => process.stdout.write(`${line}\n`);

// The AWS SDK warns that future releases will need Node 22; the product runs on Node 20.19+ today.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (!w.message.startsWith('NodeVersionSupportWarning')) console.warn(w);
});

const main = async () => {
  if (!isLoopback(host) && !localPassword) {
    log(
      `HOST=${host} would let other machines reach the product: set LOCAL_PASSWORD too, and PUBLIC_URL to the address they use.`,
    );
    process.exit(1);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Per-installation secrets, kept beside the data and readable by their owner only.
  const authSecret = installSecret(join(dataDir, 'local-auth-secret'), randomSecret);
  const accessKeyId = installSecret(join(dataDir, 'dynamodb-access-key'), randomAccessKey);
  let endpoint = process.env.DYNAMODB_ENDPOINT;
  let stopDynamo = async () => {};
  if (!endpoint) {
    const javaProblem = checkJava();
    if (javaProblem) {
      log(javaProblem);
      process.exit(1);
    }
    const dynamoDir = join(dataDir, 'dynamodb');
    mkdirSync(dynamoDir, { recursive: true, mode: 0o700 });
    adoptSharedDatabase(dynamoDir, accessKeyId);
    const dynamo = await startDynamoLocal({ dataDir: dynamoDir, accessKeyId });
    endpoint = dynamo.endpoint;
    stopDynamo = dynamo.stop;
  }
  const baseUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
  const local = await composeLocalApp({
    endpoint,
    accessKeyId,
    tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME,
    authSecret,
    publicBaseUrl: baseUrl,
    ...(localPassword
      ? { localPassword, passphrases: filePassphraseBook(join(dataDir, 'organisation-passphrases.json')) }
      : {}),
  });
  await seedBenchmarkPeers(local.store);
  const demoLink = await seedDemo(local.app, local.signIn);
  // On a LAN every organisation signs in with its own passphrase, the demo one too: made once,
  // kept beside the data (0600) and shown at start-up so the README's demo sign-in still works.
  let demoPassphrase: string | undefined;
  if (localPassword) {
    const file = join(dataDir, 'demo-passphrase');
    const known = existsSync(file);
    const passphrase = installSecret(file, randomSecret);
    if ((await local.setPassphrase(DEMO_ORGANISATION, passphrase)) || known) demoPassphrase = passphrase;
  }
  // The same reminder job that runs daily in AWS, hourly here; mail is relayed from the outbox.
  const stopRelay = startMailRelay(local.store);
  const reminders = setInterval(
    () => void runReminders({ store: local.store, now: () => new Date() }).catch(() => {}),
    3600_000,
  );
  reminders.unref();

  const server = new Hono();
  server.use(hostGuard(allowedHosts(port, baseUrl)));
  // Failed sign-ins slow down per client address (and, in the sign-in itself, per organisation name).
  if (localPassword)
    server.use(
      '/api/auth/local',
      signInThrottle((c) => getConnInfo(c).remote.address ?? 'unknown'),
    );
  server.route('/', local.app);
  if (!hostWeb(server, webDir, { passwordRequired: local.passwordRequired }))
    log(`No built web app in ${webDir}: run "npm run build:web" (npm start does it for you).`);

  const http = serve({ fetch: server.fetch, port, hostname: host }, () => {
    log(`PMO Blueprint is running at ${baseUrl}`);
    log(`  Consultant demo: sign in as ${DEMO_CONSULTANT}, organisation "${DEMO_ORGANISATION}"`);
    if (localPassword) {
      log(
        demoPassphrase
          ? `  Demo organisation's passphrase: ${demoPassphrase} (also in ${join(dataDir, 'demo-passphrase')})`
          : '  The demo organisation has a passphrase of its own, chosen by whoever claimed it.',
      );
      log(
        '  Each organisation signs in with its own passphrase. A new one: sign in with LOCAL_PASSWORD, then choose its passphrase.',
      );
    }
    // The demo link is never logged (no token in any log line): the consultant finds it in the workspace.
    if (demoLink)
      log('  A demo stakeholder was invited: re-issue their link in the workspace to try the questionnaire.');
    log(`  Data is kept in ${dataDir}. Press Ctrl-C to stop.`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    stopRelay();
    clearInterval(reminders);
    await new Promise<void>((ok) => http.close(() => ok()));
    await stopDynamo();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((e: unknown) => {
  log(`PMO Blueprint could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
