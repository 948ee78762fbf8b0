import { checkStack } from '../../src/checks/check';
import { formatFindings, markdownTable, textTable } from '../../src/checks/format';
import { formatReport, reportStack } from '../../src/checks/report';
import { fixture } from './fixtures';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformJsonStack } from '../../src/checks/stack';

test('text tables pad every column but the last', () => {
  expect(textTable(['A', 'BB'], [['xyz', 'long message'], ['q', 'm']])).toBe(['A    BB', '---  ------------', 'xyz  long message', 'q    m'].join('\n'));
});

test('markdown cells escape pipes and newlines', () => {
  expect(markdownTable(['a'], [['x | y\nz']])).toBe('| a |\n|---|\n| x \\| y z |');
});

test('findings as a table, JSON and markdown (snapshots of the formats)', () => {
  const results = [checkStack(fixture('alb', 'fail')), checkStack(fixture('sns', 'pass'))];
  expect(formatFindings(results, 'table')).toMatchSnapshot();
  expect(formatFindings(results, 'markdown')).toMatchSnapshot();
  expect(JSON.parse(formatFindings(results, 'json'))).toMatchObject({ errors: 3, warnings: 3, stacks: [{ stack: 'alb-fail' }, { stack: 'sns-pass', findings: [] }] });
});

test('report as text and markdown (snapshots of the formats)', () => {
  const json = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'report', 'cdk.tf.json'), 'utf8'));
  const report = reportStack(TerraformJsonStack.fromJson(json, 'orders'));
  expect(formatReport([report], 'text')).toMatchSnapshot();
  expect(formatReport([report], 'markdown')).toMatchSnapshot();
});
