import { ClockIcon } from './clock-icon';

export type LoadingSkeletonProps = {
  label: string;
  /** Said aloud and shown above the placeholders, e.g. that the feed is slow to answer. */
  note?: string | null;
};

/** Grey placeholders in the shape of the tile grid, so the page does not jump when data arrives. */
export function LoadingSkeleton({ label, note }: LoadingSkeletonProps) {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-7xl p-4">
      <span className="sr-only">{label}</span>
      {note && (
        <p className="mb-4 rounded border-2 border-amber-700 bg-amber-50 p-3 font-medium text-amber-900">
          <ClockIcon />
          {note}
        </p>
      )}
      <div aria-hidden="true" className="animate-pulse space-y-4">
        <div className="h-8 w-1/3 rounded bg-slate-200" />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="h-40 rounded-lg bg-slate-200" />
          ))}
        </div>
      </div>
    </div>
  );
}
