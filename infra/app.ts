import { resolve } from 'node:path';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PmoBlueprintStack } from './stacks/pmo-blueprint-stack';

const app = new App();
const mailFrom = app.node.tryGetContext('mailFrom') ?? 'no-reply@example.com';
const domainName = app.node.tryGetContext('domainName');
const certificateArn = app.node.tryGetContext('certificateArn');
const publicUrl = app.node.tryGetContext('publicUrl') ?? (domainName ? `https://${domainName}` : undefined);
const flag = (name: string) =>
  app.node.tryGetContext(name) === 'true' || app.node.tryGetContext(name) === true;
const originSecretVersion = app.node.tryGetContext('originSecretVersion');

new PmoBlueprintStack(app, 'PmoBlueprint', {
  description: 'PMO Blueprint: maturity assessment, PMO recommendation and rollout planning',
  mailFrom,
  ...(publicUrl ? { publicUrl } : {}),
  webAssetsPath: resolve('web/dist'),
  apiEntry: resolve('functions/lambda/api-handler.ts'),
  remindersEntry: resolve('functions/lambda/reminders-handler.ts'),
  mailerEntry: resolve('functions/lambda/mailer-handler.ts'),
  waf: flag('waf'),
  ...(app.node.tryGetContext('webAclArn') ? { webAclArn: app.node.tryGetContext('webAclArn') } : {}),
  ...(domainName ? { domainName } : {}),
  ...(certificateArn ? { certificateArn } : {}),
  ...(originSecretVersion ? { originSecretVersion } : {}),
  refreshTokenRotation: flag('refreshTokenRotation'),
});
Tags.of(app).add('application', 'pmo-blueprint');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
