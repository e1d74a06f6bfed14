import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftCommentaryPanel } from '../../src/components/draft-commentary-panel';
import { draftMeasureCommentary } from '../../src/presenters/draft-commentary';
import { analyseSpc } from '../../src/domain/spc/analyse-spc';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { createQuarterPeriod } from '../../src/domain/period';
import { makeDataset } from '../fixtures/make-dataset';
import { csc022 } from '../fixtures/make-measure';

const q2 = createQuarterPeriod(2023, 2);
const sentences = draftMeasureCommentary(summariseMeasure(csc022, q2, makeDataset().reportingPeriod.financialYear), analyseSpc(csc022, { throughMonth: '2023-09' }));
const text = sentences.join(' ');

describe('DraftCommentaryPanel', () => {
  it('shows the draft under its own heading, labelled as machine-drafted', () => {
    render(<DraftCommentaryPanel sentences={sentences} subject="CSC 022, Q2 2023/24" />);
    const region = screen.getByRole('region', { name: 'Draft commentary' });
    expect(region).toHaveTextContent('Drafted automatically from the figures, not written by an analyst.');
    expect(region).toHaveTextContent('CSC 022, Q2 2023/24');
    expect(screen.getByText(/^81\.3% of referrals completed within 1 working day in September 2023/)).toHaveTextContent(text);
    expect(text).toContain('July 2023 was the best month at 86.3% and August 2023 the worst at 65.0%.');
  });

  it('copies the draft text and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<DraftCommentaryPanel sentences={sentences} />);
    await user.click(screen.getByRole('button', { name: 'Copy draft' }));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(screen.getByRole('status')).toHaveTextContent('Draft copied to the clipboard');
  });

  it('tells the user how to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    render(<DraftCommentaryPanel sentences={sentences} />);
    await user.click(screen.getByRole('button', { name: 'Copy draft' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copying is not available here: select the draft text and copy it.');
  });

  it('says there is no draft when there are no figures, with nothing to copy', () => {
    render(<DraftCommentaryPanel sentences={[]} />);
    expect(screen.getByText('No draft: there are no figures for this period.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
