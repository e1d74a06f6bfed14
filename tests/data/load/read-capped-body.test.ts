import { readCappedBody } from '../../../src/data/load/read-capped-body';

const streamOf = (...chunks: number[][]) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    }),
  );

describe('readCappedBody', () => {
  it('reads a body up to and including the limit, and refuses one byte more', async () => {
    expect(await readCappedBody(streamOf([0x7b, 0x7d], [0x20, 0x20]), 4)).toBe('{}  ');
    expect(await readCappedBody(streamOf([0x7b, 0x7d], [0x20, 0x20, 0x20]), 4)).toBeNull();
  });

  it('decodes a character split between two chunks, and drops a UTF-8 byte order mark', async () => {
    // "£" is C2 A3 in UTF-8.
    expect(await readCappedBody(streamOf([0xef, 0xbb, 0xbf, 0x22, 0xc2], [0xa3, 0x22]), 100)).toBe('"£"');
  });

  it('counts bytes, not characters, when the body is not a stream', async () => {
    const response = new Response('££');
    Object.defineProperty(response, 'body', { value: null });
    expect(await readCappedBody(response, 3)).toBeNull();
  });
});
