import { useId, useState, type FormEvent } from 'react';
import { draftEvent, type EventDraftFields, type EventDraftResult } from './draft-event';
import type { Measure } from '../../domain/indicators';

export type DraftEventPanelProps = { measure: Pick<Measure, 'id' | 'serviceArea'>; measureName: string; areaName: string };

const EMPTY: EventDraftFields = { date: '', title: '', text: '', scope: 'measure' };

/**
 * Drafts an event for the feed: the form checks it with the contract's schema and writes the JSON object and the CSV
 * row to copy out. Nothing is kept: the dashboard has no shared store, so the analyst adds the event to the feed.
 */
export function DraftEventPanel({ measure, measureName, areaName }: DraftEventPanelProps) {
  const id = useId();
  const [fields, setFields] = useState<EventDraftFields>(EMPTY);
  const [result, setResult] = useState<EventDraftResult | null>(null);
  const problemOf = (field: string) => (result && !result.ok ? result.problems.find((p) => p.field === field)?.message : undefined);
  const set = (field: keyof EventDraftFields) => (value: string) => setFields((f) => ({ ...f, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setResult(draftEvent(fields, measure));
  }

  const field = (name: 'date' | 'title' | 'text', label: string, hint: string, multiline = false) => {
    const problem = problemOf(name);
    const describedBy = [`${id}-${name}-hint`, problem ? `${id}-${name}-error` : ''].filter(Boolean).join(' ');
    const common = {
      id: `${id}-${name}`,
      name,
      value: fields[name],
      'aria-describedby': describedBy,
      'aria-invalid': problem ? true : undefined,
      className: 'mt-1 w-full rounded border border-slate-500 px-2 py-1.5',
    };
    return (
      <div>
        <label htmlFor={`${id}-${name}`} className="font-medium">
          {label}
        </label>
        <p id={`${id}-${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
        {multiline ? <textarea rows={3} {...common} onChange={(e) => set(name)(e.target.value)} /> : <input type="text" {...common} onChange={(e) => set(name)(e.target.value)} />}
        {problem && (
          <p id={`${id}-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <details className="mt-4 rounded border border-slate-300 p-3" data-print="hide">
      <summary className="cursor-pointer font-medium text-blue-800 underline">Draft an event</summary>
      <p className="mt-2 text-sm text-slate-700">
        The dashboard keeps no shared store of events: draft one here, copy it out, and ask the analyst to add it to the feed
        (the JSON to the file&apos;s <code>events</code>, or the CSV row to the import file).
      </p>
      <form className="mt-3 flex flex-col gap-3" noValidate onSubmit={submit} aria-label="Draft an event">
        {field('date', 'Date', 'A month ("2023-06") or a day ("2023-06-14").')}
        {field('title', 'Title', 'Short, for the chart\'s key: up to 80 characters.')}
        {field('text', 'What happened', 'What changed and why it matters to the figures.', true)}
        <fieldset>
          <legend className="font-medium">Concerns</legend>
          {(
            [
              ['measure', `This measure (${measureName})`],
              ['service-area', `Every measure of ${areaName}`],
              ['dataset', 'Every measure'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input type="radio" name={`${id}-scope`} value={value} checked={fields.scope === value} onChange={() => setFields((f) => ({ ...f, scope: value }))} />
              {label}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="btn">
            Write the event
          </button>
        </div>
      </form>
      <div role="status" className="mt-3">
        {result && !result.ok && <p className="font-medium text-red-800">Fix {result.problems.length === 1 ? 'the field above' : `the ${result.problems.length} fields above`} to write the event.</p>}
        {result?.ok && (
          <div className="flex flex-col gap-3">
            <DraftOutput label="JSON for the feed's events" text={result.json} />
            <DraftOutput label="CSV heading and row for the import" text={result.csv.trimEnd()} />
          </div>
        )}
      </div>
    </details>
  );
}

function DraftOutput({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied');
    } catch {
      // Clipboard access is refused on plain http and in some locked-down browsers: the text is there to select.
      setCopied('Select the text above and copy it');
    }
  }
  return (
    <div>
      <p className="font-medium">{label}</p>
      <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-sm whitespace-pre-wrap" tabIndex={0} aria-label={label}>
        {text}
      </pre>
      <span className="mt-1 inline-flex items-center gap-2">
        <button type="button" className="btn" onClick={() => void copy()}>
          Copy {label.startsWith('JSON') ? 'JSON' : 'CSV row'}
        </button>
        <span className="text-sm text-slate-700">{copied}</span>
      </span>
    </div>
  );
}
