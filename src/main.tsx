import { startApp } from './app/start-app';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

startApp(container).catch((error: unknown) => {
  // Nothing must stay hidden behind a start-up that failed (page-boot.js hides a published page's figures meanwhile).
  document.documentElement.classList.remove('figures-pending');
  throw error;
});
