import { AssertionError } from 'node:assert';
import { Testing } from 'cdktf';

Testing.setupJest();

/**
 * cdktf records where every token was created (Lazy, Intrinsic, the computed lists: `captureStackTrace` on a plain
 * object, at unlimited depth) for its error messages; constructs does the same for metadata. Under jest each frame
 * of those traces went through jest's source-map formatter (`Error.prepareStackTrace` of the worker), which was a
 * third of the CPU of the synthesis-heavy test files (measured: test/aws/chaos/chaos-drill.test.ts, 8 of 30 s in
 * @jest/source-map). Those captures are no errors: their first 10 frames (V8's default depth, where the token was
 * made) are kept, unmapped, in V8's own format, as the library prints them outside jest. Errors (`[object Error]`, from any realm) still get jest's source-mapped stack, so a
 * failing test points at the TypeScript line as before.
 */
const hostError = Object.getPrototypeOf(AssertionError) as ErrorConstructor;
Error.prepareStackTrace = (error: unknown, frames: NodeJS.CallSite[]): unknown => {
  if (Object.prototype.toString.call(error) !== '[object Error]') {
    return `Error${frames.slice(0, 10).map((frame) => `\n    at ${frame}`).join('')}`;
  }
  const host = hostError.prepareStackTrace;
  if (typeof host === 'function') return host(error as Error, frames);
  const e = error as Error;
  return `${e.name ?? 'Error'}: ${e.message ?? ''}${frames.map((frame) => `\n    at ${frame}`).join('')}`;
};
