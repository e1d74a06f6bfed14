import type { IssueList } from './csv-issue';
import { quoteCell } from './csv-cells';

type Claim = { value: unknown; row: number };

/**
 * Details that repeat on every row of one measure (or section, or the whole file). An analyst may fill them
 * on every row or once; what they may not do is give two different values, which is reported on the row
 * that disagrees, naming the row it disagrees with.
 */
export class Claims {
  private readonly claims = new Map<string, Claim>();
  private readonly unreadable = new Set<string>();

  constructor(
    private readonly issues: IssueList,
    /** How the owner is named in messages: 'measure "csc-022"', 'the file'. */
    private readonly owner: string,
  ) {}

  offer(column: string, value: unknown, row: number): void {
    if (value === null || value === undefined) return;
    const prior = this.claims.get(column);
    if (!prior) {
      this.claims.set(column, { value, row });
      return;
    }
    if (JSON.stringify(prior.value) !== JSON.stringify(value))
      this.issues.add(row, column, `${show(value)} differs from ${show(prior.value)} on row ${prior.row} for ${this.owner}: it must be the same on every row`);
  }

  /** A cell of this column could not be read (and was reported), so its absence needs no second message. */
  markUnreadable(column: string): void {
    this.unreadable.add(column);
  }

  isMissing(column: string): boolean {
    return !this.claims.has(column) && !this.unreadable.has(column);
  }

  value<T>(column: string): T | undefined {
    return this.claims.get(column)?.value as T | undefined;
  }

  row(column: string): number | undefined {
    return this.claims.get(column)?.row;
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? quoteCell(value) : JSON.stringify(value);
}

/**
 * Definition and analysis text from one cell: paragraphs separated by a blank line; a paragraph whose lines
 * all start with "- " or "• " becomes a bulleted list. Text stays text: nothing in it is read as markup.
 */
export function toTextBlocks(text: string | undefined): ({ type: 'paragraph'; text: string } | { type: 'list'; items: string[] })[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines) =>
      lines.every((line) => /^[-•*]\s+/.test(line))
        ? { type: 'list' as const, items: lines.map((line) => line.replace(/^[-•*]\s+/, '')) }
        : { type: 'paragraph' as const, text: lines.join(' ') },
    );
}
