import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJson, parseDataset } from '../../src/data/contract/parse-dataset';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { buildTileView } from '../../src/presenters/build-tile-view';

/** Where the static page goes in the build, so the same host serves it beside the dashboard. */
export const STATIC_TILES_PATH = '/static-tiles.html';

/**
 * The yardstick for the published overview: a hand-written static HTML page with the same tiles (code, title, latest
 * figure, target), styled by the app's own stylesheet and nothing else: no script, no data file. Written into the
 * build, from the build's data file; returns how many tiles it holds.
 */
export function writeStaticTilesPage(dist: string): number {
  const decoded = decodeJson(readFileSync(join(dist, 'data', 'indicators.json'), 'utf8'));
  const parsed = decoded.ok ? parseDataset(decoded.json) : null;
  if (!parsed?.ok) throw new Error('the build’s data file does not parse');
  const periodModel = datasetModelOf(parsed.dataset).forPeriod(undefined);
  if (!periodModel) throw new Error('the build’s data file has no figures');
  const stylesheet = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!stylesheet) throw new Error('the build’s index.html names no stylesheet');

  const tiles = periodModel.summaries.map((summary) => {
    const tile = buildTileView(summary);
    return [
      '<article class="flex flex-col gap-2 rounded-lg border border-l-8 border-slate-300 bg-white p-4 shadow-sm">',
      `<span class="text-sm font-semibold text-slate-700">${escape(tile.code ?? '')}</span>`,
      `<h3 class="text-base leading-snug font-semibold">${escape(tile.title)}</h3>`,
      '<div class="flex flex-wrap items-baseline justify-between gap-x-3">',
      `<span class="text-3xl font-bold tabular-nums">${escape(tile.valueText)}</span>`,
      tile.targetText ? `<span class="text-sm text-slate-700">${escape(tile.targetText)}</span>` : '',
      '</div></article>',
    ].join('');
  });
  const html = [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    `<title>${escape(parsed.dataset.title)}: static tiles</title>`,
    `<link rel="stylesheet" href="${stylesheet}">`,
    '</head><body class="bg-slate-50 text-slate-900">',
    `<main class="mx-auto flex max-w-[1800px] flex-col gap-4 p-4"><h1 class="text-2xl font-semibold">${escape(parsed.dataset.title)}</h1>`,
    `<div class="grid grid-cols-[repeat(auto-fill,minmax(17rem,1fr))] gap-4">${tiles.join('\n')}</div>`,
    '</main></body></html>',
  ].join('\n');
  writeFileSync(join(dist, STATIC_TILES_PATH.slice(1)), html);
  return tiles.length;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
