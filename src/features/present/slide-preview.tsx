import { useRef } from 'react';
import type { Slide } from './build-slides';
import { MeasureSlide } from './measure-slide';
import { SectionSlide } from './section-slide';
import { SlideFrameHeight } from './slide-frame';
import { SLIDE_HEIGHT, SLIDE_WIDTH, useFitScale } from './use-fit-scale';

export type SlidePreviewProps = { slide: Slide; periodLabel: string };

/** A slide as the room sees it at 1920x1080, scaled down to the width it is given (presenter view). */
export function SlidePreview({ slide, periodLabel }: SlidePreviewProps) {
  const box = useRef<HTMLDivElement>(null);
  const scale = useFitScale(box);
  return (
    <div ref={box} className="relative aspect-video w-full overflow-hidden rounded-md border border-slate-400 bg-white text-slate-900 shadow-sm">
      {scale > 0 && (
        // One slide unit is one pixel here: the slide is laid out at the room's size, then scaled as a whole.
        <div
          className="absolute top-0 left-0 flex origin-top-left flex-col slide-px-48 slide-py-32"
          style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, transform: `scale(${scale})`, ['--slide-u' as string]: '1px' }}
        >
          <SlideFrameHeight value={SLIDE_HEIGHT}>
            {slide.kind === 'measure' ? (
              <MeasureSlide key={slide.key} slide={slide} periodLabel={periodLabel} idle />
            ) : slide.kind === 'section' ? (
              <SectionSlide key={slide.key} slide={slide} periodLabel={periodLabel} />
            ) : (
              // Its comparison may be with a file chosen in the slides window only: the title stands for it here.
              <h1 className="slide-text-64 font-bold">{slide.heading}</h1>
            )}
          </SlideFrameHeight>
        </div>
      )}
    </div>
  );
}
