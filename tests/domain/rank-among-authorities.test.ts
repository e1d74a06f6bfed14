import { bandOf, rankAmongAuthorities } from '../../src/domain/rank-among-authorities';

describe('rankAmongAuthorities', () => {
  const figures = [12.0, 15.5, 18.0, 18.0, 21.6, 22.9, 25.0, 30.1];

  it('ranks a lower-is-better measure lowest first: 22.9% re-referrals is 6th of 8', () => {
    expect(rankAmongAuthorities(22.9, figures, 'lower-is-better')).toEqual({ rank: 6, of: 8, tiedWith: 0, band: 'C', order: 'best-first' });
  });

  it('ranks a higher-is-better measure highest first: the same 22.9% is 3rd of 8', () => {
    expect(rankAmongAuthorities(22.9, figures, 'higher-is-better')).toMatchObject({ rank: 3, of: 8, band: 'B' });
  });

  it('gives tied authorities the better place and the same band, whichever of them is asked about', () => {
    expect(rankAmongAuthorities(18.0, figures, 'lower-is-better')).toEqual({ rank: 3, of: 8, tiedWith: 1, band: 'B', order: 'best-first' });
    expect(rankAmongAuthorities(18.0, figures, 'higher-is-better')).toMatchObject({ rank: 5, tiedWith: 1, band: 'C' });
    // Eight authorities all on 50%: every one is 1st, band A.
    expect(rankAmongAuthorities(50, Array(8).fill(50), 'higher-is-better')).toMatchObject({ rank: 1, tiedWith: 7, band: 'A' });
  });

  it('gives a neutral measure a place counted from the highest, and no band', () => {
    expect(rankAmongAuthorities(22.9, figures, 'neutral')).toEqual({ rank: 3, of: 8, tiedWith: 0, band: null, order: 'highest-first' });
  });

  it('counts only authorities with a figure, and has no rank for a figure not among them', () => {
    expect(rankAmongAuthorities(15.5, [15.5, Number.NaN, 20], 'higher-is-better')).toMatchObject({ rank: 2, of: 2 });
    expect(rankAmongAuthorities(99, figures, 'higher-is-better')).toBeNull();
  });
});

describe('bandOf: A is the best quarter', () => {
  it('splits 148 authorities into quarters of 37', () => {
    expect([1, 37, 38, 74, 75, 111, 112, 148].map((rank) => bandOf(rank, 148))).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('copes with fewer authorities than bands', () => {
    expect([1, 2, 3].map((rank) => bandOf(rank, 3))).toEqual(['A', 'B', 'C']);
    expect(bandOf(1, 1)).toBe('A');
  });
});
