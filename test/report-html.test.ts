// The HTML report, opened in a real headless browser (Debian's chromium through playwright-core).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const CHROMIUM = process.env.CHIBO_CHROMIUM ?? '/usr/bin/chromium';
// On a developer's machine without Chromium the browser tests are skipped; in CI they must run.
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);

const dir = mkdtempSync(path.join(tmpdir(), 'chibo-html-'));
const htmlFile = path.join(dir, 'report.html');

function report(args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'report', 'examples/year-2024', ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
}

/** Distinct byte values of a PNG's pixel data: a blank page has two or three. */
function pngVariety(png: Buffer): number {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return new Set(inflateSync(Buffer.concat(chunks))).size;
}

describe('chibo report writes one self-contained page', () => {
  const r = report(['--output', htmlFile]);
  const html = readFileSync(htmlFile, 'utf8');
  it('exits 0 and writes the file', () => {
    expect(r.status).toBe(0);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });
  it('loads nothing from anywhere: no scripts, links, images or fonts', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html.match(/https?:\/\/[^"' ]+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
  });
  it('is Vietnamese by default and English with --lang en', () => {
    expect(html).toContain('<html lang="vi">');
    expect(report(['--lang', 'en']).stdout).toContain('<html lang="en">');
  });
});

describe.skipIf(!haveBrowser)('the report in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    report(['--output', htmlFile]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the grid of cells and months coloured by rating, the chart and every problem', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(`file://${htmlFile}`);
    expect(await page.title()).toBe('Tổng hợp chất lượng sinh hoạt chi bộ');
    expect(await page.locator('table.grid tr').count()).toBe(1 + 3);
    expect(await page.locator('table.grid td.m').count()).toBe(3 * 13);
    expect(await page.locator('table.grid td.missing').count()).toBe(1);
    const kem = page.locator('table.grid td.r-kem').first();
    expect(await kem.textContent()).toContain('21');
    expect(await kem.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(198, 40, 40)');
    expect(await page.locator('svg rect').count()).toBe(4);
    const problems = await page.locator('table').last().locator('tr').count();
    expect(problems - 1).toBe(14);
    expect(await page.textContent('body')).toContain('examples/year-2024/cntt/2024-03-bo-sung.yaml');
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('renders something to see (screenshot is not blank)', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`file://${htmlFile}`);
    const shot = await page.screenshot({ path: path.join(dir, 'report.png') });
    expect(pngVariety(shot)).toBeGreaterThan(20);
    await page.close();
  });

  it('prints on A4 landscape', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${htmlFile}`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    const [w, h] = [Number(box![1]), Number(box![2])];
    expect(Math.round(w)).toBe(842);
    expect(Math.round(h)).toBe(595);
    await page.close();
  });
});
