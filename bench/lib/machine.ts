import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium-options';

/** One line naming the machine, for the results: CPU, cores, memory, Node and Chromium versions. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM`;
  let chromium = 'Chromium (version unknown)';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // keep the fallback
  }
  return `${cpu}, ${cpus().length} cores, ${memory}, ${readOs()}, Node ${process.version}, ${chromium}`;
}

/** A load average over the core count warns that other work on the machine may have slowed the figures. */
export function describeLoad(): string {
  try {
    const [one] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    const busy = Number(one) > cpus().length ? ` (${BUSY_NOTE})` : '';
    return `load average ${one} on ${cpus().length} cores at start${busy}`;
  } catch {
    return 'load average unknown';
  }
}

export const BUSY_NOTE = 'a busy machine: other work was running, so these figures are slower than on a quiet one and should be measured again';

function readOs(): string {
  try {
    const line = readFileSync('/etc/os-release', 'utf8').split('\n').find((l) => l.startsWith('PRETTY_NAME='));
    return line ? line.slice('PRETTY_NAME='.length).replace(/"/g, '') : process.platform;
  } catch {
    return process.platform;
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
