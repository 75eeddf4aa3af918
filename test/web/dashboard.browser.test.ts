import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { repoFile } from '../../subgraphs/shared/paths';
import {
  launchBrowser,
  offMachine,
  paintedPixels,
  seriousA11yViolations,
  watchPage,
  type PageWatch,
} from '../support/browser';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { ensureWebBuild } from '../support/webBuild';

// The dashboard and the explorer in Debian's Chromium, served by the gateway as `npm start` serves them.
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A row's cells (th and td) joined by one space. */
const cells = (page: Page, selector: string) =>
  page.$$eval(selector, (rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' ')),
  );
/** What a GraphiQL editor holds (CodeMirror renders only the lines in view). */
const editorValue = (page: Page, selector: string) =>
  page.$eval(`${selector} .CodeMirror`, (editor) => (editor as any).CodeMirror.getValue() as string);

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
beforeAll(async () => {
  ensureWebBuild();
  browser = await launchBrowser();
  context = browser.context;
}, 300_000);
afterAll(() => browser?.close());

/** What every page must satisfy: nothing off this machine, no error, nothing serious for axe. */
async function expectCleanPage(page: Page, watch: PageWatch, a11yExclude: string[] = []): Promise<void> {
  expect(offMachine(watch.urls)).toEqual([]);
  expect(watch.pageErrors.map(String)).toEqual([]);
  // No refusal: the scorecard panel asks the API's scorecard (issue 14), no longer a probe.
  expect(watch.refused).toEqual([]);
  const expected400 = watch.refused.length;
  const logged400 = watch.consoleErrors.filter((m) => /status of 400/.test(m.text())).length;
  expect(logged400).toBe(expected400);
  expect(watch.consoleErrors.filter((m) => !/status of 400/.test(m.text())).map((m) => m.text())).toEqual([]);
  expect(await seriousA11yViolations(page, a11yExclude)).toEqual([]);
}

