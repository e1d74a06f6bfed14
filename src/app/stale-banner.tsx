import type { SourceView } from './build-source-view';

export type StaleBannerProps = { stale: NonNullable<SourceView['stale']>; checking: boolean; onRetry: () => void };

/** The feed failed but the last good figures stay on screen; this says how old they are and why. */
export function StaleBanner({ stale, checking, onRetry }: StaleBannerProps) {
  return (
    <div role="alert" className="mx-auto mt-4 max-w-[1800px] px-4">
      <div className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
        <p className="font-semibold text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {stale.headline}
        </p>
        <p className="mt-1">{stale.reason}</p>
        {stale.issues.length > 0 && (
          <details className="mt-2">
            <summary className="cursor-pointer">
              The {stale.issues.length} problem{stale.issues.length === 1 ? '' : 's'} in the new file
            </summary>
            <ul className="mt-1 list-disc pl-6 font-mono text-sm">
              {stale.issues.slice(0, 50).map((issue, i) => (
                <li key={i}>
                  {issue.path}: {issue.message}
                </li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" className="btn mt-3" onClick={onRetry} disabled={checking}>
          {checking ? 'Checking…' : 'Try again now'}
        </button>
      </div>
    </div>
  );
}
