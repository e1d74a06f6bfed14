import type { PeriodModel } from '../../domain/dataset-model';
import type { Section, TextBlock } from '../../domain/indicators';
import type { MeasureSummary } from '../../domain/summarise-measure';
import { draftMeasureCommentary } from '../../presenters/draft-commentary';

/** One heading of a slide's notes and its paragraphs (the shape of build-slides' NoteSection). */
type Note = { heading: string; paragraphs: string[] };

/**
 * Everything the slide has no room for, word for word: the section's definition and its whole analysis, then, for a
 * measure, the commentary drafted from the figures (kept apart and named as a draft, as on the measure page).
 */
export function describeSlideNotes(periodModel: PeriodModel, section: Section | null, summary: MeasureSummary | null = null): Note[] {
  const notes: Note[] = [];
  const definition = paragraphsOf(section?.definition ?? []);
  const analysis = paragraphsOf(section?.analysis ?? []);
  if (definition.length > 0) notes.push({ heading: 'Definition', paragraphs: definition });
  if (analysis.length > 0) notes.push({ heading: 'Performance analysis', paragraphs: analysis });
  if (summary) {
    const drafted = draftMeasureCommentary(summary, periodModel.spcOf(summary.measure.id));
    if (drafted.length > 0) notes.push({ heading: 'Drafted from the figures (check before use)', paragraphs: drafted });
  }
  return notes;
}

/** Paragraphs as they are; each list item its own paragraph, marked as a point. */
function paragraphsOf(blocks: readonly TextBlock[]): string[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => `• ${item}`) : [block.text]));
}
