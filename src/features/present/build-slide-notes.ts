import type { PeriodModel } from '../../domain/dataset-model';
import type { FamilyHeadline } from '../../domain/family-headline';
import type { Section, TextBlock } from '../../domain/indicators';
import { draftMeasureCommentary } from '../../presenters/draft-commentary';
import { measureShortName } from '../../presenters/labels';

/** One heading of a slide's speaker notes, with its text as plain paragraphs (list items each one, led by a bullet). */
export type NoteSection = { heading: string; paragraphs: string[] };

/** Every text block as plain paragraphs, nothing cut: notes are where what does not fit on a slide is kept whole. */
export function flattenBlocks(blocks: readonly TextBlock[]): string[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => `• ${item}`) : [block.text]));
}

/**
 * A slide's notes: the section's full definition and analysis as the analysts wrote them, then the drafted
 * commentary of each measure on the slide (labelled as a draft, since it is worked out from the figures, not written).
 */
export function buildSlideNotes(section: Section | undefined, headlines: readonly FamilyHeadline[], periodModel: PeriodModel): NoteSection[] {
  const notes: NoteSection[] = [
    { heading: 'Definition', paragraphs: flattenBlocks(section?.definition ?? []) },
    { heading: 'Analysis', paragraphs: flattenBlocks(section?.analysis ?? []) },
  ];
  for (const { summary } of headlines) {
    const { measure } = summary;
    const heading = headlines.length === 1 ? 'Drafted commentary' : `Drafted commentary: ${measureShortName(measure)}`;
    notes.push({ heading, paragraphs: draftMeasureCommentary(summary, periodModel.spcOf(measure.id)) });
    if (measure.notes && measure.notes.length > 0) {
      notes.push({ heading: `Notes on ${measureShortName(measure)}`, paragraphs: [...measure.notes] });
    }
  }
  return notes.filter((note) => note.paragraphs.length > 0);
}
