/**
 * npm run bench:lighthouse: Lighthouse 12.2.3 on the production build, served by `vite preview`, in Debian's
 * Chromium, with the mobile preset (Lighthouse's default: Moto G Power, slow 4G, 4× CPU slowdown, simulated) and
 * the desktop preset. Runs each preset several times and prints the median run (by Performance score):
 * Performance, Accessibility and Best Practices scores, FCP, LCP and TBT, and what failed in each category.
 * Goals: mobile Performance >= 98 with FCP under 1.2 s and TBT under 100 ms, Accessibility 100, Best Practices 100;
 * desktop 100 for all three.
 *
 *   npm run bench:lighthouse [-- --no-build] [-- --runs=3] [-- --path=/measure/csc-022]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp, startPreview } from './lib/preview';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium-options';
import { describeLoad, describeMachine, today } from './lib/machine';
import { formatTable, writeResultsSection } from './lib/results';

const RUNS = Number(readArg('runs') ?? 3);
const PATH = readArg('path') ?? '/';
const REPORT_DIR = resolve('bench/out/lighthouse');
const PRESETS = [
  { name: 'mobile', args: [] as string[], goals: { performance: 98, accessibility: 100, 'best-practices': 100 }, fcpMs: 1200, tbtMs: 100 },
  { name: 'desktop', args: ['--preset=desktop'], goals: { performance: 100, accessibility: 100, 'best-practices': 100 }, fcpMs: Infinity, tbtMs: Infinity },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string; details?: { type?: string; overallSavingsMs?: number } };
type Lhr = {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runWarnings: string[];
};
type Summary = { preset: string; lhr: Lhr; scores: Record<(typeof CATEGORIES)[number], number>; fcp: number; lcp: number; tbt: number; cls: number; si: number };

async function main() {
  const load = describeLoad();
  const dist = buildApp();
  mkdirSync(REPORT_DIR, { recursive: true });
  const server = await startPreview(dist);
  const results: Summary[] = [];
  try {
    for (const preset of PRESETS) {
      const runs: Summary[] = [];
      for (let i = 1; i <= RUNS; i++) {
        console.error(`Lighthouse ${preset.name}, run ${i} of ${RUNS} ...`);
        runs.push(runLighthouse(`${server.url}${PATH}`, preset.name, preset.args, join(REPORT_DIR, `${preset.name}-${i}`)));
      }
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      results.push(runs[Math.floor(runs.length / 2)]!);
    }
  } finally {
    server.stop();
  }
  report(results, load);
}

function runLighthouse(url: string, preset: string, args: string[], outputPath: string): Summary {
  const result = spawnSync(
    'npx',
    ['lighthouse', url, ...args, `--only-categories=${CATEGORIES.join(',')}`, '--output=json', '--output=html', `--output-path=${outputPath}`, `--chrome-flags=${CHROME_FLAGS}`, '--quiet'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`lighthouse exited with status ${result.status}`);
  const lhr = JSON.parse(readFileSync(`${outputPath}.report.json`, 'utf8')) as Lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    preset,
    lhr,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
  };
}

function report(results: Summary[], load: string) {
  const ms = (v: number) => `${Math.round(v)} ms`;
  const rows = results.map((r) => {
    const preset = PRESETS.find((p) => p.name === r.preset)!;
    const { goals } = preset;
    const mark = (id: (typeof CATEGORIES)[number]) => `${r.scores[id]}${r.scores[id] >= goals[id] ? '' : ` (goal ${goals[id]})`}`;
    const under = (value: number, goal: number) => `${ms(value)}${value < goal ? '' : ` (goal < ${goal} ms)`}`;
    return [r.preset, mark('performance'), mark('accessibility'), mark('best-practices'), under(r.fcp, preset.fcpMs), ms(r.lcp), under(r.tbt, preset.tbtMs), r.cls.toFixed(3), ms(r.si)];
  });
  const table = formatTable(['preset', 'Performance', 'Accessibility', 'Best Practices', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'], rows);
  const findings = results.map((r) => `- ${r.preset}: ${describeFindings(r.lhr)}`).join('\n');
  const version = results[0]?.lhr.lighthouseVersion ?? '?';
  const warnings = [...new Set(results.flatMap((r) => r.lhr.runWarnings))];
  const body = [
    table,
    `What Lighthouse flagged (scored audits below full marks; opportunities of 50 ms or more):\n\n${findings}`,
    `Lighthouse ${version}, ${PATH} of the production build served by \`vite preview\` (gzip on the fly, no cache headers), ` +
      `median of ${RUNS} runs per preset by Performance score; simulated throttling (mobile: slow 4G, 4× CPU slowdown; desktop: ` +
      `the desktop preset's fast connection, no CPU slowdown). Full reports: bench/out/lighthouse/.` +
      (warnings.length ? `\n\nRun warnings: ${warnings.join(' / ')}` : ''),
  ].join('\n\n');
  console.log(body);
  writeResultsSection('bench:lighthouse', `## Lighthouse (\`npm run bench:lighthouse\`)\n\n${today()}, ${describeMachine()}; ${load}.\n\n${body}`);
}

function describeFindings(lhr: Lhr): string {
  const items: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
      if (ref.weight === 0) continue; // shown in the report, but does not count towards the score
      items.push(`${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  for (const audit of Object.values(lhr.audits)) {
    const savings = audit.details?.overallSavingsMs;
    if (audit.details?.type === 'opportunity' && savings && savings >= 50) items.push(`opportunity: ${audit.title} (about ${Math.round(savings)} ms)`);
  }
  return items.length ? items.join('; ') : 'nothing';
}

function readArg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
