import { classifyVariation } from '../../../src/domain/spc/classify-variation';

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

  it('lets the position rules win over a trend the other way, and lists every rule', () => {
    // A fall that has not yet brought the process below its mean: still high, so improvement when higher is better.
    const hits = [
      { rule: 'trend', side: 'low' },
      { rule: 'shift', side: 'high' },
    ] as const;
    expect(classifyVariation(hits, 'higher-is-better')).toEqual({ kind: 'improvement', side: 'high', rules: ['shift', 'trend'] });
    expect(classifyVariation(hits, 'lower-is-better')).toEqual({ kind: 'concern', side: 'high', rules: ['shift', 'trend'] });
  });
});
