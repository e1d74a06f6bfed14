/**
 * Our own words for an HTTP status. The server's reason phrase is never shown: a hostile or hijacked server can put
 * anything there ("Service moved, sign in again at ..."), and the dashboard would be saying it.
 */
const WORDS: Record<number, string> = {
  400: 'the request was refused',
  401: 'the feed needs a sign-in',
  403: 'access to the feed is refused',
  408: 'the server gave up waiting',
  410: 'the feed has been removed',
  429: 'too many requests',
  500: 'a server error',
  501: 'a server error',
  502: 'the server is unavailable',
  503: 'the server is unavailable',
  504: 'the server is unavailable',
};

export function describeHttpStatus(status: number): string {
  return WORDS[status] ?? (status >= 500 ? 'a server error' : status >= 400 ? 'the request was refused' : 'an unexpected answer');
}
