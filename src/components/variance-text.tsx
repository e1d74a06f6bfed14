import type { ElementType } from 'react';
import { VARIANCE_TONES, type VarianceTone } from '../presenters/variants';
import { cx } from '../lib/cx';

export type VarianceTextProps = { variance: { text: string; tone: VarianceTone }; as?: ElementType; className?: string };

/** "8.7 pp below the 90% target", coloured by whether that is good news; the words say the side either way. */
export function VarianceText({ variance, as: Element = 'p', className }: VarianceTextProps) {
  return <Element className={cx(VARIANCE_TONES[variance.tone], className)}>{variance.text}</Element>;
}
