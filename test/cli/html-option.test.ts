import { main } from '../../src/cli/main';
import { fixture } from './run-cli';

/** `--html OUT` takes a file name; without one it is a usage error (exit 2), before anything is loaded or written. */
test.each([
  [['report', fixture('report'), '--html'], '--html needs a file name for report'],
  [['report', fixture('report'), '--html', '--format', 'text'], '--html needs a file name for report'],
  [['error-budget', 'slos.yaml', '--html='], '--html needs a file name for error-budget'],
  [['check', fixture('report'), '--html', 'x.html'], 'unknown option "--html"'],
])('%j exits 2: %s', (argv, message) => {
  let err = '';
  expect(main(argv, { out: () => undefined, err: (t) => (err += t) })).toBe(2);
  expect(err).toContain(message);
});
