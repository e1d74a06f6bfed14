import { parseCsvText } from '../../../src/data/import/parse-csv';
import { convertCsvRecords } from '../../../src/data/import/convert-csv';
import { describeCsvLocation } from '../../../src/data/import/csv-issue';

// The report's own cases: CSC 040 with its year to date CSC 038, the Sep-23 cell repeated as the year, referrals'
// stated Q2 78.0%, and the dental checks that build up to 90% by March.
const HEADER =
  'measure_id,code,title,section,section_title,service_area,service_area_name,unit,polarity,basis,additive,target,period,value,' +
  'year_to_date_of,builds_up,repeats_month,stated_period,stated_value,stated_source,year_target,trajectory';
const AREA = 'assessments-timeliness,Assessments: timeliness,assessment-and-child-protection,Assessment and child protection';
const CSC_040 = `csc-040,CSC 040,Monthly % within 45 working days,${AREA},percent,higher-is-better,month,FALSE,90`;
const CSC_038 = `csc-038,CSC 038,% within 45 working days (year to date),${AREA},percent,higher-is-better,year-to-date,FALSE,90`;
const DENTAL = `dental,,Dental checks (year to date),${AREA},percent,higher-is-better,year-to-date,FALSE,90`;

async function convert(lines: string[]) {
  const { records, issues } = await parseCsvText(lines.join('\r\n'));
  return convertCsvRecords(records, { authority: 'Darlington Borough Council', title: 'Test' }, issues);
}

describe('the CSV columns for families, targets and stated figures', () => {
  it('reads family links, a repeated Annual Trend cell, a stated quarter and a trajectory', async () => {
    const result = await convert([
      HEADER,
      `${CSC_040},2023-09,47.7,,,,2023-24-Q2,50.0,Performance Summary,,`,
      `${CSC_040},2023/24,47.7,,,2023-09,,,,,`,
      `${CSC_038},2023-09,54.0,csc-040,,,,,,,`,
      `${DENTAL},2023-09,51.8,,yes,,,,,,40`,
      `${DENTAL},2023/24,51.8,,,,,,,95,`,
    ]);
    if (!result.ok) throw new Error(result.issues.map((i) => `${describeCsvLocation(i)}: ${i.message}`).join('\n'));
    const [csc040, csc038, dental] = result.dataset.measures;
    expect(csc040?.statedFigures).toEqual([{ period: '2023-24-Q2', value: 50, source: 'Performance Summary' }]);
    expect(csc040?.annual).toEqual([{ year: '2023/24', value: 47.7, repeatsMonth: '2023-09' }]);
    expect(csc038?.yearToDateOf).toBe('csc-040');
    expect(dental?.buildsUp).toBe(true);
    expect(dental?.targets).toEqual([{ year: '2023/24', value: 95, path: [{ month: '2023-09', value: 40 }] }]);
  });

  it('names the row and column of a stated figure without its source', async () => {
    const result = await convert([HEADER, `${CSC_040},2023-09,47.7,,,,Q2 2023/24,78.0,,,`]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${describeCsvLocation(i)}: ${i.message}`).join('|')).toContain(
      'Row 2, column stated_source: say where the report states 78 (e.g. "Performance Summary: Referrals")',
    );
  });
});
