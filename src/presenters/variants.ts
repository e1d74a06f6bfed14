import type { Status } from '../domain/evaluate-status';
import type { DirectionKind } from '../domain/compare-direction';

/**
 * The one map from status to words, icon and colours. Status is never colour alone: every use shows the label
 * and an icon shape that differs per status (tick, triangle, cross, dash, question mark).
 */
export type StatusVariant = { label: string; icon: 'tick' | 'triangle' | 'cross' | 'dash' | 'question'; badge: string; accent: string };

export const STATUS_VARIANTS: Record<Status, StatusVariant> = {
  'on-target': { label: 'On target', icon: 'tick', badge: 'bg-green-100 text-green-900 ring-green-700', accent: 'border-l-green-700' },
  'near-target': { label: 'Near target', icon: 'triangle', badge: 'bg-amber-100 text-amber-950 ring-amber-700', accent: 'border-l-amber-600' },
  'off-target': { label: 'Off target', icon: 'cross', badge: 'bg-red-100 text-red-900 ring-red-700', accent: 'border-l-red-700' },
  'no-target': { label: 'No target', icon: 'dash', badge: 'bg-slate-100 text-slate-800 ring-slate-500', accent: 'border-l-slate-400' },
  'no-data': { label: 'No data', icon: 'question', badge: 'bg-slate-100 text-slate-800 ring-slate-500', accent: 'border-l-slate-400' },
};

/** A variance to target is good or bad news by polarity; the words always say which side, never the colour alone. */
export type VarianceTone = 'favourable' | 'unfavourable' | 'none';

export const VARIANCE_TONES: Record<VarianceTone, string> = {
  favourable: 'text-green-800',
  unfavourable: 'text-red-800',
  none: 'text-slate-800',
};

/** Direction of travel: improving and worsening carry colour; neutral movements and unknowns do not. */
export const DIRECTION_TONES: Record<DirectionKind, string> = {
  improving: 'text-green-800',
  worsening: 'text-red-800',
  'no-change': 'text-slate-700',
  up: 'text-slate-700',
  down: 'text-slate-700',
  unknown: 'text-slate-600',
};
