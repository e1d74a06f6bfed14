import { KpiTile } from '../../components/kpi-tile';
import type { KpiTileView } from '../../presenters/build-tile-view';

export type RelatedMeasuresProps = { sectionTitle: string; tiles: KpiTileView[] };

/** The section's other measures as small tiles (CSC 026 beside CSC 022), read together in the report. */
export function RelatedMeasures({ sectionTitle, tiles }: RelatedMeasuresProps) {
  if (tiles.length === 0) return null;
  return (
    <section aria-labelledby="related-measures" className="flex flex-col gap-3">
      <h2 id="related-measures" className="text-xl font-semibold">
        Other measures in {sectionTitle}
      </h2>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-3">
        {tiles.map((tile) => (
          <li key={tile.id}>
            <KpiTile tile={tile} variant="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