describe('the dashboard (introspection off, as in production)', () => {
  let supergraph: RunningSupergraph;
  let base: string;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    base = new URL('/', supergraph.gatewayUrl).toString();
    page = await context.newPage();
    watch = watchPage(page);
  });
  afterAll(async () => {
    await page?.close();
    await supergraph?.stop();
  });

  test('is served at / with its content type, caching and a strict CSP; /graphql stays GraphQL', async () => {
    const html = await fetch(base);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-security-policy')).toMatch(
      /default-src 'self'; script-src 'self'; style-src 'self'/,
    );
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())![1];
    const js = await fetch(new URL(asset, base));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(new URL('/assets/..%2Fpackage.json', base))).status).toBe(404);
    // Introspection is off: a browser's GET /graphql is not given the explorer.
    const explorer = await fetch(new URL('/graphql', base), { headers: { accept: 'text/html' } });
    expect(await explorer.text()).not.toMatch(/GraphiQL/);
    expect((await fetch(new URL('/explorer', base))).status).toBe(404);
  });

  test('Gia Lâm, 16/12/2020-31/05/2021: 74.483 received, 73.616 resolved, 100 % on time, 22 communes; reform 12/21 on 10/06/2021', async () => {
    await page.goto(base);
    // Diacritic-free search narrows the unit list.
    await page.fill('#unit-search', 'bat trang');
    expect(await page.$$eval('#unit option', (options) => options.map((o) => o.textContent))).toEqual(['Xã Bát Tràng']);
    await page.fill('#unit-search', 'gia lam');
    await page.selectOption('#unit', '018');
    await page.fill('#from', '16/12/2020');
    await page.fill('#to', '31/05/2021');
    await page.fill('#asOf', '10/06/2021');
    await page.press('#asOf', 'Enter');
    for (const id of ['glance', 'trend', 'communes', 'reform', 'scorecard', 'units-over-time'])
      await page.waitForSelector(`#${id}[data-state="ready"]`);

    expect(text(await page.textContent('#subject'))).toBe('Huyện Gia Lâm · 16/12/2020 – 31/05/2021');
    expect(text(await page.textContent('#card-received .card-value'))).toBe('74.483');
    expect(text(await page.textContent('#card-resolved .card-value'))).toBe('73.616');
    expect(text(await page.textContent('#card-onTimeRate .card-value'))).toBe('100 %');
    expect(await cells(page, '#levels tr[data-figure="received"]')).toEqual(['Tiếp nhận 12.989 61.494 74.483']);
    expect(await page.$$eval('#communes-table tbody tr', (rows) => rows.length)).toBe(22);
    expect(text(await page.textContent('#communes-table tbody tr:first-child th'))).toBe('Thị trấn Yên Viên');
    expect(text(await page.textContent('#reform-headline'))).toBe(
      '12/21 nhiệm vụ hoàn thành (57,14 %), tính đến ngày 10/06/2021',
    );
    // The district's scorecard for the last complete quarter of the window, both levels pooled.
    expect(text(await page.textContent('#scorecard-table caption'))).toBe('2021-Q1 · 766-2022');
    expect(text(await page.textContent('#scorecard-total'))).toBe('72,82');
    expect(page.url()).toContain('asOf=2021-06-10');
  });

  test('units over time: the timeline, and the window counted as the units were and onto today (61.494 both ways)', async () => {
    await page.waitForSelector('#units-over-time[data-state="ready"]');
    expect(await page.$$eval('#units-timeline li', (items) => items.length)).toBe(3);
    expect(text(await page.textContent('#units-timeline li:nth-child(3)'))).toMatch(/^01\/07\/2025: hết cấp huyện/);
    // As they were: the 22 units of 2021, each in its period; onto today: four communes and two ward parts.
    expect(await page.$$eval('#units-was tbody tr', (rows) => rows.length)).toBe(22);
    expect(await cells(page, '#units-was tbody tr:first-child')).toEqual([
      expect.stringMatching(/^Thị trấn Yên Viên \(00526@\) trước 2021 – 30\/06\/2025 [\d.]+$/),
    ]);
    // The record's commune-level figure (F13), the same total both ways.
    expect(text(await page.textContent('#units-was tfoot td:last-child'))).toBe('61.494');
    expect(text(await page.textContent('#units-now tfoot td:last-child'))).toBe('61.494');
    const api = await supergraph.queryGateway(
      `{ unitCounts(from: "2020-12-16", to: "2021-05-31", counting: ONTO_TODAY) { rows { unit { id name } received { value estimate } } } }`,
    );
    const shown = (r: any) =>
      `${r.unit.name} (${r.unit.id})|${r.received.estimate ? '≈ ' : ''}${r.received.value.toLocaleString('vi-VN')}`;
    const rows = await page.$$eval('#units-now tbody tr', (trs) =>
      trs.map((tr) => `${tr.children[0].textContent}|${tr.children[2].textContent}`),
    );
    expect(rows).toEqual(api.body.data.unitCounts.rows.map(shown));
    expect(rows).toHaveLength(6);
    expect(await page.textContent('#units-estimate')).toMatch(/^≈ ước tính/);
  });

  test('each chart has drawn', async () => {
    for (const canvas of ['#trend-chart', '#reform-chart'])
      expect(await paintedPixels(page, canvas)).toBeGreaterThan(2000);
  });

  test('sorting the commune table by received puts the largest first, by keyboard', async () => {
    const header = page.locator('#communes-table thead th:nth-child(3) button');
    await header.focus();
    await page.keyboard.press('Enter');
    const received = await page.$$eval('#communes-table tbody tr td:nth-child(3)', (cells) =>
      cells.map((c) => Number(c.textContent!.replace(/\./g, ''))),
    );
    expect(received).toEqual([...received].sort((a, b) => b - a));
    expect(await page.getAttribute('#communes-table thead th:nth-child(3)', 'aria-sort')).toBe('descending');
  });

  test("the communes' CSV (UTF-8 with BOM) holds the API's figures", async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#communes .csv')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const api = await supergraph.queryGateway(
      `{ district(code: "018") { report(from: "2020-12-16", to: "2021-05-31") { byCommune { commune { code name } dossiers { received resolved resolvedOnTime inProgress onTimeRate } } } } }`,
    );
    const expected = api.body.data.district.report.byCommune.map((r: any) =>
      [
        r.commune.code,
        r.commune.name,
        r.dossiers.received,
        r.dossiers.resolved,
        r.dossiers.resolvedOnTime,
        r.dossiers.inProgress,
        r.dossiers.onTimeRate,
      ].join(','),
    );
    expect(lines[0]).toBe('Mã,Đơn vị,Tiếp nhận,Đã giải quyết,Giải quyết đúng hạn,Đang giải quyết,Tỷ lệ đúng hạn');
    expect(lines.slice(1)).toEqual(expected);
    expect(expected).toHaveLength(22);
  });

  test('every request stayed on this machine, no console error, no serious accessibility violation', async () => {
    await expectCleanPage(page, watch);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: repoFile('web', 'screenshot.png'), fullPage: true });
    }
  });

  test('English on request: the same figures as English readers write them', async () => {
    await page.click('#lang');
    await page.waitForSelector('#glance[data-state="ready"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.innerText('#card-received')).toBe('Received\n74,483');
  });

  test('the printable report has the figures of the record and prints to PDF', async () => {
    const print = await context.newPage();
    const printWatch = watchPage(print);
    await print.goto(new URL('/print?unit=018&from=2020-12-16&to=2021-05-31&asOf=2021-06-10', base).toString());
    await print.waitForSelector('#app[data-state="ready"]');
    const body = text(await print.textContent('#app'));
    expect(body).toContain('Ban hành 34 văn bản chỉ đạo');
    expect(body).toContain('có 21 nhiệm vụ; đến ngày 10/06/2021 đã hoàn thành 12/21 nhiệm vụ, đạt 57,14 %');
    expect(body).toContain('Tổng số thủ tục hành chính áp dụng: 410 thủ tục (cấp huyện 262, cấp xã 148)');
    expect(body).toContain('Số thủ tục được đơn giản hóa: 43 (cấp huyện 23, cấp xã 20)');
    expect(await cells(print, '#print-dossiers tbody tr')).toEqual([
      'Cấp huyện 12.989 12.616 12.616 373 100 %',
      'Cấp xã (22 đơn vị) 61.494 61.000 61.000 494 100 %',
      'Tổng cộng 74.483 73.616 73.616 867 100 %',
    ]);
    await print.emulateMedia({ media: 'print' });
    expect(await print.isVisible('.no-print')).toBe(false);
    const pdf = await print.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await print.emulateMedia({ media: 'screen' });
    await expectCleanPage(print, printWatch);
    await print.close();
  });
});

