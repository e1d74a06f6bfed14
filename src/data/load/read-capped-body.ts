/**
 * Reads a response body as UTF-8 text, counting bytes as they arrive and stopping the download as soon as it passes
 * `maxBytes` (null is returned then). A 1.5 GB feed is cut off at the limit, not downloaded and then refused.
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > maxBytes ? null : text;
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      // Stops the download; the promise is not awaited, as a server that keeps sending could hold it open.
      reader.cancel().catch(() => {});
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
