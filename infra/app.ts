import { resolve } from 'node:path';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PmoBlueprintStack } from './stacks/pmo-blueprint-stack';

const app = new App();
const mailFrom = app.node.tryGetContext('mailFrom') ?? 'no-reply@example.com';
const publicUrl = app.node.tryGetContext('publicUrl');

new PmoBlueprintStack(app, 'PmoBlueprint', {
  description: 'PMO Blueprint: maturity assessment, PMO recommendation and rollout planning',
  mailFrom,
  ...(publicUrl ? { publicUrl } : {}),
  webAssetsPath: resolve('web/dist'),
  apiEntry: resolve('functions/lambda/api-handler.ts'),
  remindersEntry: resolve('functions/lambda/reminders-handler.ts'),
  mailerEntry: resolve('functions/lambda/mailer-handler.ts'),
  waf: app.node.tryGetContext('waf') === 'true' || app.node.tryGetContext('waf') === true,
  ...(app.node.tryGetContext('webAclArn') ? { webAclArn: app.node.tryGetContext('webAclArn') } : {}),
});
Tags.of(app).add('application', 'pmo-blueprint');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
