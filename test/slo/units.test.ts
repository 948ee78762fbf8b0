import fc from 'fast-check';
import { fitTable, wrapParagraph } from '../../src/core/text-layout';
import { parseDuration } from '../../src/slo/duration';
import { reportDuration, reportDurationText } from '../../src/slo/units';

// Issue 24: the report wrote `36h`, `36 h` and `2 d`, and an objective written `48h` as `2d`; now one format.
test.each([
  [0, '0s'],
  [0.4, '0.4s'],
  [51.84, '52s'],
  [59.7, '1m'],
  [300, '5m'],
  [518.4, '8.6m'],
  [3599.9, '1h'],
  [3.6 * 3600, '3.6h'],
  [24 * 3600, '24h'],
  [36 * 3600, '36h'],
  [48 * 3600, '48h'],
  [50.4 * 3600, '2.1d'],
  [30 * 86400, '30d'],
  [Infinity, 'never'],
])('reportDuration(%p) is %p', (seconds, text) => {
  expect(reportDuration(seconds)).toBe(text);
});

test('an objective written 48h reads 48h, a period written 4w reads 28d, text that is no duration is kept', () => {
  expect(reportDurationText('48h')).toBe('48h');
  expect(reportDurationText('2d')).toBe('48h');
  expect(reportDurationText('4w')).toBe('28d');
  expect(reportDurationText('1h30m')).toBe('1.5h');
  expect(reportDurationText('all (no copy)')).toBe('all (no copy)');
  expect(() => reportDuration(-1)).toThrow('must be a number of seconds, 0 or more');
});

test('every duration reads back within its rounding: one number, one unit, no space', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 400 * 86400 }), (s) => {
      const text = reportDuration(s);
      expect(text).toMatch(/^\d+(\.\d)?[smhd]$/);
      const unit = { s: 1, m: 60, h: 3600, d: 86400 }[text.slice(-1) as 's' | 'm' | 'h' | 'd'];
      expect(Math.abs(Number(text.slice(0, -1)) * unit - s)).toBeLessThanOrEqual(0.05 * unit + 0.5);
      if (text.endsWith('d')) expect(s).toBeGreaterThan(48 * 3600);
      expect(parseDuration(`${Math.round(s)}s`)).toBe(Math.round(s));
    }),
  );
});

describe('fitTable', () => {
  const header = ['Resource', 'Multi-AZ', 'Native backups', 'Deletion protection'];
  const rows = [
    ['aws_s3_bucket.documents_replica-bucket_FDA3D6BF', 'yes', 'yes', 'no'],
    ['aws_dynamodb_table.orders_table_46E4A621', 'no', 'yes', 'yes'],
  ];

  test('keeps natural widths when they fit, and every line within the width when they do not', () => {
    expect(fitTable(header, rows, 200).split('\n')[2]).toBe('aws_s3_bucket.documents_replica-bucket_FDA3D6BF  yes       yes             no');
    for (const width of [40, 60, 80, 100]) {
      const lines = fitTable(header, rows, width).split('\n');
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
      // Nothing is cut: every character of every cell and header is still there.
      const count = (xs: readonly string[]): number => xs.join('').replace(/[\s-]/g, '').length;
      expect(count(lines)).toBe(count([...header, ...rows.flat()]));
    }
  });

  test('headers wrap at words before a cell wraps', () => {
    const lines = fitTable(header, rows, 90).split('\n');
    expect(lines[0]).toMatch(/^Resource +Multi-AZ +Native backups +Deletion$/);
    expect(lines[1].trim()).toBe('protection');
    expect(lines.some((l) => l.startsWith('aws_s3_bucket.documents_replica-bucket_FDA3D6BF '))).toBe(true);
  });

  test('wrapParagraph indents every line and keeps to the width', () => {
    const text = wrapParagraph('word '.repeat(60).trim(), 30, '  ');
    for (const l of text.split('\n')) expect(l).toMatch(/^ {2}\S.{0,27}$/);
  });
});
