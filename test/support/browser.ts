import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

/** Debian's Chromium (apt package `chromium`), headless, with nothing that calls home. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'onestop-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  /** Every URL the page asked for. */
  urls: string[];
  consoleErrors: ConsoleMessage[];
  pageErrors: Error[];
  /** GraphQL requests answered 400, with their operation and error codes. */
  refused: { operationName: string; codes: string[] }[];
}

/** Records what a page requests and every error it reports. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { urls: [], consoleErrors: [], pageErrors: [], refused: [] };
  page.on('request', (request) => watch.urls.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error));
  page.on('response', async (response) => {
    if (response.status() !== 400 || !response.url().endsWith('/graphql')) return;
    const sent = JSON.parse(response.request().postData() ?? '{}');
    const body = await response.json().catch(() => ({}));
    const operationName = /query\s+(\w+)/.exec(sent.query ?? '')?.[1] ?? '';
    watch.refused.push({ operationName, codes: (body.errors ?? []).map((e: any) => e.extensions?.code) });
  });
  return watch;
}

/** Only this machine: the gateway on 127.0.0.1 or localhost, and blobs the page made itself. */
export function offMachine(urls: string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith('blob:http://127.0.0.1:') || url.startsWith('blob:http://localhost:')) return false;
    const { protocol, hostname } = new URL(url);
    return !((protocol === 'http:' || protocol === 'https:') && (hostname === '127.0.0.1' || hostname === 'localhost'));
  });
}

/** axe-core's serious and critical findings, injected from node_modules (no network). */
export async function seriousA11yViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) does not apply.
  await page.evaluate(readFileSync(require.resolve('axe-core'), 'utf8'));
  const results = await page.evaluate(
    (skip: string[]) =>
      (window as any).axe.run(skip.length ? { exclude: skip } : document, { resultTypes: ['violations'] }),
    exclude,
  );
  return results.violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: any) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n: any) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** Pixels of a canvas that are not fully transparent. */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}
