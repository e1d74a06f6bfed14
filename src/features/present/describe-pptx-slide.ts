import type { MeasureSlide, NoteSection, SectionSlide } from './build-slides';

/** What one PowerPoint slide says, in words: the slide's own text, and its notes as the speaker notes' plain text. */
export type PptxSlideText = {
  context: string;
  heading: string;
  /** A measure's headline: its figure, the status in words, and the lines under them. */
  headline: { periodLabel: string; value: string; status: string; details: string[] } | null;
  /** A section's measures, one row each. */
  rows: { heading: string; value: string; status: string }[];
  notes: string;
};

export function describePptxSlide(slide: MeasureSlide | SectionSlide, periodLabel: string): PptxSlideText {
  if (slide.kind === 'section') {
    return {
      context: `${slide.context} · ${periodLabel}`,
      heading: slide.heading,
      headline: null,
      rows: slide.tiles.map((tile) => ({ heading: tile.heading, value: tile.valueText, status: tile.statusLabel })),
      notes: writeNotes(slide.notes),
    };
  }
  const { tile } = slide;
  return {
    context: slide.context,
    heading: slide.heading,
    headline: {
      periodLabel,
      value: tile.valueText,
      status: tile.statusLabel,
      details: [tile.targetText, tile.variance?.text, tile.direction.text, tile.family?.whichFigure, tile.valueNote, tile.benchmark && `${tile.benchmark.year}: ${tile.benchmark.comparisons}`].filter(
        (line): line is string => typeof line === 'string' && line !== '',
      ),
    },
    rows: [],
    notes: writeNotes(slide.notes),
  };
}

/** Headings and paragraphs as plain text: speaker notes keep line breaks, not formatting. */
export function writeNotes(notes: readonly NoteSection[]): string {
  return notes.map((note) => [note.heading.toUpperCase(), ...note.paragraphs].join('\n')).join('\n\n');
}
