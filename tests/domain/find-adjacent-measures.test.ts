import { findAdjacentMeasures } from '../../src/domain/find-adjacent-measures';

const ORDER = [{ id: 'csc-022' }, { id: 'csc-026' }, { id: 'csc-201' }];

describe('findAdjacentMeasures', () => {
  it('gives the neighbours and the 1-based position', () => {
    expect(findAdjacentMeasures(ORDER, 'csc-026')).toEqual({ previous: { id: 'csc-022' }, next: { id: 'csc-201' }, position: 2, total: 3 });
  });

  it('does not wrap around at either end', () => {
    expect(findAdjacentMeasures(ORDER, 'csc-022')).toMatchObject({ previous: null, next: { id: 'csc-026' }, position: 1 });
    expect(findAdjacentMeasures(ORDER, 'csc-201')).toMatchObject({ previous: { id: 'csc-026' }, next: null, position: 3 });
  });

  it('gives no neighbours for a measure not in the list', () => {
    expect(findAdjacentMeasures(ORDER, 'csc-178')).toEqual({ previous: null, next: null, position: null, total: 3 });
  });
});
