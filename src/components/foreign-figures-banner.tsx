import { cx } from '../lib/cx';

export type ForeignFiguresBannerProps = { origin: string; size?: 'page' | 'slide' };

/**
 * On every page and slide while figures from another site are shown: a `?data=` link can put anyone's figures under
 * the council's name and header, so the site they come from is named, and they are said not to be the council's.
 */
export function ForeignFiguresBanner({ origin, size = 'page' }: ForeignFiguresBannerProps) {
  return (
    <section
      aria-label="Figures from another site"
      className={cx('border-4 border-purple-900 bg-purple-50 text-purple-950', size === 'slide' ? 'rounded-lg px-6 py-3 text-2xl' : 'mx-auto mt-4 max-w-[1800px] rounded-lg px-4 py-3')}
    >
      <p className="font-bold">
        <span aria-hidden="true">⚠ </span>
        Not the council's published figures: these come from <bdi className="font-mono break-all">{origin}</bdi>
      </p>
      <p className={size === 'slide' ? 'text-xl' : 'mt-1'}>
        A link opened figures from a site this dashboard is not set up to use. Anyone can make such a link, under any name and
        title: check with whoever sent it before relying on them.
      </p>
    </section>
  );
}
