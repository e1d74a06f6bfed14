/** A clock, drawn rather than an emoji (the ⏳ glyph is missing from many fonts); beside words, never alone. */
export function ClockIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="mr-1 inline size-4 align-[-2px]" fill="none" stroke="currentColor" strokeWidth={1.6}>
      <circle cx="8" cy="8" r="6.2" />
      <path d="M8 4.5V8l2.5 1.8" />
    </svg>
  );
}