describe('the explorer (introspection on)', () => {
  let supergraph: RunningSupergraph;

  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: { introspection: true } });
  });
  afterAll(() => supergraph?.stop());

  test('a browser opening /graphql gets GraphiQL, which runs the headline query and shows the answer', async () => {
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(supergraph.gatewayUrl);
    await page.waitForSelector('.graphiql-container .graphiql-execute-button');
    await page.waitForFunction(() =>
      (document.querySelector('.graphiql-editors .CodeMirror') as any)?.CodeMirror.getValue(),
    );
    // The first tab is the README's headline query.
    expect(await editorValue(page, '.graphiql-editors')).toMatch(/^query Headline \{/);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() =>
      (document.querySelector('.result-window .CodeMirror') as any)?.CodeMirror.getValue().includes('"completionRate"'),
    );
    const result = await editorValue(page, '.result-window');
    const answer = JSON.parse(result).data.district;
    expect(answer.name).toBe('Huyện Gia Lâm');
    expect(answer.report.total.dossiers).toEqual({
      received: 74483,
      resolved: 73616,
      resolvedOnTime: 73616,
      inProgress: 867,
      onTimeRate: 100,
    });
    expect(answer.reformPlan.progress).toEqual({ total: 21, completed: 12, completionRate: 57.14 });
    // Clients that are not browsers still get GraphQL at the same address.
    const api = await supergraph.queryGateway('{ district(code: "018") { name } }');
    expect(api.body.data.district.name).toBe('Huyện Gia Lâm');
    // GraphiQL's tab strip nests each tab's close button inside the tab (axe: nested-interactive):
    // its own markup, left to it; everything else on the page is checked.
    await expectCleanPage(page, watch, ['.graphiql-tabs']);
    await page.close();
  });
});
