import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../../src/data/contract/indicator-schema';
import type { Measure } from '../../../src/domain/indicators';
import { checkIntegrity } from '../../../src/checks/check-integrity';

/**
 * The bundled file against the report it was transcribed from. The source side is always read from the text file,
 * never typed here, so a mistyped figure in public/data/indicators.json fails.
 */
const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const SOURCE = readFileSync('tests/fixtures/source-report-q2-2023-24.txt', 'utf8');
const LINES = SOURCE.split('\n');

// Each section's heading in the report and its table columns in order: [measure id, column of the figure or
// "x / y" fraction, column of the printed percentage beside a fraction]. Columns count from the first data cell.
type Column = [id: string, col: number, pctCol?: number];
const TABLES: [heading: string, sectionId: string, columns: Column[]][] = [
  ['REFERRALS: TIMELINESS', 'referrals-timeliness', [['csc-022', 0], ['csc-026', 1]]],
  ['REFERRALS: RE-REFERRALS', 'referrals-re-referrals', [['csc-034', 0], ['csc-032', 1], ['re-referrals-monthly-percent', 2]]],
  ['BUILDING STRONGER FAMILIES: OPEN EPISODES', 'building-stronger-families-open-episodes',
    [['bsf-children-open', 0], ['bsf-families-open', 1], ['external-agency-children-open', 2], ['external-agency-families-open', 3], ['bsf-children-percent', 4]]],
  ['EARLY HELP ASSESSMENTS: STARTED', 'early-help-assessments-started', [['csc-002', 0], ['eha-external-monthly', 1], ['eha-external-monthly-percent', 2], ['csc-001', 3]]],
  ['MISSING: EPISODES', 'missing-episodes', [['csc-215-episodes', 0], ['csc-215-children', 1], ['csc-246-episodes', 2], ['csc-246-children', 3],
    ['missing-cic-20-miles-episodes', 4], ['missing-cic-20-miles-children', 5]]],
  ['ASSESSMENTS', 'assessments', [['csc-037', 0], ['csc-036', 1], ['csc-035', 2]]],
  ['ASSESSMENTS: TIMELINESS', 'assessments-timeliness', [['csc-038', 0], ['csc-040', 1]]],
  ['SECTION 47 ENQUIRES: STARTED', 'section-47-enquiries-started', [['csc-166', 0], ['s47-children', 1], ['csc-164', 2], ['s47-rate-per-10k', 3]]],
  ['INITIAL CHILD PROTECTION CONFERENCES: TIMELINESS', 'initial-child-protection-conferences-timeliness', [['csc-178', 0, 1], ['csc-176', 2, 3]]],
  ['CHILD PROTECTION PLANS', 'child-protection-plans', [['csc-182', 0], ['csc-181', 1]]],
  ['CHILD PROTECTION PLANS: ALLOCATION & REVIEWS', 'child-protection-plans-allocation-reviews', [['csc-183', 0], ['csc-191a', 1, 2]]],
  ['CHILD PROTECTION PLAN: TIME PERIODS', 'child-protection-plan-time-periods', [['csc-186', 0, 1], ['csc-188', 2, 3], ['cp-plan-second-time-ever', 4, 5]]],
  ['CHILD PROTECTION: STATUTORY VISITS', 'child-protection-statutory-visits',
    [['csc-252a-10-days', 0], ['csc-252a-15-days', 1], ['csc-252b-10-days', 2], ['csc-252b-15-days', 3]]],
  ['CHILDREN IN CARE', 'children-in-care', [['csc-201', 0], ['csc-200', 1], ['cic-rate-per-10k', 2]]],
  ['CHILDREN IN CARE: COMING INTO CARE', 'children-in-care-coming-into-care', [['csc-209', 0], ['csc-208b', 1], ['cic-started-uasc', 2]]],
  ['CHILDREN IN CARE: CEASING CARE', 'children-in-care-ceasing-care', [['csc-212', 0], ['csc-211', 1], ['ceased-care-returned-home', 2], ['ceased-care-sgo-cao', 3],
    ['ceased-care-adopted', 4], ['ceased-care-care-leaver-18', 5], ['ceased-care-uasc-18', 6], ['ceased-care-other-under-18', 7]]],
  ['CHILDREN IN CARE: ALLOCATION & REVIEWS', 'children-in-care-allocation-reviews', [['csc-227', 0], ['csc-218', 1, 2]]],
  ['CHILDREN IN CARE: STATUTORY VISITS', 'children-in-care-statutory-visits', [['csc-260a', 0], ['csc-260b', 1]]],
  ['CHILDREN IN CARE: PLACEMENTS', 'children-in-care-placements', [['csc-228', 0], ['csc-229', 1], ['csc-230', 2]]],
  ['CHILDREN IN CARE: INITIAL HEALTH ASSESSMENTS', 'children-in-care-initial-health-assessments', [['iha-within-20-working-days', 0]]],
  ['CHILDREN IN CARE: HEALTH ASSESSMENTS', 'children-in-care-health-assessments', [['csc-250', 0], ['csc-250b', 1], ['cic-review-health-check-ytd', 2]]],
  ['CHILDREN IN CARE: DENTAL HEALTH ASSESSMENTS', 'children-in-care-dental-health-assessments', [['csc-251', 0], ['csc-251d', 1], ['cic-dental-check-ytd', 2]]],
  ['CARE LEAVERS', 'care-leavers', [['csc-286-accommodation', 0], ['csc-286-neet', 1], ['csc-294-accommodation', 2], ['csc-294-neet', 3]]],
];
const MONTH_LABELS = ['Apr-23', 'May-23', 'Jun-23', 'Jul-23', 'Aug-23', 'Sep-23', 'Oct-23', 'Nov-23', 'Dec-23', 'Jan-24', 'Feb-24', 'Mar-24'];
const MONTHS = ['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'];
const YEARS = ['2020/21', '2021/22', '2022/23', '2023/24'];

