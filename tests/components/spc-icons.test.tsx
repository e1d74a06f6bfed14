import { render, screen } from '@testing-library/react';
import { AssuranceIcon, SpcIcons, VariationIcon } from '../../src/components/spc-icons';
import { analyseSpc, type SpcOptions } from '../../src/domain/spc/analyse-spc';
import type { Measure } from '../../src/domain/indicators';
import { buildSpcView } from '../../src/presenters/spc-view';

const spcViewOf = (measure: Measure, options?: SpcOptions) => buildSpcView(measure, analyseSpc(measure, options));
import { csc022 } from '../fixtures/make-measure';
import { makeTimeliness, OUTLIER_VALUES } from '../fixtures/spc-series';

describe('SPC icons', () => {
  it('names each icon in words and gives each kind its own shape, so colour is never the only cue', () => {
    render(
      <>
        <VariationIcon variation={{ kind: 'common-cause', side: null, label: 'Common cause variation: no significant change' }} />
        <VariationIcon variation={{ kind: 'improvement', side: 'high', label: 'Special cause variation: improvement (higher values)' }} />
        <VariationIcon variation={{ kind: 'concern', side: 'low', label: 'Special cause variation: concern (lower values)' }} />
        <VariationIcon variation={{ kind: 'neither', side: 'high', label: 'Special cause variation: unusually high (neither good nor bad)' }} />
      </>,
    );
    const shape = (name: string) => screen.getByRole('img', { name }).getAttribute('data-shape');
    expect(shape('Common cause variation: no significant change')).toBe('circle');
    expect(shape('Special cause variation: improvement (higher values)')).toBe('circle');
    expect(shape('Special cause variation: concern (lower values)')).toBe('triangle');
    expect(shape('Special cause variation: unusually high (neither good nor bad)')).toBe('square');
    const letter = (name: string) => screen.getByRole('img', { name }).querySelector('text')?.textContent;
    expect(letter('Special cause variation: improvement (higher values)')).toBe('H');
    expect(letter('Special cause variation: concern (lower values)')).toBe('L');
  });

  it('draws a neutral measure\'s signals both high and low as a square without H or L', () => {
    render(<VariationIcon variation={{ kind: 'neither', side: null, label: 'Special cause variation: signals both high and low (neither good nor bad)' }} />);
    const icon = screen.getByRole('img', { name: 'Special cause variation: signals both high and low (neither good nor bad)' });
    expect(icon.getAttribute('data-shape')).toBe('square');
    expect(icon.querySelector('text')).toBeNull();
  });

  it('marks assurance with a letter and a shape: P in a circle, F in a triangle, ? in a dashed circle', () => {
    render(
      <>
        <AssuranceIcon assurance={{ kind: 'pass', label: 'Assurance: the target will consistently be met' }} />
        <AssuranceIcon assurance={{ kind: 'fail', label: 'Assurance: the target will consistently be missed' }} />
        <AssuranceIcon assurance={{ kind: 'hit-and-miss', label: 'Assurance: the target will be hit and miss' }} />
      </>,
    );
    const pass = screen.getByRole('img', { name: 'Assurance: the target will consistently be met' });
    const fail = screen.getByRole('img', { name: 'Assurance: the target will consistently be missed' });
    expect([pass.querySelector('text')?.textContent, pass.getAttribute('data-shape')]).toEqual(['P', 'circle']);
    expect([fail.querySelector('text')?.textContent, fail.getAttribute('data-shape')]).toEqual(['F', 'triangle']);
    expect(screen.getByRole('img', { name: 'Assurance: the target will be hit and miss' }).getAttribute('data-shape')).toBe('dashed-circle');
  });

  it('shows both icons for a measure with enough history, and the reason when there is not enough', () => {
    const { unmount } = render(<SpcIcons view={spcViewOf(makeTimeliness(OUTLIER_VALUES), { throughMonth: '2023-08' })} />);
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      'Special cause variation: concern (lower values)',
      'Assurance: the target will be hit and miss',
    ]);
    unmount();
    render(<SpcIcons view={spcViewOf(csc022)} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Not enough data for SPC (6 of 15 months)')).toBeInTheDocument();
  });
});
