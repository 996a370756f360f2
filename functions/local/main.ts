import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { outboxMailer } from '../api/outbox-mailer';
import { runReminders } from '../reminders/run-reminders';
import { DEFAULT_TABLE_NAME } from '../store/table';
import { composeLocalApp } from './compose';
import { checkJava, startDynamoLocal } from './dynamodb-local';
import { DEMO_CONSULTANT, DEMO_ORGANISATION, seedDemo } from './seed';
import { hostWeb } from './web-host';

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const webDir = resolve(process.env.WEB_DIR ?? 'web/dist');
const log = (line: string) => process.stdout.write(`${line}\n`);

// The AWS SDK warns that future releases will need Node 22; the product runs on Node 20.19+ today.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (!w.message.startsWith('NodeVersionSupportWarning')) console.warn(w);
});

/** A per-installation secret for local sign-in tokens, kept beside the data. */
const localSecret = (): string => {
  const file = join(dataDir, 'local-auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
};

const main = async () => {
  mkdirSync(dataDir, { recursive: true });
  let endpoint = process.env.DYNAMODB_ENDPOINT;
  let stopDynamo = async () => {};
  if (!endpoint) {
    const javaProblem = checkJava();
    if (javaProblem) {
      log(javaProblem);
      process.exit(1);
    }
    const dynamo = await startDynamoLocal({ dataDir: join(dataDir, 'dynamodb') });
    endpoint = dynamo.endpoint;
    stopDynamo = dynamo.stop;
  }
  const baseUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
  const local = await composeLocalApp({
    endpoint,
    tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME,
    authSecret: localSecret(),
    publicBaseUrl: baseUrl,
  });
  const demoLink = await seedDemo(local.app, local.signIn);
  // The same reminder job that runs daily in AWS, hourly here; mail lands in the outbox.
  const reminders = setInterval(
    () =>
      void runReminders({
        store: local.store,
        mailer: outboxMailer(local.store, () => new Date()),
        now: () => new Date(),
      }).catch(() => {}),
    3600_000,
  );
  reminders.unref();

  const server = new Hono();
  server.route('/', local.app);
  if (!hostWeb(server, webDir))
    log(`No built web app in ${webDir}: run "npm run build:web" (npm start does it for you).`);

  const http = serve({ fetch: server.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, () => {
    log(`PMO Blueprint is running at ${baseUrl}`);
    log(`  Consultant demo: sign in as ${DEMO_CONSULTANT}, organisation "${DEMO_ORGANISATION}"`);
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
