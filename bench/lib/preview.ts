import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** Where the benchmarks build the app: their own folder, so they never race `npm run build` or the e2e tests. */
export const BENCH_DIST = resolve('bench/out/dist');

/** Builds the production app into bench/out/dist unless `--no-build` is given and a build is already there. */
export function buildApp(args: readonly string[] = process.argv.slice(2)): string {
  if (args.includes('--no-build') && existsSync(resolve(BENCH_DIST, 'index.html'))) return BENCH_DIST;
  console.error(`Building the app into ${BENCH_DIST} ...`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', BENCH_DIST, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
  return BENCH_DIST;
}

/** A free TCP port chosen by the OS, never the 4173/4500 that the e2e tests and other engineers use. */
export async function findFreePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== 4173 && port !== 4500 && port !== 0) return port;
  }
}

export type PreviewServer = { url: string; stop: () => void };

/**
 * `vite preview` of a build on a port of its own, in its own process group: stopping it kills npx, node and
 * vite together (killing only the npx PID would leave vite serving).
 */
export async function startPreview(outDir: string = BENCH_DIST): Promise<PreviewServer> {
  const port = await findFreePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let stopped = false;
  const stop = () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with status ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}
