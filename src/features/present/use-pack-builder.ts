import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useDatasetModel } from '../../data/load/use-dataset-model';
import { addToPack, movePackItem, removeFromPack } from '../../domain/packs';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import type { PackSearch, SinceChoice } from '../../url/pack-search';
import { buildPackView, type PackBuilderView } from './build-pack-view';
import { buildDeck, type SlideDeck } from './build-slides';

export type PackBuilder = {
  view: PackBuilderView | null;
  /** The pack's slides, one per measure, for the PowerPoint download. */
  deck: SlideDeck | null;
  pack: string[];
  name: string;
  since: SinceChoice | undefined;
  /** The search of the presentation of this pack, for the "Present" link and the agenda link. */
  presentSearch: Record<string, unknown>;
  toggle: (headlineId: string, memberIds: readonly string[]) => void;
  move: (from: number, to: number) => void;
  remove: (id: string) => void;
  rename: (name: string) => void;
  chooseSince: (since: SinceChoice) => void;
};

/**
 * The pack being built lives in the URL (pack-search.ts), so the builder's address is the pack: a reload or a shared
 * link opens the same pack. Choosing, moving and removing push history (Back undoes them); typing the name replaces.
 */
export function usePackBuilder(search: PackSearch): PackBuilder {
  const { period, data } = useDashboardSearch();
  const periodModel = useDatasetModel().forPeriod(period);
  const navigate = useNavigate();
  const pack = search.pack ?? [];
  const name = search.name ?? '';
  const packKey = pack.join(',');
  const deck = useMemo(() => (periodModel && packKey ? buildDeck(periodModel, {}, 'measure', packKey.split(','), false) : null), [periodModel, packKey]);

  const setPack = (next: string[], replace = false, patch: Partial<PackSearch> = {}) =>
    void navigate({ to: '/present/pack', search: (prev) => ({ ...prev, pack: next.length ? next : undefined, ...patch }), replace });

  return {
    view: periodModel && buildPackView(periodModel, pack),
    deck,
    pack,
    name,
    since: search.since,
    presentSearch: { period, data, pack, name: name || undefined, since: search.since },
    toggle(headlineId, memberIds) {
      const inPack = pack.filter((id) => memberIds.includes(id) || id === headlineId);
      if (inPack.length > 0) setPack(pack.filter((id) => !inPack.includes(id)));
      else setPack(addToPack(pack, headlineId, periodModel?.headlineOf));
    },
    move: (from, to) => setPack(movePackItem(pack, from, to)),
    remove: (id) => setPack(removeFromPack(pack, id)),
    rename: (next) => setPack(pack, true, { name: next || undefined }),
    chooseSince: (since) => setPack(pack, false, { since: since === 'previous' ? undefined : since }),
  };
}
