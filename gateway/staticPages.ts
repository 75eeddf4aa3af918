import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { repoFile } from '../subgraphs/shared/paths';

/** Where `npm run build` puts the pages (web/, built by Vite). */
export const PAGES_DIR = repoFile('dist', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

// Nothing from outside and nothing inline: scripts, styles, requests and images come from this
// origin only. GraphiQL's stylesheet embeds its fonts as data: URLs, the one exception.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface PagesOptions {
  /** The explorer (GraphiQL) is served only where introspection is on: it needs the schema. */
  explorer: boolean;
  dir?: string;
}

/** Which built file a path names, if any: the pages by name, hashed assets by file name only. */
function fileFor(req: IncomingMessage, pathname: string, explorer: boolean): string | undefined {
  if (pathname === '/' || pathname === '/index.html') return 'index.html';
  if (pathname === '/print' || pathname === '/print.html') return 'print.html';
  if (pathname === '/favicon.svg') return 'favicon.svg';
  if (explorer && (pathname === '/explorer' || pathname === '/explorer.html')) return 'explorer.html';
  // A browser opening /graphql gets the explorer; every other client gets GraphQL as before.
  if (explorer && pathname === '/graphql' && req.method === 'GET' && /\btext\/html\b/.test(req.headers.accept ?? ''))
    return 'explorer.html';
  const asset = /^\/assets\/([\w.-]+)$/.exec(pathname);
  if (asset && !asset[1].startsWith('.')) return path.join('assets', asset[1]);
  return undefined;
}

/**
 * The dashboard, its printable report and the explorer, served by the gateway beside /graphql.
 * Returns a handler that answers the requests it knows (true) and leaves the rest (false).
 */
export function staticPages(options: PagesOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const dir = options.dir ?? PAGES_DIR;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = (req.url ?? '/').split('?')[0];
    const file = fileFor(req, pathname, options.explorer);
    if (!file) return false;
    readFile(path.join(dir, file)).then(
      (content) => {
        const hashed = file.startsWith('assets');
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-length': content.length,
          // Asset names carry a hash of their content: keep them; pages always ask again.
          'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          ...(pathname === '/graphql' ? { vary: 'accept' } : {}),
        });
        res.end(req.method === 'HEAD' ? undefined : content);
      },
      () => {
        const text = file.startsWith('assets') ? 'Not found' : 'The pages are not built: run npm run build';
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      },
    );
    return true;
  };
}
