import { analyseSpc, type SpcAnalysis } from '../../src/domain/spc/analyse-spc';
import type { Measure } from '../../src/domain/indicators';
import { describeLatestSegment, describeSegment } from '../../src/presenters/explain-spc-segments';
import { describeSpcSignal } from '../../src/presenters/draft-phrases';
import { makeTimeliness } from '../fixtures/spc-series';

// Hand-made months from April 2022: alternating 50 and 52 (mean 51, mrBar 2, limits 45.7% to 56.3%).
const alternate = (n: number, low: number) => Array.from({ length: n }, (_, i) => low + (i % 2) * 2);
const reason = 'New front door process';

function analyse(measure: Measure): SpcAnalysis {
  const result = analyseSpc(measure);
  if (result.status !== 'ok') throw new Error(result.message);
  return result;
}

describe('the words for SPC segments', () => {
  it('says nothing extra for a plain chart of one segment', () => {
    expect(describeLatestSegment(analyse(makeTimeliness(alternate(16, 50))))).toBeNull();
  });

  it('names the baseline the limits are fixed on', () => {
    const measure = makeTimeliness([...alternate(12, 50), 60, 60, 60], { spc: { baseline: { points: 12, reason: 'Before the new team' } } });
    const analysis = analyse(measure);
    expect(describeSegment(analysis.segments[0]!, analysis, measure)).toBe(
      'Limits fixed on the 12-month baseline (April 2022 to March 2023): average 51.0%, process limits 45.7% to 56.3%, applied to the months after it. Baseline: Before the new team.',
    );
    expect(describeLatestSegment(analysis)).toBe('Limits and icons: fixed on the 12-month baseline, April 2022 to March 2023.');
  });

  it('gives a rebase its reason, and says when the segment since is too short for limits', () => {
    const measure = makeTimeliness([...alternate(16, 50), 70, 72, 70], { spc: { rebases: [{ month: '2023-08', reason }] } });
    const analysis = analyse(measure);
    expect(describeSegment(analysis.segments[1]!, analysis, measure)).toBe(
      `Rebased from August 2023: ${reason}. Since then, 3 months (August to October 2023), too few for limits (15 needed): shown without limits, signals or icons.`,
    );
    expect(describeLatestSegment(analysis)).toBe('No icons: 3 months since the rebase in August 2023, too few for limits (15 needed).');
  });

  it('tells the drafted commentary which limits the latest month is judged on, in a sentence', () => {
    const rebased = makeTimeliness([...alternate(16, 50), ...alternate(16, 70)], { spc: { rebases: [{ month: '2023-08', reason }] } });
    expect(describeSpcSignal(rebased, analyse(rebased))[0]).toBe(
      `Statistical process control limits and icons are those since the rebase in August 2023 (${reason}).`,
    );
    const fixed = makeTimeliness([...alternate(12, 50), 52, 50, 52], { spc: { baseline: { points: 12, reason: 'Before the new team' } } });
    expect(describeSpcSignal(fixed, analyse(fixed))[0]).toBe('Statistical process control limits and icons are fixed on the 12-month baseline, April 2022 to March 2023.');
  });
});
