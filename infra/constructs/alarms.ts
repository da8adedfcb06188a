// Alarms that page someone when the API is failing or slow, sent to one SNS topic. Each alarm is
// a standard-resolution metric alarm (~$0.10 a month); all treat missing data as fine, because a
// quiet night in a district is not an outage.
import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import type * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface ApiAlarmsProps {
  readonly fn: lambda.IFunction;
  readonly api: apigwv2.HttpApi;
  /** p99 above this for 15 minutes alarms; keep it well under the function timeout. */
  readonly p99Threshold: Duration;
  readonly email?: string;
}

export class ApiAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ApiAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, "Topic", { displayName: "gridnet alarms", enforceSSL: true });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

    const five = Duration.minutes(5);
    const add = (name: string, metric: cloudwatch.IMetric, threshold: number, evaluationPeriods: number, description: string) => {
      const alarm = new cloudwatch.Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(new actions.SnsAction(this.topic));
      alarm.addOkAction(new actions.SnsAction(this.topic));
      this.alarms.push(alarm);
    };

    // Resolver errors come back as GraphQL errors with status 200; a Lambda error is a crash.
    add("Errors", props.fn.metricErrors({ period: five, statistic: "Sum" }), 1, 1, "The GraphQL Lambda crashed or timed out.");
    add("Throttles", props.fn.metricThrottles({ period: five, statistic: "Sum" }), 1, 1, "The GraphQL Lambda hit its concurrency limit.");
    add(
      "P99Duration",
      props.fn.metricDuration({ period: five, statistic: "p99" }),
      props.p99Threshold.toMilliseconds(),
      3,
      `p99 duration above ${props.p99Threshold.toMilliseconds()} ms for 15 minutes.`,
    );
    add("Api5xx", props.api.metricServerError({ period: five, statistic: "Sum" }), 5, 1, "The HTTP API returned 5 or more 5xx in 5 minutes.");
  }
}
