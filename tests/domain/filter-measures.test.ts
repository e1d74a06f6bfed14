import { filterByMeasure, matchesQuery, NO_FILTER, orderMeasuresByArea } from '../../src/domain/filter-measures';
import type { Status } from '../../src/domain/evaluate-status';
import { makeMeasure } from '../fixtures/make-measure';

const referrals = makeMeasure({ id: 'csc-022', code: 'CSC 022', title: 'Monthly % of referrals completed within 1 working day', serviceArea: 'front-door' });
const reReferrals = makeMeasure({ id: 'csc-027', code: 'CSC 027', title: 'Re-referrals within 12 months', serviceArea: 'front-door' });
const inCare = makeMeasure({ id: 'csc-201', code: 'CSC 201', title: 'Total number of Children in Care', serviceArea: 'children-in-care' });
const sgo = makeMeasure({ id: 'csc-252a', code: 'CSC 252a', title: 'Special guardianship orders', serviceArea: 'permanence' });
const uncoded = makeMeasure({ id: 'care-leavers-in-touch', code: null, title: 'Care leavers in touch', serviceArea: 'care-leavers' });

describe('orderMeasuresByArea', () => {
  it('groups measures in the order the data lists its areas, keeping the data’s order within an area', () => {
    const dataset = {
      serviceAreas: [
        { id: 'children-in-care', name: 'Children in care' },
        { id: 'front-door', name: 'Front door' },
      ],
      measures: [referrals, inCare, reReferrals],
    };
    expect(orderMeasuresByArea(dataset).map((m) => m.id)).toEqual(['csc-201', 'csc-022', 'csc-027']);
  });

  it('puts measures of areas the data does not list last, in their own order', () => {
    const dataset = { serviceAreas: [{ id: 'front-door', name: 'Front door' }], measures: [sgo, referrals, uncoded, reReferrals] };
    expect(orderMeasuresByArea(dataset).map((m) => m.id)).toEqual(['csc-022', 'csc-027', 'csc-252a', 'care-leavers-in-touch']);
  });

  it('does not reorder the data itself', () => {
    const measures = [reReferrals, referrals, inCare];
    orderMeasuresByArea({ serviceAreas: [{ id: 'children-in-care', name: 'CiC' }], measures });
    expect(measures.map((m) => m.id)).toEqual(['csc-027', 'csc-022', 'csc-201']);
  });
});

describe('matchesQuery', () => {
  it('matches everything for an empty or blank query', () => {
    expect(matchesQuery(referrals, '')).toBe(true);
    expect(matchesQuery(referrals, '   ')).toBe(true);
  });

  it('finds a code by its digits and ignores case', () => {
    expect(matchesQuery(referrals, '022')).toBe(true);
    expect(matchesQuery(referrals, 'csc 022')).toBe(true);
    expect(matchesQuery(referrals, 'CSC 027')).toBe(false);
  });

  it('forgives spaces and punctuation: "csc252a" and "re-ref" find their measures', () => {
    expect(matchesQuery(sgo, 'csc252a')).toBe(true);
    expect(matchesQuery(reReferrals, 're-ref')).toBe(true);
    expect(matchesQuery(reReferrals, 'rereferrals')).toBe(true);
    expect(matchesQuery(referrals, 're-ref')).toBe(false);
  });

  it('needs every word to match, in any order', () => {
    expect(matchesQuery(inCare, 'care children')).toBe(true);
    expect(matchesQuery(inCare, 'children  in   care')).toBe(true);
    expect(matchesQuery(inCare, 'children referrals')).toBe(false);
  });

  it('searches the id too, and copes with a measure without a code', () => {
    expect(matchesQuery(uncoded, 'leavers-in')).toBe(true);
    expect(matchesQuery(uncoded, 'null')).toBe(false);
    expect(matchesQuery(uncoded, 'touch')).toBe(true);
  });

  it('does not match across the gap between code and title unless squashed', () => {
    // "022 monthly" as one squashed word is found in the squashed haystack "csc022monthly...".
    expect(matchesQuery(referrals, '022monthly')).toBe(true);
    expect(matchesQuery(referrals, 'xyz')).toBe(false);
  });
});

describe('filterByMeasure', () => {
  const item = (measure: typeof referrals, status: Status) => ({ measure, status });
  const items = [item(referrals, 'off-target'), item(reReferrals, 'on-target'), item(inCare, 'no-target'), item(sgo, 'near-target')];
  const ids = (list: { measure: { id: string } }[]) => list.map((i) => i.measure.id);

  it('keeps everything with no filter', () => {
    expect(ids(filterByMeasure(items, NO_FILTER))).toEqual(['csc-022', 'csc-027', 'csc-201', 'csc-252a']);
    expect(NO_FILTER).toEqual({ areas: [], statuses: [], query: '' });
  });

  it('filters by any of the chosen areas', () => {
    expect(ids(filterByMeasure(items, { ...NO_FILTER, areas: ['front-door'] }))).toEqual(['csc-022', 'csc-027']);
    expect(ids(filterByMeasure(items, { ...NO_FILTER, areas: ['front-door', 'permanence'] }))).toEqual(['csc-022', 'csc-027', 'csc-252a']);
  });

  it('filters by any of the chosen statuses', () => {
    expect(ids(filterByMeasure(items, { ...NO_FILTER, statuses: ['off-target', 'near-target'] }))).toEqual(['csc-022', 'csc-252a']);
  });

  it('filters by the search text', () => {
    expect(ids(filterByMeasure(items, { ...NO_FILTER, query: 'referrals' }))).toEqual(['csc-022', 'csc-027']);
  });

  it('needs every active filter to pass', () => {
    const filter = { areas: ['front-door'], statuses: ['on-target' as Status], query: 'ref' };
    expect(ids(filterByMeasure(items, filter))).toEqual(['csc-027']);
    expect(ids(filterByMeasure(items, { ...filter, areas: ['children-in-care'] }))).toEqual([]);
    expect(ids(filterByMeasure(items, { ...filter, query: 'care' }))).toEqual([]);
  });

  it('returns the items themselves, extra fields included', () => {
    const rich = [{ measure: referrals, status: 'off-target' as Status, extra: 1 }];
    expect(filterByMeasure(rich, NO_FILTER)[0]).toBe(rich[0]);
  });
});
