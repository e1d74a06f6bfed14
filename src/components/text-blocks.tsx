import type { TextBlock } from '../domain/indicators';
import { cx } from '../lib/cx';

export type TextBlocksProps = { blocks: readonly TextBlock[]; className?: string };

/**
 * Definition and analysis text from the data file, as React text. Any markup in it is shown literally rather than
 * interpreted: the file is written by people and pipelines outside this app.
 */
export function TextBlocks({ blocks, className }: TextBlocksProps) {
  return (
    <div className={cx('space-y-3 leading-relaxed print:space-y-1.5 print:leading-snug', className)}>
      {blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
