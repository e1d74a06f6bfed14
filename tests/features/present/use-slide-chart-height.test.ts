import { act, renderHook } from '@testing-library/react';
import { useSlideChartHeight } from '../../../src/features/present/use-slide-chart-height';

function resizeTo(height: number) {
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
  window.dispatchEvent(new Event('resize'));
}

describe('useSlideChartHeight', () => {
  it('gives the chart 460 px on a 1080-line screen, less on shorter ones, never under 220', () => {
    resizeTo(1080);
    const { result } = renderHook(() => useSlideChartHeight());
    expect(result.current).toBe(460);
    act(() => resizeTo(900));
    expect(result.current).toBe(340);
    act(() => resizeTo(768));
    expect(result.current).toBe(220);
  });
});
