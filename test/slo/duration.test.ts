import fc from 'fast-check';
import { formatDuration, humanDuration, parseDuration, SloDefinitionError } from '../../src/slo';

test('parse and format Prometheus durations', () => {
  expect(parseDuration('5m')).toBe(300);
  expect(parseDuration('1h30m')).toBe(5400);
  expect(parseDuration('3d')).toBe(259200);
  expect(parseDuration(42)).toBe(42);
  expect(formatDuration(300)).toBe('5m');
  expect(formatDuration(86400)).toBe('1d');
  expect(formatDuration(5400)).toBe('1h30m');
  expect(humanDuration(51.84)).toBe('52s');
  expect(humanDuration(Infinity)).toBe('never');
  expect(humanDuration(3.6 * 3600)).toBe('3.6 h');
});

test.each(['', '5', 'm5', '5 m', '-5m', '0m', '1y'])('rejects %p', (bad) => {
  expect(() => parseDuration(bad)).toThrow(SloDefinitionError);
});

test('format then parse is the identity on whole seconds', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 400 * 86400 }), (s) => expect(parseDuration(formatDuration(s))).toBe(s)));
});
