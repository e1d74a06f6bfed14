/**
 * Optional parts of a measure in data contract v1 (issue 14): families, targets that change, and figures the
 * report states. Kept apart from indicators.ts so the core contract stays short; every field is optional, so a
 * file without them is read exactly as before. The zod schema (src/data/contract/measure-extensions-schema.ts)
 * `satisfies` these types.
 */

/** A stated figure: a period figure printed in the report's text that its table cannot reproduce. */
export type StatedFigure = {
  /** A quarter or year key as in links: "2023-24-Q2", "2022-23-Q2", "2023-24". */
  period: string;
  value: number;
  /** Where the report says it ("Performance Summary: Referrals; analysis"). */
  source: string;
};

/** One month of an in-year trajectory: where a building figure should be by the end of that month. */
export type TrajectoryPoint = { month: string; value: number };

/** The target for one financial year, with an optional in-year path. */
export type YearTarget = {
  /** "2023/24" */
  year: string;
  value: number;
  source?: string | undefined;
  /** Where the figure should be month by month; overrides the assumed straight line of a measure that builds up. */
  path?: TrajectoryPoint[] | undefined;
};

export type MeasureExtensions = {
  /**
   * Id of the month-basis measure this year-to-date measure is the year-to-date version of, where it is a ratio
   * rather than a running sum (CSC 038 of CSC 040). Running sums use `cumulativeOf`.
   */
  yearToDateOf?: string | undefined;
  /** Id of the count this rate or percentage expresses (CSC 035's rate per 10,000 of CSC 036's assessments). */
  rateOf?: string | undefined;
  /** Why this measure's figures cannot stand in for its family's (CSC 252b 15 days repeats the monthly column). */
  unreliable?: string | undefined;
  /** "quarter": each figure covers the quarter that ends in its month (initial health assessments from Health). */
  pointsCover?: 'quarter' | undefined;
  /** Quarter or year figures the report states in its text but its table cannot reproduce. */
  statedFigures?: StatedFigure[] | undefined;
  /** Where `target` comes from when the table does not print it (a Performance Summary sentence). */
  targetSource?: string | undefined;
  /** Targets per financial year; a year without an entry uses `target`. */
  targets?: YearTarget[] | undefined;
  /**
   * A year-to-date completion figure that builds from 0 in April to its year-end target (dental checks done this
   * year): judged against its trajectory for the month, not the year-end target.
   */
  buildsUp?: boolean | undefined;
};
