import { FisExperimentTemplateExperimentReportConfiguration } from '@cdktf/provider-aws/lib/fis-experiment-template';
import { literal } from '../../../core/user-text';
import type { DrillReport } from '../chaos-drill';
import { DrillLocation, PolicyStatement } from '../drill-plan';

/** The experiment template's report configuration (its fields passed the report spec); the prefix is user text, escaped. */
export function drillReportConfiguration(report: DrillReport | undefined, name: string): FisExperimentTemplateExperimentReportConfiguration | undefined {
  if (report === undefined) return undefined;
  return {
    outputs: { s3Configuration: { bucketName: report.bucketName, prefix: literal(report.prefix ?? name) } },
    dataSources: report.dashboardArn ? { cloudwatchDashboard: [{ dashboardArn: report.dashboardArn }] } : undefined,
    preExperimentDuration: `PT${report.preExperimentMinutes ?? 20}M`,
    postExperimentDuration: `PT${report.postExperimentMinutes ?? 20}M`,
  };
}

/** What the experiment role needs to write the report and read the dashboard it includes. */
export function reportStatements(report: FisExperimentTemplateExperimentReportConfiguration | undefined, loc: DrillLocation): PolicyStatement[] {
  if (!report) return [];
  const s3 = report.outputs!.s3Configuration!;
  const statements: PolicyStatement[] = [{ Sid: 'WriteTheReport', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: `arn:${loc.partition}:s3:::${s3.bucketName}/${s3.prefix}/*` }];
  const dashboards = (report.dataSources as { cloudwatchDashboard?: { dashboardArn?: string }[] } | undefined)?.cloudwatchDashboard ?? [];
  if (dashboards.length) {
    statements.push({ Sid: 'ReadTheDashboard', Effect: 'Allow', Action: ['cloudwatch:GetDashboard'], Resource: dashboards.map((d) => d.dashboardArn!) });
    statements.push({ Sid: 'RenderDashboardWidgets', Effect: 'Allow', Action: ['cloudwatch:GetMetricWidgetImage'], Resource: '*' });
  }
  return statements;
}
