import type { Dataset } from '../../domain/indicators';
import { DATA_CHECK_KINDS, type DataCheckFinding, type DataCheckKind } from '../../checks/check-data-quality';
import { parsePeriodKey } from '../../domain/period';

/** Everything the Data checks screen shows, grouped by measure and labelled: the components only lay it out. */

export type DataCheckRow = {
  key: string;
  /** "Warning · Year to date vs sum of months" */
  kindText: string;
  period: string;
  message: string;
  quote: string | null;
  /** Where to see it: the measure at the period concerned (a month or quarter the dashboard shows); null without a measure. */
  link: { measureId: string; period: string | undefined; text: string } | null;
};

export type DataCheckMeasureGroup = {
  key: string;
  /** The measure's code and title, or the section's title for findings about its text alone. */
  heading: string;
  /** The section, under the heading of a measure. */
  section: string | null;
  rows: DataCheckRow[];
};

export type DataChecksView = {
  warningCount: number;
  infoCount: number;
  /** Every kind with at least one finding, for the filter, with its count. */
  kinds: { kind: DataCheckKind; label: string; count: number }[];
  /** The findings to show (all, or the kind chosen), one group per measure in the report's order. */
  groups: DataCheckMeasureGroup[];
};

export type KindFilter = DataCheckKind | 'all';

export function buildDataChecksView(dataset: Dataset, findings: readonly DataCheckFinding[], filter: KindFilter): DataChecksView {
  const measureOrder = new Map(dataset.measures.map((m, i) => [m.id, i]));
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const sections = new Map(dataset.sections.map((s) => [s.id, s.title]));
  const labels = new Map(DATA_CHECK_KINDS.map((k) => [k.kind, k.label]));
  const kindOrder = new Map(DATA_CHECK_KINDS.map((k, i) => [k.kind, i]));
  const shown = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => filter === 'all' || finding.kind === filter)
    .sort((a, b) => (kindOrder.get(a.finding.kind) ?? 0) - (kindOrder.get(b.finding.kind) ?? 0) || a.index - b.index);

  const groups = new Map<string, DataCheckMeasureGroup & { order: number }>();
  for (const { finding, index } of shown) {
    const measure = finding.measureId ? measures.get(finding.measureId) : undefined;
    const section = (finding.sectionId && sections.get(finding.sectionId)) || null;
    const key = measure ? `measure-${measure.id}` : `section-${finding.sectionId ?? 'none'}`;
    const code = measure ? [measure.code, measure.title].filter(Boolean).join(' ') : null;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        heading: code ?? section ?? 'The report as a whole',
        section: measure ? section : null,
        rows: [],
        order: measure ? (measureOrder.get(measure.id) ?? 0) : Number.MAX_SAFE_INTEGER,
      };
      groups.set(key, group);
    }
    const periodKey = finding.period !== null && parsePeriodKey(finding.period) ? finding.period : undefined;
    const period = describePeriod(finding.period);
    group.rows.push({
      key: `${finding.kind}-${index}`,
      kindText: `${finding.severity === 'warning' ? 'Warning' : 'For information'} · ${labels.get(finding.kind) ?? finding.kind}`,
      period,
      message: finding.message,
      quote: finding.quote,
      link: measure
        ? { measureId: measure.id, period: periodKey, text: `Open ${measure.code ?? measure.title}${periodKey ? ` at ${period}` : ''}` }
        : null,
    });
  }

  const kinds = DATA_CHECK_KINDS.flatMap(({ kind, label }) => {
    const count = findings.filter((f) => f.kind === kind).length;
    return count > 0 ? [{ kind, label, count }] : [];
  });
  return {
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    kinds,
    groups: [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...group }) => group),
  };
}

/** "2023-07" -> "Jul 2023", "2023-24-Q2" -> "Q2 2023/24"; an Annual Trend year ("2020/21") stays as it is. */
function describePeriod(period: string | null): string {
  if (period === null) return '—';
  return parsePeriodKey(period)?.label ?? period;
}
