import { act, renderHook } from '@testing-library/react';
import { usePrintShortcut } from '../../src/lib/use-print-shortcut';
import { usePrinting } from '../../src/lib/use-printing';

function pressCtrlP(init: KeyboardEventInit = { ctrlKey: true }) {
  const event = new KeyboardEvent('keydown', { key: 'p', cancelable: true, ...init });
  window.dispatchEvent(event);
  return event;
}

describe('usePrintShortcut', () => {
  it('holds Ctrl+P until the printout is ready, then opens the print dialog', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    let finish = () => {};
    const prepare = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderHook(() => usePrintShortcut(() => false, prepare));

    expect(pressCtrlP().defaultPrevented).toBe(true);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(print).not.toHaveBeenCalled();
    await act(async () => finish());
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('leaves the browser to print at once when nothing is missing, and ignores other keys', () => {
    const prepare = vi.fn(async () => {});
    renderHook(() => usePrintShortcut(() => true, prepare));
    expect(pressCtrlP({ metaKey: true }).defaultPrevented).toBe(false);
    renderHook(() => usePrintShortcut(() => false, prepare));
    expect(pressCtrlP({ ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(pressCtrlP({}).defaultPrevented).toBe(false);
    expect(prepare).not.toHaveBeenCalled();
  });
});

describe('usePrinting', () => {
  it('is true between beforeprint and afterprint', () => {
    const { result } = renderHook(() => usePrinting());
    expect(result.current).toBe(false);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current).toBe(true);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(result.current).toBe(false);
  });
});
