import { buildImportSummary } from '../../../src/features/import/build-import-summary';
import { makeDataset } from '../../fixtures/make-dataset';

describe('buildImportSummary', () => {
  it('says what the file holds so the user can check it before using it', () => {
    expect(buildImportSummary('october.csv', makeDataset())).toBe(
      'october.csv is ready: 3 measures in 2 sections for Darlington Borough Council, figures for Apr–Sep 2023, data as at 30 September 2023.',
    );
  });

  it('says when a file has no monthly figures', () => {
    const dataset = makeDataset();
    dataset.measures = [dataset.measures[0]!];
    dataset.measures[0]!.monthly = [];
    expect(buildImportSummary('annual.csv', dataset)).toBe(
      'annual.csv is ready: 1 measure in 2 sections for Darlington Borough Council, no monthly figures, data as at 30 September 2023.',
    );
  });
});
