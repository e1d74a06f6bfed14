import { ErrorPanel } from '../components/error-panel';
import { DatasetLoadError, type DatasetLoadErrorKind } from '../data/load/dataset-load-error';

export type DatasetErrorPanelProps = { error: Error; onRetry: () => void };

const TITLES: Record<DatasetLoadErrorKind, string> = {
  network: 'The indicator data could not be reached',
  blocked: "This site's security settings blocked the indicator data",
  timeout: 'The indicator data took too long to arrive',
  'not-found': 'The indicator data file is missing',
  http: 'The indicator data could not be loaded',
  'not-json': 'The indicator data is not a JSON file',
  'too-large': 'The indicator data file is too large',
  invalid: 'The indicator data has problems',
};

export function DatasetErrorPanel({ error, onRetry }: DatasetErrorPanelProps) {
  const known = error instanceof DatasetLoadError ? error : null;
  return (
    <ErrorPanel
      title={known ? TITLES[known.kind] : 'The indicator data could not be loaded'}
      message={error.message}
      issues={known?.issues}
      action={
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      }
    />
  );
}
