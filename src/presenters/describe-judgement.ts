import { formatLongMonth, formatMonth } from '../domain/calendar';
import type { Status } from '../domain/evaluate-status';
import type { Measure } from '../domain/indicators';
import type { MeasureSummary } from '../domain/summarise-measure';
import type { JudgedAgainst, ResolvedTarget } from '../domain/targets';
import { formatDifference, formatTarget } from './format';
import { STATUS_VARIANTS } from './variants';

/**
 * How a figure was judged, in words shared by tiles, the measure headline, slides, exports and drafts: the status
 * label ("On track" for a measure that builds up, "Off target (Sep 2023 only)" for a quarter resting on one month),
 * the gap ("9.5 pp behind the trajectory") and what the target is and where it comes from.
 */

export type JudgementView = {
  /** The badge's words. */
  statusLabel: string;
  /** "Target 95%", "Trajectory 45% by Sep 2023"; null without a target. */
  targetText: string | null;
  /** Where the target comes from, when that is not the table's own Target row; null otherwise. */
  targetNote: string | null;
};

const TRAJECTORY_LABELS: Partial<Record<Status, string>> = {
  'on-target': 'On track',
  'near-target': 'Just behind trajectory',
  'off-target': 'Behind trajectory',
};

/** The badge's words for a status, against a trajectory ("On track") or a target ("On target"). */
export function statusLabelFor(status: Status, trajectory: boolean): string {
  return (trajectory ? TRAJECTORY_LABELS[status] : undefined) ?? STATUS_VARIANTS[status].label;
}

export function describeJudgement(summary: Pick<MeasureSummary, 'measure' | 'status' | 'judgedAgainst' | 'target' | 'restsOnMonth'>): JudgementView {
  const { measure, status, judgedAgainst, target, restsOnMonth } = summary;
  const trajectory = judgedAgainst?.kind === 'trajectory';
  const base = statusLabelFor(status, trajectory);
  const judged = status === 'on-target' || status === 'near-target' || status === 'off-target';
  return {
    statusLabel: restsOnMonth && judged ? `${base} (${formatMonth(restsOnMonth)} only)` : base,
    targetText: describeTargetText(measure, judgedAgainst, target),
    targetNote: describeTargetNote(measure, judgedAgainst, target),
  };
}

/** "6.8 pp ahead of the trajectory", "9.5 pp behind the trajectory"; for a plain target the caller's own wording. */
export function describeTrajectoryGap(measure: Pick<Measure, 'unit'>, difference: number): string {
  if (difference === 0) return 'On the trajectory';
  return `${formatDifference(Math.abs(difference), measure.unit)} ${difference > 0 ? 'ahead of' : 'behind'} the trajectory`;
}

function describeTargetText(measure: Measure, against: JudgedAgainst | null, target: ResolvedTarget | null): string | null {
  if (!target) return null;
  const kind = measure.polarity === 'neutral' ? 'Comparator' : 'Target';
  if (against?.kind === 'trajectory')
    return `Trajectory ${formatTarget(against.value, measure.unit)} by ${formatMonth(against.month)}${against.assumed ? ' (assumed profile)' : ''}`;
  return `${kind} ${formatTarget(target.value, measure.unit)}${target.origin === 'inherited' ? " (the family's)" : ''}`;
}

function describeTargetNote(measure: Measure, against: JudgedAgainst | null, target: ResolvedTarget | null): string | null {
  if (!target) return null;
  const yearEnd = formatTarget(target.value, measure.unit);
  const parts: string[] = [];
  if (against?.kind === 'trajectory')
    parts.push(
      against.assumed
        ? `Builds up through the year to ${yearEnd} by March: judged against an assumed profile, a straight line from 0 in April (${formatTarget(against.value, measure.unit)} by the end of ${formatLongMonth(against.month)})`
        : `Builds up through the year to ${yearEnd} by March: judged against the trajectory the data gives (${formatTarget(against.value, measure.unit)} by the end of ${formatLongMonth(against.month)})`,
    );
  if (target.origin === 'inherited' && target.from) parts.push(`The family's target, printed for ${target.from.code ?? target.from.title}`);
  if (target.source) parts.push(`Source: ${target.source}`);
  return parts.length > 0 ? parts.join('. ') : null;
}
