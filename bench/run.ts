import { startDynamoLocal } from '../functions/local/dynamodb-local';
import { benchApiInProcess } from './api-in-process';
import { benchDynamoRequests } from './dynamo-requests';
import { benchEngine } from './engine';
import { benchHttp } from './http';
import { benchLambda } from './lambda';
import { benchReadingTime } from './reading-time';
import { benchWeb } from './web';

// The AWS SDK's notice about future Node versions is noise in a benchmark report.
process.removeAllListeners('warning');

/** Runs every benchmark and prints Markdown; `npm run bench > docs/benchmarks-latest.md` records a run. */
const main = async () => {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  // A comparison, not a figure of the product: run only when named.
  const named = (name: string) => only.includes(name);
  const dynamo =
    want('dynamo') || want('http') || want('lambda') || only.some((name) => name.startsWith('lambda-'))
      ? await startDynamoLocal()
      : null;
  const sections: [string, () => Promise<string>][] = [
    ['engine', benchEngine],
    ['time', benchReadingTime],
    ['api', benchApiInProcess],
    ['lambda', () => benchLambda(['deployed'], dynamo?.endpoint)],
    ['lambda-compare', () => benchLambda(['deployed', 'runtime-sdk', 'full-credentials'], dynamo?.endpoint)],
    ['lambda-runtime-sdk', () => benchLambda(['deployed', 'runtime-sdk'], dynamo?.endpoint)],
    ['web', benchWeb],
    ['dynamo', () => benchDynamoRequests(dynamo?.endpoint ?? '')],
    ['http', () => benchHttp(dynamo?.endpoint ?? '')],
  ];
  console.log(
    `## PMO Blueprint benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch})\n`,
  );
  try {
    for (const [name, fn] of sections)
      if (name.startsWith('lambda-') ? named(name) : want(name)) console.log(`${await fn()}\n`);
  } finally {
    await dynamo?.stop();
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
