import { InvalidPropError } from '../../src/core/errors';

/** Runs `build` and expects an {@link InvalidPropError} (not a TypeError or a framework error) whose message holds `message`. */
export function expectInvalidProp(build: () => unknown, message: string): void {
  let err: unknown;
  try {
    build();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InvalidPropError);
  expect((err as Error).message).toContain(message);
}
