import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AppFunction } from './app-function';

export interface ObservabilityProps {
  httpApi: HttpApi;
  functions: AppFunction[];
  /** Each dead-letter queue by the alarm that watches it. */
  deadLetters: Record<string, Queue>;
}

/** Alarms on what users would notice (API 5xx, function errors and throttles, failed reminder runs) and a dashboard. */
export class Observability extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.alarmTopic = new Topic(this, 'Alarms', {
      enforceSSL: true,
      masterKey: new Key(this, 'AlarmsKey', {
        enableKeyRotation: true,
        description: 'Encrypts PMO Blueprint alarm notifications',
      }),
    });
    const action = new SnsAction(this.alarmTopic);
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const a = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      this.alarms.push(a);
      return a;
    };
    const period = Duration.minutes(5);
    alarm(
      'Api5xx',
      props.httpApi.metricServerError({ period }),
      5,
      'The API answered 5 or more server errors in 5 minutes.',
    );
    for (const fn of props.functions) {
      const name = fn.node.scope?.node.id ?? fn.node.id;
      alarm(`${name}Errors`, fn.metricErrors({ period }), 1, `${name}: the function failed.`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period }), 1, `${name}: invocations were throttled.`);
    }
    for (const [name, queue] of Object.entries(props.deadLetters)) {
      alarm(
        name,
        queue.metricApproximateNumberOfMessagesVisible({ period }),
        1,
        `${name}: work failed after its retries and is waiting in the dead-letter queue.`,
      );
    }

    new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new GraphWidget({
            title: 'API requests and errors',
            left: [
              props.httpApi.metricCount({ period }),
              props.httpApi.metricClientError({ period }),
              props.httpApi.metricServerError({ period }),
            ],
          }),
          new GraphWidget({
            title: 'API latency (p99)',
            left: [props.httpApi.metricLatency({ period, statistic: 'p99' })],
          }),
        ],
        props.functions.map(
          (fn) =>
            new GraphWidget({
              title: `${fn.node.scope?.node.id ?? fn.node.id}: duration, errors, throttles`,
              left: [fn.metricDuration({ period, statistic: 'p99' })],
              right: [fn.metricErrors({ period }), fn.metricThrottles({ period })],
            }),
        ),
      ],
    });
  }
}
