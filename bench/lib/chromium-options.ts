/**
 * How every tool here starts Debian's Chromium (browser downloads are not possible on our machines): the browser
 * tests (playwright.config.ts), the benchmarks and Lighthouse. No imports, so any config file can read it.
 */

/** Debian's Chromium; CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// --no-sandbox for running as root; without the background-networking flags Chromium keeps trying to reach the
// (closed) network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
