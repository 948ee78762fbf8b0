import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as workerThreads from 'node:worker_threads';

/** What one run of the provider-schema checker said: its exit code and its output. */
export interface CheckerRun {
  readonly status: number;
  readonly output: string;
}

interface Channel {
  readonly worker: workerThreads.Worker;
  readonly requests: workerThreads.MessagePort;
  readonly replies: workerThreads.MessagePort;
  readonly done: Int32Array;
  broken?: boolean;
}

/** Where the channel lives: on a Node core module, which jest shares between the test files one of its workers runs (a test file's own module state is not). */
const HOLDER = workerThreads as unknown as Record<symbol, Channel | undefined>;
const KEY = Symbol.for('cdktf-reliability.tf-validate-worker');
/** A check takes well under a second; past this the worker is taken for dead and the run falls back to a process. */
const TIMEOUT_MS = 120_000;

function channel(checker: string): Channel {
  const existing = HOLDER[KEY];
  if (existing && !existing.broken) return existing;
  const flag = new SharedArrayBuffer(4);
  const requests = new workerThreads.MessageChannel();
  const replies = new workerThreads.MessageChannel();
  const worker = new workerThreads.Worker(path.join(__dirname, 'tf-validate-worker.mjs'), {
    workerData: { checker, flag, requests: requests.port2, replies: replies.port2 },
    transferList: [requests.port2, replies.port2],
    stdout: false,
    stderr: false,
  });
  // Neither the thread nor the ports keep a jest worker alive once its tests are done.
  worker.unref();
  requests.port1.unref();
  replies.port1.unref();
  const created: Channel = { worker, requests: requests.port1, replies: replies.port1, done: new Int32Array(flag) };
  HOLDER[KEY] = created;
  return created;
}

/**
 * Runs `node checker ...args` and returns its exit code and output. The checker runs in a worker thread that
 * outlives the test file (one per jest worker; see tf-validate-worker.mjs), which parses the schemas once;
 * `TF_VALIDATE_PROCESS=1`, or a worker that fails, runs it as a process of its own as before.
 */
export function runChecker(checker: string, args: readonly string[]): CheckerRun {
  if (process.env.TF_VALIDATE_PROCESS !== '1') {
    const c = channel(checker);
    Atomics.store(c.done, 0, 0);
    c.requests.postMessage([...args]);
    const waited = Atomics.wait(c.done, 0, 0, TIMEOUT_MS);
    const reply = workerThreads.receiveMessageOnPort(c.replies)?.message as CheckerRun | undefined;
    if (waited !== 'timed-out' && reply !== undefined && reply.status !== -1) return reply;
    c.broken = true;
    void c.worker.terminate();
  }
  try {
    return { status: 0, output: execFileSync(process.execPath, [checker, ...args], { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 }) };
  } catch (e: any) {
    return { status: typeof e.status === 'number' ? e.status : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || String(e) };
  }
}
