import { useEffect } from 'react';

/**
 * Puts the authority, report and period in the top margin of every printed page, using CSS page-margin boxes.
 * The text comes from data, so it is escaped into a CSS string; a constructed stylesheet needs no inline <style>,
 * which the Content-Security-Policy forbids.
 */
export function usePrintPageHeader(left: string, right: string) {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { @top-left { content: ${toCssString(left)}; font: 9px system-ui, sans-serif; color: #334155; } ` +
        `@top-right { content: ${toCssString(right)}; font: 9px system-ui, sans-serif; color: #334155; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [left, right]);
}

export function toCssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;
}
