import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { createQueryClient } from './lib/query-client';
import { config } from './lib/config';
import { prefetchFirstDataset } from './data/load/prefetch-first-dataset';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// Before the first render: see prefetch-first-dataset.ts.
prefetchFirstDataset(queryClient, window.location, config.dataUrl, config);

createRoot(container).render(
  <StrictMode>
    <App router={createAppRouter()} queryClient={queryClient} />
  </StrictMode>,
);
