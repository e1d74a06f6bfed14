/**
 * Which addresses this page's Content-Security-Policy has refused to connect to. A fetch the policy blocks fails
 * with the same bare "Failed to fetch" as a network fault; the browser tells the two apart only through the
 * `securitypolicyviolation` event, which this records so that the failure can be named for what it is.
 */

const blockedOrigins = new Set<string>();
let listening = false;

/** Starts listening once; harmless to call again, and a no-op outside a browser. */
export function watchSecurityPolicyViolations(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (!/^connect-src/.test(event.effectiveDirective || event.violatedDirective)) return;
    const origin = originOf(event.blockedURI);
    if (origin) blockedOrigins.add(origin);
  });
}

/**
 * Whether the policy blocked a connection to `url`'s site. The violation event is queued as its own task, which may
 * run after the failed fetch settles, so this lets pending tasks run first.
 */
export async function wasBlockedBySecurityPolicy(url: string, base = globalThis.location?.href): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const origin = originOf(url, base);
  return origin !== null && blockedOrigins.has(origin);
}

function originOf(url: string, base?: string): string | null {
  try {
    return new URL(url, base).origin;
  } catch {
    return null;
  }
}
