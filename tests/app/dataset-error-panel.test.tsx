import { render, screen } from '@testing-library/react';
import { DatasetErrorPanel } from '../../src/app/dataset-error-panel';
import { DatasetLoadError, type DatasetLoadErrorKind } from '../../src/data/load/dataset-load-error';

describe('DatasetErrorPanel', () => {
  it.each<[DatasetLoadErrorKind, string]>([
    ['timeout', 'The indicator data took too long to arrive'],
    ['too-large', 'The indicator data file is too large'],
    ['network', 'The indicator data could not be reached'],
  ])('titles a %s failure', (kind, title) => {
    render(<DatasetErrorPanel error={new DatasetLoadError(kind, '/x.json', 'What happened.')} onRetry={() => {}} />);
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByText('What happened.')).toBeInTheDocument();
  });
});
