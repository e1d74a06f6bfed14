import type { DataIssue } from '../contract/describe-issues';

export type DatasetLoadErrorKind = 'network' | 'blocked' | 'timeout' | 'not-found' | 'http' | 'not-json' | 'too-large' | 'invalid';

/** A failure to load indicator data, with enough detail to tell the user what to fix. */
export class DatasetLoadError extends Error {
  readonly kind: DatasetLoadErrorKind;
  readonly source: string;
  readonly issues: DataIssue[];

  constructor(kind: DatasetLoadErrorKind, source: string, message: string, issues: DataIssue[] = []) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.source = source;
    this.issues = issues;
  }
}
