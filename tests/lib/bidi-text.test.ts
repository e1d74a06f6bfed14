import { hasVisibleText, isolateBidi } from '../../src/lib/bidi-text';

describe('isolateBidi', () => {
  it('leaves text without right-to-left letters or direction controls alone', () => {
    expect(isolateBidi('CSC 022: Referrals — 81.3% (Q2 2023/24)')).toBe('CSC 022: Referrals — 81.3% (Q2 2023/24)');
  });

  it('isolates right-to-left text, so that figures next to it keep their places', () => {
    expect(isolateBidi('مجلس دارلينغتون')).toBe('\u2068مجلس دارلينغتون\u2069');
    expect(isolateBidi('מועצה')).toBe('\u2068מועצה\u2069');
  });

  it('closes overrides, embeddings and isolates left open, innermost first', () => {
    expect(isolateBidi('a\u202eb')).toBe('\u2068a\u202eb\u202c\u2069');
    expect(isolateBidi('\u2066a\u202db')).toBe('\u2068\u2066a\u202db\u202c\u2069\u2069');
  });

  it('drops closers with nothing to close, which would close the page’s own', () => {
    expect(isolateBidi('a\u202c\u2069b')).toBe('\u2068ab\u2069');
    expect(isolateBidi('\u202ea\u202c\u202cb')).toBe('\u2068\u202ea\u202cb\u2069');
  });

  it('lets a PDI close the embeddings opened inside its isolate', () => {
    expect(isolateBidi('\u2067\u202ea\u2069b')).toBe('\u2068\u2067\u202ea\u2069b\u2069');
  });

  it('does not wrap its own output again', () => {
    const once = isolateBidi('x\u202e');
    expect(isolateBidi(once)).toBe(once);
    expect(isolateBidi('\u2068a\u2069\u2068b\u2069')).toBe('\u2068\u2068a\u2069\u2068b\u2069\u2069');
  });
});

describe('hasVisibleText', () => {
  it('is false for empty text and text made only of invisible characters', () => {
    for (const text of ['', ' ', '\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u202e\u202c', '\u3164', '\u2800', '\u00ad', '\ufe0f', '\t\r\n']) expect(hasVisibleText(text)).toBe(false);
  });

  it('is true once anything shows', () => {
    for (const text of ['a', '\u200b.', '—', '٣', '😀', '\u200bX\u200b']) expect(hasVisibleText(text)).toBe(true);
  });
});
