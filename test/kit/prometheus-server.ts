/**
 * A real Prometheus server for a test file (Debian's `prometheus` package, as
 * .ci/run installs it), its TSDB backfilled with `promtool tsdb
 * create-blocks-from openmetrics` (Prometheus docs, "Storage": backfilling
 * writes blocks into the data directory the server then opens). Guard the
 * suite with `describeWithPromtool` (test/kubernetes/promtool.ts).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { tempDir } from '../harness';

/** A port nothing listens on (the OS picks it; closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`prometheus exited ${server.exitCode}: ${log()}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`prometheus not ready: ${log()}`);
}

/** A running server: its base URL, its working directory, and how to stop it (removing the directory). */
export interface PrometheusServer {
  readonly url: string;
  readonly dir: string;
  stop(): Promise<void>;
}

/** Backfills the OpenMetrics text (ending with `# EOF`) and starts a server on it; resolves once it is ready. */
export async function startPrometheus(openMetrics: string): Promise<PrometheusServer> {
  const dir = tempDir('prometheus-');
  const data = path.join(dir, 'data');
  fs.writeFileSync(path.join(dir, 'series.om'), openMetrics);
  // Blocks go straight into the server's --storage.tsdb.path; they end before the (empty) head starts.
  const backfill = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', path.join(dir, 'series.om'), data], { encoding: 'utf8' });
  if (backfill.status !== 0) throw new Error(`promtool backfill failed: ${backfill.stderr}`);
  fs.writeFileSync(path.join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\nscrape_configs: []\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let stderr = '';
  // Retention counts back from the newest block: a long one keeps the backfilled past (the default is 15d).
  const server = spawn(
    'prometheus',
    [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=3650d', '--log.level=warn'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  server.stderr?.on('data', (d) => (stderr += String(d)));
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, server, () => stderr);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, dir, stop };
}
