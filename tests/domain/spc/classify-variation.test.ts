import { classifyVariation, splitSignals } from '../../../src/domain/spc/classify-variation';

describe('classifyVariation', () => {
  it('is common cause when no rule involves the latest point', () => {
    expect(classifyVariation([], 'higher-is-better')).toEqual({ kind: 'common-cause', side: null, rules: [] });
  });

  it('reads a high signal by polarity: improvement, concern, or neither for a neutral measure', () => {
    const high = [{ rule: 'outside-limits', side: 'high' }] as const;
    expect(classifyVariation(high, 'higher-is-better')).toEqual({ kind: 'improvement', side: 'high', rules: ['outside-limits'] });
    expect(classifyVariation(high, 'lower-is-better')).toEqual({ kind: 'concern', side: 'high', rules: ['outside-limits'] });
    expect(classifyVariation(high, 'neutral')).toEqual({ kind: 'neither', side: 'high', rules: ['outside-limits'] });
  });

  it('reads a falling trend alone as low: a concern when higher is better', () => {
    expect(classifyVariation([{ rule: 'trend', side: 'low' }], 'higher-is-better')).toMatchObject({ kind: 'concern', side: 'low' });
    expect(classifyVariation([{ rule: 'trend', side: 'low' }], 'lower-is-better')).toMatchObject({ kind: 'improvement', side: 'low' });
  });

  it('shows a point with an improvement and a concern at once as improvement, as Making Data Count does, and lists every rule', () => {
    // A rising trend still below the mean: trend high, shift low.
    const risingBelow = [
      { rule: 'shift', side: 'low' },
      { rule: 'trend', side: 'high' },
    ] as const;
    expect(classifyVariation(risingBelow, 'higher-is-better')).toEqual({ kind: 'improvement', side: 'high', rules: ['shift', 'trend'] });
    // The lower-is-better mirror: a falling trend still above the mean.
    const fallingAbove = [
      { rule: 'shift', side: 'high' },
      { rule: 'trend', side: 'low' },
    ] as const;
    expect(classifyVariation(fallingAbove, 'lower-is-better')).toEqual({ kind: 'improvement', side: 'low', rules: ['shift', 'trend'] });
    // Before, the point's side of the mean decided: this was a concern (high) when lower is better.
    expect(classifyVariation(fallingAbove, 'higher-is-better')).toEqual({ kind: 'improvement', side: 'high', rules: ['shift', 'trend'] });
    // Any rule on the good side is enough, even against a point beyond the limit on the bad side.
    const hits = [
      { rule: 'outside-limits', side: 'low' },
      { rule: 'two-of-three', side: 'low' },
      { rule: 'trend', side: 'high' },
    ] as const;
    expect(classifyVariation(hits, 'higher-is-better')).toMatchObject({ kind: 'improvement', side: 'high' });
  });

  it('gives a neutral measure\'s point with signals both ways no side: neither, high and low at once', () => {
    const both = [
      { rule: 'shift', side: 'low' },
      { rule: 'trend', side: 'high' },
    ] as const;
    expect(classifyVariation(both, 'neutral')).toEqual({ kind: 'neither', side: null, rules: ['shift', 'trend'] });
    expect(classifyVariation([{ rule: 'trend', side: 'low' }], 'neutral')).toEqual({ kind: 'neither', side: 'low', rules: ['trend'] });
  });
});

describe('splitSignals', () => {
  const hits = [
    { rule: 'shift', side: 'low' },
    { rule: 'trend', side: 'high' },
  ] as const;

  it('puts the rules on the side shown first, and the concern they outweigh apart', () => {
    expect(splitSignals(hits, { kind: 'improvement', side: 'high' })).toEqual({ shown: [{ rule: 'trend', side: 'high' }], outweighed: [{ rule: 'shift', side: 'low' }] });
    expect(splitSignals([{ rule: 'shift', side: 'low' }], { kind: 'concern', side: 'low' })).toEqual({ shown: [{ rule: 'shift', side: 'low' }], outweighed: [] });
  });

  it('shows every rule of a neutral measure\'s point', () => {
    expect(splitSignals(hits, { kind: 'neither', side: null })).toEqual({ shown: [...hits], outweighed: [] });
  });
});
