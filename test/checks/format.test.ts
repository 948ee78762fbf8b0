import { checkStack } from '../../src/checks/check';
import * as fc from 'fast-check';
import { formatFindings, markdownTable, textTable, wrapText } from '../../src/checks/format';
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
  expect(JSON.parse(formatFindings(results, 'json'))).toMatchObject({ errors: 3, warnings: 3, suppressed: 0, stacks: [{ stack: 'alb-fail' }, { stack: 'sns-pass', findings: [] }] });
});

test('report as text and markdown (snapshots of the formats)', () => {
  const json = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'report', 'cdk.tf.json'), 'utf8'));
  const report = reportStack(TerraformJsonStack.fromJson(json, 'orders'));
  expect(formatReport([report], 'text')).toMatchSnapshot();
  expect(formatReport([report], 'markdown')).toMatchSnapshot();
});

describe('wrapText', () => {
  test('breaks at spaces, then after separators inside long words, never losing a character', () => {
    expect(wrapText('multi_az is false: the database lives in one zone', 20)).toEqual(['multi_az is false:', 'the database lives', 'in one zone']);
    expect(wrapText('stack/a-very-long-construct/path/of/the/database/cluster', 20)).toEqual(['stack/a-very-long-', 'construct/path/of/', 'the/database/cluster']);
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });

  test('property: no line is longer than the width and every non-space character is kept, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '/', '.', '-', '_', 'x'), maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (text, width) => {
        const lines = wrapText(text, width);
        expect(lines.every((l) => l.length <= width)).toBe(true);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });
});

test('the terminal table keeps every line within the width', () => {
  const results = [checkStack(fixture('instances', 'fail')), checkStack(fixture('kubernetes', 'fail'))];
  for (const width of [60, 80, 100]) {
    const text = formatFindings(results, 'table', { width });
    expect(text.split('\n').filter((l) => l.length > width)).toEqual([]);
  }
});
