import './index.css';
import { yieldToMain } from './lib/yield-to-main';

/**
 * The app's code is run in four tasks rather than one long one that a tap would wait for: the data contract (zod
 * builds its schemas as it loads), the derived model, React's DOM renderer, then the app itself: at a fourfold CPU
 * slowdown on a busy machine, about 100-280, 10-100, 180-290 and 60-80 ms each. The published page preloads every
 * stage with the app (scripts/lib/prerender-site.ts), so no stage waits for a download.
 */
async function main() {
  await import('./data/contract/parse-dataset');
  await yieldToMain();
  await import('./domain/dataset-model');
  await yieldToMain();
  await import('react-dom/client');
  await yieldToMain();
  const { startApp } = await import('./app/start-app');
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  await startApp(container);
}

main().catch((error: unknown) => {
  // Nothing must stay hidden behind a start-up that failed (page-boot.js hides a published page's figures meanwhile).
  document.documentElement.classList.remove('figures-pending');
  throw error;
});
