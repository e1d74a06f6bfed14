import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { findFreePort, type PreviewServer } from './preview';

export { precompress, precompressAll } from '../../scripts/lib/precompress';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static host as councils deploy the dashboard: files as they are, `<file>.gz` in their place for a browser
 * that accepts gzip, `<path>.html` for a path without extension (a published page, as Netlify, Cloudflare Pages and
 * nginx's `try_files $uri $uri.html` serve it), and index.html for any other path (the SPA fallback). Unlike `vite preview`, it does not
 * compress each response again, which for a 13 MB data file costs the server about 0.3 s of CPU per request on
 * this machine, CPU the browser under test then lacks.
 */
export async function startStaticHost(root: string): Promise<PreviewServer> {
  const base = resolve(root);
  const port = await findFreePort();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if ((!existsSync(file) || statSync(file).isDirectory()) && extname(path) === '' && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path) !== '') {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(base, 'index.html');
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    const gzipped = `${file}.gz`;
    const useGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && existsSync(gzipped);
    const served = useGzip ? gzipped : file;
    if (useGzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(statSync(served).size);
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
