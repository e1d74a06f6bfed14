import { formatDate } from './format';

export type SupersededFigures = {
  /** When the page was published, ISO 8601 ("2023-10-06T09:30:00.000Z"). */
  publishedAt: string;
  /** The published figures' "as at" date, and the feed's now. */
  publishedAsAt: string;
  currentAsAt: string;
};

/**
 * Why the figures on screen are not the ones the page was published with: said every time, so that nobody quotes a
 * figure believing it is the published one.
 */
export function describeSupersededFigures({ publishedAt, publishedAsAt, currentAsAt }: SupersededFigures): string {
  const published = `This page was published on ${formatDate(publishedAt.slice(0, 10))} with the figures as at ${formatDate(publishedAsAt)}.`;
  const since =
    currentAsAt === publishedAsAt
      ? `The feed has been revised since (still as at ${formatDate(currentAsAt)}): the figures below are the revised ones.`
      : `The feed has moved on since: the figures below are its latest, as at ${formatDate(currentAsAt)}.`;
  return `${published} ${since}`;
}
