import type { PeriodModel } from '../../domain/dataset-model';
import type { Status } from '../../domain/evaluate-status';
import { resolvePackHeadlines } from '../../domain/packs';
import { previousPeriod } from '../../domain/period';
import { buildFamilyTileView } from '../../presenters/build-tile-view';

/** One measure of the pack, as the builder lists it; `missing` when the data on screen has no such measure. */
export type PackEntryView = { id: string;
  /** Its place in the pack's list of ids, which moves work on. */
  index: number; heading: string; valueText: string; status: Status | null; statusLabel: string | null; missing: boolean };

export type PackChoiceView = { id: string; heading: string; inPack: boolean; memberIds: string[] };

export type PackBuilderView = {
  entries: PackEntryView[];
  /** Every tile of the data (one per family) by service area, for choosing. */
  areas: { id: string; name: string; choices: PackChoiceView[] }[];
  periodLabel: string;
  /** "The period before (Aug 2023)". */
  previousLabel: string;
};

export function buildPackView(periodModel: PeriodModel, pack: readonly string[]): PackBuilderView {
  const { model } = periodModel;
  const resolved = new Set(resolvePackHeadlines(periodModel, pack).map((h) => h.id));
  const seen = new Set<string>();
  const entries: PackEntryView[] = [];
  for (const [index, id] of pack.entries()) {
    const headline = periodModel.headlineOf(id);
    if (!headline) {
      entries.push({ id, index, heading: id, valueText: '', status: null, statusLabel: null, missing: true });
      continue;
    }
    // A second member of a family already in the pack shows nothing more: the family has one slide.
    if (seen.has(headline.id) || !resolved.has(headline.id)) continue;
    seen.add(headline.id);
    const tile = buildFamilyTileView(headline);
    entries.push({ id, index, heading: tile.heading, valueText: tile.valueText, status: tile.status, statusLabel: tile.statusLabel, missing: false });
  }
  const areas = model.dataset.serviceAreas.map((area) => ({
    id: area.id,
    name: area.name,
    choices: periodModel.headlines
      .filter((h) => h.summary.measure.serviceArea === area.id)
      .map((h) => ({ id: h.id, heading: buildFamilyTileView(h).heading, inPack: seen.has(h.id), memberIds: h.members.map((m) => m.measure.id) })),
  }));
  return {
    entries,
    areas: areas.filter((a) => a.choices.length > 0),
    periodLabel: periodModel.period.label,
    previousLabel: `The period before (${previousPeriod(periodModel.period).label})`,
  };
}
