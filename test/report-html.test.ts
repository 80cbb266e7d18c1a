// The HTML report, opened in a real headless browser (Debian's chromium through playwright-core).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngVariety, ROOT } from './helpers.js';

const CHROMIUM = process.env.CHIBO_CHROMIUM ?? '/usr/bin/chromium';
// On a developer's machine without Chromium the browser tests are skipped; in CI they must run.
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);

const dir = mkdtempSync(path.join(tmpdir(), 'chibo-html-'));
const htmlFile = path.join(dir, 'report.html');

function report(args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'report', 'examples/year-2024', ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
}
// The same records judged in September 2024: a year in progress.
const septemberFile = path.join(dir, 'september.html');
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** The fill colours a PDF paints with (`r g b rg` in its inflated content streams). */
function pdfFills(pdf: Buffer): Set<string> {
  const text = pdf.toString('latin1');
  const fills = new Set<string>();
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    for (const fill of content.matchAll(/([\d.]+ [\d.]+ [\d.]+) rg/g)) fills.add(fill[1]!);
  }
  return fills;
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
    report(['--output', septemberFile, '--as-of', '2024-09-20']);
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
    const problems = await page.locator('table.problems tr').count();
    // 14, and lai-chau-14's documents reminder on the 36 regular records written before it asked for one.
    expect(problems - 1).toBe(14 + 36);
    expect(await page.textContent('body')).toContain('examples/year-2024/cntt/2024-03-bo-sung.yaml');
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('says what each figure counts, and rates thematic meetings in their own table', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`file://${htmlFile}`);
    const body = (await page.textContent('body'))!;
    expect(body).toContain('Mỗi ô là buổi sinh hoạt thường kỳ (hoặc thường kỳ kết hợp chuyên đề) của tháng');
    expect(body).toContain('Đếm mọi biên bản đã chấm điểm: 36 buổi thường kỳ (kể cả kết hợp chuyên đề) và 7 buổi chuyên đề.');
    // Tốt: 12 regular and 7 thematic meetings, in one bar of two parts.
    expect(await page.locator('svg.chart text', { hasText: '19 = 12 + 7' }).count()).toBe(1);
    const rows = page.locator('table.thematic tr');
    expect(await rows.count()).toBe(1 + 7);
    expect(await rows.nth(1).innerText()).toMatch(/Chi bộ Phòng Quản lý ngân sách\s+tháng 5\/2024\s+Tốt\s+100\s+examples\/year-2024\/ngan-sach\/2024-05-chuyen-de.yaml/);
    await page.close();
  });

  it('marks the months whose records have errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`file://${htmlFile}`);
    const marked = page.locator('table.grid td.has-errors');
    expect(await marked.count()).toBe(1);
    expect(await marked.innerText()).toContain('⚠ 1');
    expect(await marked.getAttribute('title')).toBe('Chi bộ Trung tâm Công nghệ thông tin, tháng 3/2024: Khá; 1 lỗi trong biên bản của tháng (examples/year-2024/cntt/2024-03.yaml)');
    expect(await marked.evaluate((el) => getComputedStyle(el).boxShadow)).toContain('inset');
    await page.close();
  });

  it('prints its colours with the browser\'s defaults, and every rating is also a word', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${htmlFile}`);
    await page.emulateMedia({ media: 'print' });
    const kem = page.locator('table.grid td.r-kem').first();
    expect(await kem.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    expect(await kem.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(198, 40, 40)');
    // Printed with the defaults (no background graphics), the grey of "Chưa chấm" and of the
    // table headers, which only backgrounds use, is still on paper.
    const fills = pdfFills(await page.pdf({ preferCSSPageSize: true }));
    expect(fills).toContain('.3804 .3804 .3804');
    expect(fills).toContain('.9529 .9529 .9529');
    const words = ['Tốt', 'Khá', 'Trung bình', 'Kém', 'Chưa chấm', 'Thiếu', 'Chưa đến kỳ', 'Chưa đủ năm'];
    for (const text of await page.locator('table.grid td.m').allInnerTexts()) {
      expect(words.some((word) => text.includes(word)), text).toBe(true);
    }
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const file of [htmlFile, septemberFile]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`file://${file}`);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document);
        return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    }
    // The same check finds what the page used to have: white on the grey chip.
    const control = await browser.newPage();
    await control.setContent('<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><main><p><span style="background:#9e9e9e;color:#fff">Chưa chấm</span></p></main></body></html>');
    await control.addScriptTag({ path: AXE });
    const found = await control.evaluate(async () => ((await (window as any).axe.run(document)).violations as any[]).map((v) => v.id));
    expect(found).toContain('color-contrast');
    await control.close();
  }, 60_000);

  it('does not scroll sideways at 420 px', async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 800 } });
    await page.goto(`file://${htmlFile}`);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // The wide grid scrolls inside its own region, which the keyboard can reach.
    expect(await page.locator('.scroll[tabindex="0"] table.grid').count()).toBe(1);
    await page.close();
  });

  it('judged during the year, it rates no year and shows months not yet due', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`file://${septemberFile}`);
    const yearly = await page.locator('table.grid td.incomplete').allInnerTexts();
    expect(yearly.map((t) => t.replace(/\s+/g, ' '))).toEqual(['Chưa đủ năm 8/12', 'Chưa đủ năm 8/12', 'Chưa đủ năm 8/12']);
    expect(await page.textContent('p.meta')).toContain('Tính đến ngày 20/9/2024');
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