/** Data cells of the row labelled `label` (a month, a year or "Target") in the table under `heading`, or null. */
function sourceCells(heading: string, label: string): string[] | null {
  const start = LINES.indexOf(heading);
  const headings = TABLES.map(([h]) => h);
  const end = LINES.findIndex((line, i) => i > start && headings.includes(line));
  for (const line of LINES.slice(start, end < 0 ? undefined : end)) {
    const fields = line.split('\t');
    const at = fields.indexOf(label);
    // Usually "label column, period, data"; rows that lost the label column ("2021/22\t\t582") still start their
    // data at field 2, while rows shifted right ("\tAnnual Trend\t2020/21\t370") start after the period.
    if (at >= 0) return fields.slice(Math.max(at + 1, 2));
  }
  return null;
}

type Cell = { value: number | null; numerator?: number; denominator?: number } | 'lost';
function parseCell(raw: string | undefined): Cell {
  if (raw === undefined) return 'lost'; // the row is shorter than the table
  const fraction = /^(\d+) \/ (\d+)$/.exec(raw.trim());
  if (fraction) return { value: null, numerator: Number(fraction[1]), denominator: Number(fraction[2]) };
  const figure = raw.trim().replace(/,/g, '').replace(/%$/, '');
  return { value: /^\d+(\.\d+)?$/.test(figure) ? Number(figure) : null };
}

function expectedPoint(cells: string[], col: number, pctCol: number | undefined): Cell {
  const cell = parseCell(cells[col]);
  if (cell === 'lost' || cell.numerator === undefined) return cell;
  const pct = pctCol === undefined ? 'lost' : parseCell(cells[pctCol]);
  return { ...cell, value: pct === 'lost' ? null : pct.value };
}

