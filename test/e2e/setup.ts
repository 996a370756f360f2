import type { TestProject } from 'vitest/node';
import dynamoSetup from '../support/dynamodb-local';
import browserSetup from './browser-server';
import buildWeb from './build-web';

/**
 * The end-to-end run's three set-ups side by side, not one after another: DynamoDB Local (a JVM
 * starting), the web build (Vite) and Chromium use different processes, and each waits for its own.
 */
export default async function setup(project: TestProject) {
  const [stopDynamo, stopBrowser] = await Promise.all([
    dynamoSetup(project),
    browserSetup(project),
    buildWeb(),
  ]);
  return async () => {
    await Promise.all([stopBrowser(), stopDynamo()]);
  };
}
