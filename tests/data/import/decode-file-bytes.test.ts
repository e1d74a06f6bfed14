import { decodeFileBytes } from '../../../src/data/import/decode-file-bytes';

describe('decodeFileBytes', () => {
  it('reads "CSV UTF-8" with or without the byte order mark', () => {
    expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc2, 0xa3]))).toEqual({ text: 'a£', encoding: 'utf-8' });
    expect(decodeFileBytes(new TextEncoder().encode('a’b'))).toEqual({ text: 'a’b', encoding: 'utf-8' });
  });

  it('reads Excel\'s older plain "CSV" as Windows-1252, keeping £ and curly apostrophes', () => {
    expect(decodeFileBytes(new Uint8Array([0x61, 0xa3, 0x92, 0x62]))).toEqual({ text: 'a£’b', encoding: 'windows-1252' });
  });

  it('reads "Unicode Text" (UTF-16 with a byte order mark)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0x62, 0x00]);
    expect(decodeFileBytes(bytes)).toEqual({ text: 'a\tb', encoding: 'utf-16le' });
  });
});