const measureById = new Map(dataset.measures.map((m) => [m.id, m]));
function measure(id: string): Measure {
  const found = measureById.get(id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}
const hasFigure = (p: { value: number | null; numerator?: number | null }) => p.value !== null || p.numerator != null;
const issueFor = (id: string, period: string) => dataset.sourceIssues?.find((i) => i.measure === id && i.period === period);

describe('the bundled dataset (DBC Q2 2023/24)', () => {
  it('follows the lead\'s top-level conventions', () => {
    expect(dataset.authority.name).toBe('Darlington Borough Council');
    expect(dataset.reportingPeriod).toEqual({ financialYear: '2023/24', quarter: 2, asAt: '2023-09-30' });
  });

  it('has the 23 sections in report order, each with a definition and an analysis', () => {
    expect(dataset.sections.map((s) => s.id)).toEqual(TABLES.map(([, id]) => id));
    const positions = TABLES.map(([heading]) => LINES.indexOf(heading));
    expect(positions.every((p, i) => p > (positions[i - 1] ?? -1))).toBe(true);
    for (const section of dataset.sections) {
      expect(section.definition.length, section.id).toBeGreaterThan(0);
      expect(section.analysis.length, section.id).toBeGreaterThan(0);
    }
  });

  it('keeps the wording of every text block and no markup, bullets or separators', () => {
    const plainSource = SOURCE.replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/[•\u00a0]/g, ' ').replace(/\s+/g, ' ');
    const texts = dataset.sections.flatMap((s) => [...s.definition, ...s.analysis]).flatMap((b) => (b.type === 'list' ? b.items : [b.text]));
    for (const text of texts) {
      expect(text).not.toMatch(/<\/?[a-z][^>]*>|•|\u00a0|---|^- /i);
      expect(plainSource, text).toContain(text);
    }
    const everyString = JSON.stringify(dataset);
    expect(everyString).not.toMatch(/<\/?(p|ul|li|i|b|span)[ >]/i);
  });

  it('has one summary entry per topic paragraph of the Performance Summary, in order', () => {
    const summaryLines = LINES.slice(LINES.indexOf('Q2 2023-24 Performance Summary') + 1, LINES.indexOf('REFERRALS: TIMELINESS'));
    const topics = summaryLines.map((l) => /^([A-Z][^:]{2,40}): /.exec(l)?.[1]).filter((t) => t !== undefined);
    expect(dataset.summary?.map((e) => e.topic)).toEqual(topics);
    for (const entry of dataset.summary ?? [])
      for (const [i, paragraph] of entry.text.split('\n\n').entries())
        expect(summaryLines, entry.topic).toContain(i === 0 ? `${entry.topic}: ${paragraph}` : paragraph);
  });

  it('has a measure for every column of every table, and no other measures', () => {
    const mapped = TABLES.flatMap(([heading, sectionId, columns]) => {
      const width = sourceCells(heading, 'Apr-23')?.length ?? 0;
      const covered = new Set(columns.flatMap(([, col, pct]) => (pct === undefined ? [col] : [col, pct])));
      expect(covered.size, heading).toBe(width);
      for (const [id] of columns) expect(measure(id).section).toBe(sectionId);
      return columns.map(([id]) => id);
    });
    expect(mapped.sort()).toEqual(dataset.measures.map((m) => m.id).sort());
  });

  describe.each(TABLES)('%s: every cell matches the source text', (heading, _sectionId, columns) => {
    it.each(columns)('%s', (id, col, pctCol) => {
      const m = measure(id);
      expect(m.monthly.map((p) => p.month)).toEqual(MONTHS);
      expect(m.annual.map((p) => p.year)).toEqual(YEARS);
      const rows = [...MONTH_LABELS.map((label, i) => [label, m.monthly[i]!] as const), ...YEARS.map((year, i) => [year, m.annual[i]!] as const)];
      for (const [label, point] of rows) {
        const cells = sourceCells(heading, label);
        if (!cells) throw new Error(`no ${label} row under ${heading}`);
        const expected = expectedPoint(cells, col, pctCol);
        // The external EHA percentage takes its numerator and denominator from the counts beside it (tested below).
        const fromCounts = id === 'eha-external-monthly-percent';
        const actual = { value: point.value, numerator: fromCounts ? undefined : (point.numerator ?? undefined), denominator: fromCounts ? undefined : (point.denominator ?? undefined) };
        if (expected === 'lost') {
          // A shifted row too short to reach this column: null, explained in the notes and listed as a source issue.
          expect(point.value, `${id} ${label}`).toBeNull();
          expect(m.notes?.join(' ')).toContain(`Annual Trend ${label}`);
          expect(issueFor(id, label), `${id} ${label}`).toBeDefined();
        } else expect(actual, `${id} ${label}`).toEqual({ numerator: undefined, denominator: undefined, ...expected });
      }
      const target = sourceCells(heading, 'Target');
      const printed = target ? (expectedPoint(target, pctCol ?? col, undefined) as { value: number | null }).value : null;
      // A target the table does not print comes with its source, a sentence of the report that states it.
      if (printed === null && m.targetSource) expect(SOURCE.replace(/\s+/g, ' '), `${id} targetSource`).toContain(/"(.+)"/.exec(m.targetSource)?.[1]);
      else expect(m.target, `${id} target`).toBe(printed);
    });
  });

  it('leaves the months after September empty and gives every measure at least one figure', () => {
    for (const m of dataset.measures) {
      expect(m.monthly.slice(6).every((p) => !hasFigure(p)), m.id).toBe(true);
      expect([...m.monthly, ...m.annual].some(hasFigure), m.id).toBe(true);
    }
  });

  it('carries numerator and denominator for the external EHA percentage from the counts in the same row', () => {
    const [external, total, percent] = ['eha-external-monthly', 'csc-002', 'eha-external-monthly-percent'].map(measure);
    percent!.monthly.forEach((p, i) => {
      expect(p.numerator ?? null).toBe(external!.monthly[i]!.value);
      expect(p.denominator ?? null).toBe(total!.monthly[i]!.value);
    });
  });

  it('sums the months of every additive measure to its 2023/24 Annual Trend figure (blank months count as none)', () => {
    for (const m of dataset.measures.filter((x) => x.additive)) {
      const sum = m.monthly.reduce((total, p) => total + (p.value ?? 0), 0);
      expect(sum, m.id).toBe(m.annual.find((a) => a.year === '2023/24')?.value);
    }
  });

  it('passes every integrity check except the inconsistencies listed as source issues', () => {
    const unexplained = checkIntegrity(dataset).filter((f) => f.period === null || !issueFor(f.measureId, f.period));
    expect(unexplained).toEqual([]);
  });

  it('lists the same source issues in docs/source-inconsistencies.md', () => {
    const doc = readFileSync('docs/source-inconsistencies.md', 'utf8');
    const issues = dataset.sourceIssues ?? [];
    expect(doc.match(/^\d+\. /gm)?.length).toBe(issues.length);
    for (const issue of issues) expect(doc.replace(/\s+/g, ' '), issue.description).toContain(issue.description);
  });

  it('documents every measure in docs/bundled-dataset.md', () => {
    const doc = readFileSync('docs/bundled-dataset.md', 'utf8');
    for (const m of dataset.measures) expect(doc, m.id).toContain(`| ${m.id} |`);
  });
});
