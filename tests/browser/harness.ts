/**
 * Shared harness for browser tests: serves the built `dist/` on a loopback
 * port and drives Debian's Chromium through playwright-core.
 *
 * A test that cannot find Chromium fails with a clear message; it never skips.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  url: string;
  server: Server;
  /** Every path requested, in order (for page-weight and third-party checks). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` like a plain static host: index.html for folders, 404.html for misses. */
export async function serveDist(dir = DIST): Promise<Served> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
  }
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(dir, '404.html');
      if (!existsSync(path)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    res.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    server,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) ` +
        'or run scripts/ensure-chromium.sh; set CHROMIUM_PATH to use another binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Saves a full-page screenshot as a test artifact under test-results/<group>/<name>.png,
 * so a reviewer can look at what the test saw at each width.
 */
export async function saveScreenshot(page: Page, group: string, name: string): Promise<string> {
  const dir = resolve('test-results', group);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The two widths every reader-facing page is checked at: a desktop and a phone. */
export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
] as const;
