import type { Dataset } from '../../domain/indicators';
import { DATA_CHECK_KINDS, type DataCheckFinding, type DataCheckKind, type DataCheckSeverity } from '../../checks/check-data-quality';
import { parsePeriodKey } from '../../domain/period';

/** Everything the Data checks screen shows, grouped and labelled: the components only lay it out. */

export type DataCheckRow = { key: string; measure: string; section: string; period: string; message: string; quote: string | null };

export type DataCheckGroup = {
  kind: DataCheckKind;
  label: string;
  description: string;
  severity: DataCheckSeverity;
  rows: DataCheckRow[];
};

export type DataChecksView = {
  warningCount: number;
  infoCount: number;
  /** Every kind with at least one finding, for the filter, with its count. */
  kinds: { kind: DataCheckKind; label: string; count: number }[];
  /** The groups to show: all of them, or the one kind chosen. */
  groups: DataCheckGroup[];
};

export type KindFilter = DataCheckKind | 'all';

export function buildDataChecksView(dataset: Dataset, findings: readonly DataCheckFinding[], filter: KindFilter): DataChecksView {
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const sections = new Map(dataset.sections.map((s) => [s.id, s.title]));
  const groups = DATA_CHECK_KINDS.flatMap(({ kind, label, description }): DataCheckGroup[] => {
    const ofKind = findings.filter((f) => f.kind === kind);
    const first = ofKind[0];
    if (!first) return [];
    const rows = ofKind.map((f, i) => {
      const measure = f.measureId ? measures.get(f.measureId) : undefined;
      return {
        key: `${kind}-${i}`,
        measure: measure ? [measure.code, measure.title].filter(Boolean).join(' ') : '—',
        section: (f.sectionId && sections.get(f.sectionId)) || '—',
        period: describePeriod(f.period),
        message: f.message,
        quote: f.quote,
      };
    });
    return [{ kind, label, description, severity: first.severity, rows }];
  });
  return {
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    kinds: groups.map((g) => ({ kind: g.kind, label: g.label, count: g.rows.length })),
    groups: filter === 'all' ? groups : groups.filter((g) => g.kind === filter),
  };
}

/** "2023-07" -> "Jul 2023", "2023-24-Q2" -> "Q2 2023/24"; an Annual Trend year ("2020/21") stays as it is. */
function describePeriod(period: string | null): string {
  if (period === null) return '—';
  return parsePeriodKey(period)?.label ?? period;
}
