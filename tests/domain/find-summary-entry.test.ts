import type { Section } from '../../src/domain/indicators';
import { findSummaryEntry } from '../../src/domain/find-summary-entry';
import { makeMeasure, monthsFrom } from '../fixtures/make-measure';

/** Topics, areas and figures as the Q2 2023/24 Performance Summary gives them (texts shortened). */
const summary = [
  { topic: 'Referrals', serviceArea: 'front-door', text: '78.0% of referrals received in Q2 2023/24 were completed within 1 working day.' },
  { topic: 'Re-Referrals', serviceArea: 'front-door', text: 'We have continued to see an increase in re-referrals with 22.8% of re-referrals during Q2 2023/24.' },
  { topic: 'Children in Care', serviceArea: 'children-in-care', text: '354 children were in care as of September 2023.' },
  { topic: 'Children in Care Placements', serviceArea: 'children-in-care', text: '15.5% of Children in Care have had 3 or more placements.' },
  { topic: 'Initial Health Assessments', serviceArea: 'health', text: '45.7% of the children whose IHA form was sent to Health received a health assessment within 20 days.' },
  { topic: 'Health and Dental Reviews', serviceArea: 'health', text: '79.2% of children due a review health assessment by September 2023 have had one completed.' },
];

function section(id: string, title: string, serviceArea: string, definition = ''): Section {
  return { id, title, serviceArea, definition: definition ? [{ type: 'paragraph', text: definition }] : [], analysis: [] };
}

describe('findSummaryEntry', () => {
  it('prefers the topic whose words the section title holds, and the more specific of two', () => {
    const dataset = { summary, measures: [] };
    expect(findSummaryEntry(dataset, section('referrals-timeliness', 'Referrals: timeliness', 'front-door'))?.topic).toBe('Referrals');
    expect(findSummaryEntry(dataset, section('referrals-re-referrals', 'Referrals: re-referrals', 'front-door'))?.topic).toBe('Re-Referrals');
    expect(findSummaryEntry(dataset, section('cic-placements', 'Children in Care: placements', 'children-in-care'))?.topic).toBe(
      'Children in Care Placements',
    );
  });

  it('does not pick up a topic mentioned only in passing in the definition over one in the title', () => {
    const comingIntoCare = section(
      'cic-coming-into-care',
      'Children in Care: coming into care',
      'children-in-care',
      'Number of children coming into the care of the local authority. This is further broken down to show their first placement type.',
    );
    expect(findSummaryEntry({ summary, measures: [] }, comingIntoCare)?.topic).toBe('Children in Care');
  });

  it('goes by the figures quoted when the words are no guide', () => {
    const healthChecks = section(
      'cic-health-assessments',
      'Children in Care: health assessments',
      'health',
      'The percentage who have had their Review Health Assessment (RHA) completed.',
    );
    const measures = [makeMeasure({ id: 'rha', section: 'cic-health-assessments', monthly: monthsFrom([null, null, null, null, null, 79.2]) })];
    expect(findSummaryEntry({ summary, measures }, healthChecks)?.topic).toBe('Health and Dental Reviews');
  });

  it('finds nothing in another area, for a topic sharing no word, or without a summary', () => {
    const earlyHelp = section('eha', 'Early Help Assessments: started', 'front-door', 'The number of Early Help Assessments started in month.');
    expect(findSummaryEntry({ summary, measures: [] }, earlyHelp)).toBeNull();
    expect(findSummaryEntry({ summary, measures: [] }, section('x', 'Referrals: timeliness', 'care-leavers'))).toBeNull();
    expect(findSummaryEntry({ measures: [] }, section('referrals-timeliness', 'Referrals: timeliness', 'front-door'))).toBeNull();
  });
});

describe('findSummaryEntry: words, figures and ties', () => {
  const entry = (topic: string, text = 'No figures here.') => ({ topic, serviceArea: 'area', text });
  const find = (entries: ReturnType<typeof entry>[], target: Section, measures: ReturnType<typeof makeMeasure>[] = []) =>
    findSummaryEntry({ summary: entries, measures }, target)?.topic ?? null;

  it('never matches on the small words every title has, nor on empty words', () => {
    const smallWords = section('s', 'A and at by for in of on or the to visits', 'area');
    expect(find([entry('a and at by for in of on or the to')], smallWords)).toBeNull();
    expect(find([entry('(Other)')], section('p', '(Visits)', 'area'))).toBeNull();
  });

  it('matches whatever the case, and a plural against a singular, but leaves short words alone', () => {
    expect(find([entry('DENTAL PLANS')], section('d', 'dental plan', 'area'))).toBe('DENTAL PLANS');
    expect(find([entry('Ga')], section('g', 'Gas checks', 'area'))).toBeNull();
  });

  it('matches on the definition’s paragraphs and lists, word by word', () => {
    const listed: Section = { id: 'l', title: 'Health', serviceArea: 'area', definition: [{ type: 'list', items: ['dental', 'checks'] }], analysis: [] };
    expect(find([entry('Checks')], listed)).toBe('Checks');
    expect(find([entry('Checks')], section('p', 'Health', 'area', 'Dental checks for children'))).toBe('Checks');
  });

  it('prefers the larger share of a topic’s words found, not the larger count', () => {
    const target = section('d', 'Health', 'area', 'Dental checks for children');
    expect(find([entry('Dental checks extra wording'), entry('Dental')], target)).toBe('Dental');
  });

  it('keeps the first of two entries that score the same', () => {
    const target = section('d', 'Dental checks', 'area');
    expect(find([entry('Checks dental'), entry('Dental checks')], target)).toBe('Checks dental');
  });

  it('counts only this section’s figures, not small whole numbers, but 100 and more', () => {
    const target = section('cic', 'Children in care', 'area');
    const mine = makeMeasure({ id: 'mine', unit: 'count', section: 'cic', monthly: monthsFrom([15, 100, 354]) });
    const other = makeMeasure({ id: 'other', unit: 'count', section: 'elsewhere', monthly: monthsFrom([777]) });
    const plain = entry('Children in care');
    expect(find([plain, entry('Care children', 'There were 777 elsewhere.')], target, [mine, other])).toBe('Children in care');
    expect(find([plain, entry('Care children', '15 children.')], target, [mine, other])).toBe('Children in care');
    expect(find([plain, entry('Care children', '354 children.')], target, [mine, other])).toBe('Care children');
    expect(find([plain, entry('Care children', '100 children.')], target, [mine, other])).toBe('Care children');
  });
});
