import * as fs from 'node:fs';
import * as path from 'node:path';
import { S3_RTC_MINUTES } from '../../src/aws/storage/bucket-replication';
import { DYNAMODB_CUSTOMER_MANAGED_KEY } from '../../src/checks/rules/dynamodb';
import { S3_REPLICATION_RULES } from '../../src/checks/rules/s3-replication';
import { FIGURES } from '../../src/recovery/figures';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'backups.md'), 'utf8');
const section = doc.slice(doc.indexOf('## DynamoDB tables and S3 buckets'));
const row = (start: string) => section.split('\n').find((l) => l.startsWith(start));

test('the data section of docs/backups.md is there, after the marker was replaced', () => {
  expect(section.length).toBeGreaterThan(1000);
  expect(doc).not.toContain('<!-- data constructs');
});

test('it states the figures the storage constructs report, from the one figures table', () => {
  expect(section).toContain(`\`FIGURES.dynamodbPitr\` (${FIGURES.dynamodbPitr.seconds / 60} min)`);
  expect(section).toContain(`\`FIGURES.dynamodbGlobalTableLag\` (${FIGURES.dynamodbGlobalTableLag.seconds} s)`);
  expect(section).toContain(`\`FIGURES.s3ReplicationRtc\` (${FIGURES.s3ReplicationRtc.seconds / 60} min)`);
  expect(section).toContain(`above ${FIGURES.s3ReplicationRtc.seconds} s (the RTC threshold)`);
  expect(section.replace(/\s+/g, ' ')).toContain(`Replication Time Control and replication metrics at ${S3_RTC_MINUTES} minutes`);
});

test('it lists the storage rules of the pack with their severity', () => {
  for (const r of [DYNAMODB_CUSTOMER_MANAGED_KEY, ...S3_REPLICATION_RULES]) expect(row(`| ${r.id} |`)).toMatch(new RegExp(`^\\| ${r.id} \\| ${r.severity} \\|`));
});
