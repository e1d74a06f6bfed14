import { useEffect } from 'react';

type MarginBox = 'top-left' | 'top-right' | 'bottom-left';

/**
 * Puts the authority, report and period in the top margin of every printed page, using CSS page-margin boxes
 * (Chromium draws them since version 131, in Ctrl+P as in a PDF). The page numbers are in index.css.
 */
export function usePrintPageHeader(left: string, right: string) {
  usePrintMarginBoxes('top-left', left, 'top-right', right);
}

/** Where the figures come from and their "data as at" date, in the bottom margin of every printed page. */
export function usePrintPageFooter(text: string) {
  usePrintMarginBoxes('bottom-left', text);
}

/**
 * The text comes from data, so it is escaped into a CSS string; a constructed stylesheet needs no inline <style>,
 * which the Content-Security-Policy forbids. Several @page rules add up, so header and footer can come from
 * different components.
 */
function usePrintMarginBoxes(box: MarginBox, text: string, otherBox?: MarginBox, otherText?: string) {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    const rule = (name: MarginBox, content: string) => `@${name} { content: ${toCssString(content)}; font: 9px system-ui, sans-serif; color: #334155; } `;
    sheet.replaceSync(`@page { ${rule(box, text)}${otherBox && otherText !== undefined ? rule(otherBox, otherText) : ''}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [box, text, otherBox, otherText]);
}

export function toCssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;
}
