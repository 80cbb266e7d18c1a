// The form page (`chibo form`, dist/form.html) in a real headless browser: the same results as
// `chibo check` on the same file, open, fill, save, draft, print, accessibility, no network.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chibo, chiboJson, EXAMPLES, pngVariety, ROOT } from './helpers.js';

const CHROMIUM = process.env.CHIBO_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);

const dir = mkdtempSync(path.join(tmpdir(), 'chibo-form-'));
const formFile = path.join(dir, 'bieu-mau.html');
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Every example record, and the example of the specification (record-format.md). */
function exampleFiles(): string[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(d, e.name)] : []);
  return [...walk(EXAMPLES).sort(), path.join(ROOT, 'test', 'fixtures', 'form', 'spec-example.yaml')];
}

interface Outcome {
  total: number | null;
  rating: string | null;
  rules: string[];
}

/** What `chibo check --format json` says of one file. */
async function cli(file: string, extra: string[] = []): Promise<Outcome & { messages: string[] }> {
  const r = await chiboJson(['check', file, ...extra]);
  const result = r.report.results[0];
  return {
    total: result.score?.total ?? null,
    rating: result.score?.rating ?? null,
    rules: result.problems.map((p: { rule: string }) => p.rule),
    messages: result.problems.map((p: { message: string }) => p.message),
  };
}

/** What the page shows, by the test contract. */
async function shown(page: Page): Promise<Outcome & { texts: string[] }> {
  const total = (await page.locator('[data-chibo=total]').textContent())!.trim();
  const rating = await page.locator('[data-chibo=rating]').getAttribute('data-rating');
  const problems = page.locator('[data-chibo=problem]');
  return {
    total: /^\d+(\.\d+)?$/.test(total) ? Number(total) : null,
    rating: rating || null,
    rules: await problems.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')!)),
    texts: await problems.allTextContents(),
  };
}

describe('chibo form writes one self-contained page', () => {
  it('writes the built page to a new file, never over one, and to stdout without a file', async () => {
    const r = await chibo(['form', formFile]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã tạo');
    const html = readFileSync(formFile, 'utf8');
    expect(html).toBe(readFileSync(path.join(ROOT, 'dist', 'form.html'), 'utf8'));
    expect((await chibo(['form', formFile])).code).toBe(2);
    expect((await chibo(['form'])).stdout).toBe(html);
  });

  it('is under 1 MB and refers to nothing outside itself', () => {
    expect(statSync(formFile).size).toBeLessThan(1024 * 1024);
    const html = readFileSync(formFile, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Every <script> element ends where the page means it to: two of them, neither loading a file.
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/json" id="chibo-rubrics">', '<script>']);
    const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
    expect(markup.match(/src=|href=|<link|<img|<iframe|@import|url\(|\{\{\w+\}\}/gi)).toBeNull();
    // And the browser is told to fetch nothing, whatever the script does.
    expect(markup).toContain("default-src 'none'");
  });
});

describe.skipIf(!haveBrowser)('the form in a browser', () => {
  let browser: Browser;
  /** Every request any page of these tests made, and every error a page reported. */
  const requests: string[] = [];
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = { width: 1300, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
    contexts.push(context);
    context.on('request', (req) => requests.push(req.url()));
    // Anything that is not the page itself is refused, so that a request cannot pass unnoticed.
    await context.route((url) => url.protocol !== 'file:', (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.goto(`file://${formFile}`);
    return page;
  }

  async function open(page: Page, file: string): Promise<void> {
    await page.setInputFiles('input[type=file][data-chibo=open]', file);
    await page.waitForFunction((name) => document.getElementById('status')?.textContent?.includes(name), path.basename(file));
  }

  async function save(page: Page): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-chibo=save]')]);
    const target = path.join(dir, `saved-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(target);
    return target;
  }

  beforeAll(async () => {
    if (!existsSync(formFile)) await chibo(['form', formFile]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });

  it('shows for every example the total, rating and problems of chibo check, in its words', async () => {
    const page = await newPage();
    const files = exampleFiles();
    expect(files.length).toBeGreaterThan(40);
        for (const file of files) {
      await open(page, file);
      const expected = await cli(file);
      const got = await shown(page);
      expect({ total: got.total, rating: got.rating, rules: got.rules }, file).toEqual({ total: expected.total, rating: expected.rating, rules: expected.rules });
      expected.messages.forEach((m, i) => expect(got.texts[i], file).toContain(m));
      // Rubric texts in two languages are shown in Vietnamese, never as an object.
      expect(await page.evaluate(() => document.body.innerHTML), file).not.toContain('[object Object]');
    }
  });

  it('moves to the field of a problem when it is clicked', async () => {
    const page = await newPage();
    await open(page, path.join(EXAMPLES, 'broken.yaml'));
    const problem = page.locator('[data-chibo=problem][data-path="members.total"]');
    expect(await problem.getAttribute('data-severity')).toBe('error');
    await problem.click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe('members.total');
    // The field itself says what is wrong with it, to the eye and to a screen reader.
    const report = await chiboJson(['check', path.join(EXAMPLES, 'broken.yaml')]);
    const message: string = report.report.results[0].problems.find((p: { path: string }) => p.path === 'members.total').message;
    const described = await page.evaluate(() => (document.activeElement!.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(described).toContain(message);
    expect(await page.getAttribute('[data-path="members.total"]', 'aria-invalid')).toBe('true');
    // What the form cannot show (a misspelt key) is named and kept.
    expect(await page.textContent('#form')).toContain('chiar');
    // A record dropped on the page is opened as one picked.
    const dropped = readFileSync(path.join(EXAMPLES, 'thematic-no-presenter.yaml'), 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'keo-tha.yaml'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, dropped);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('keo-tha.yaml'));
    expect((await shown(page)).rules).toEqual((await cli(path.join(EXAMPLES, 'thematic-no-presenter.yaml'))).rules);
  });

  it('hides the fields that do not apply to the meeting kind or to the rubric', async () => {
    const page = await newPage();
    const count = (p: string) => page.locator(`[data-path="${p}"]`).count();
    // The default rubric is the one in force on the meeting's date (today's while there is none):
    // hd42-an-phu from 28/10/2025, lai-chau-14 before.
    await page.fill('[data-path="date"]', '2025-11-05');
    expect(await page.locator('[data-path="rubric"] option:checked').textContent()).toContain('42-HD');
    await page.fill('[data-path="date"]', '2024-03-15');
    expect(await page.locator('[data-path="rubric"] option:checked').textContent()).toContain('Lai Châu');
    // Posting on the app counts in hd42-an-phu only; the thematic part only for thematic meetings.
    expect(await count('preparation.documents_posted_days_before')).toBe(0);
    expect(await count('thematic.topic')).toBe(0);
    await page.selectOption('[data-path="rubric"]', 'hd42-an-phu');
    expect(await count('preparation.documents_posted_days_before')).toBe(1);
    await page.selectOption('[data-path="kind"]', 'thematic');
    expect(await count('thematic.topic')).toBe(1);
    expect(await page.locator('[data-path^="assessment.scores"]').count()).toBeGreaterThan(1);
    // A value already written is shown whatever the rubric.
    await page.selectOption('[data-path="rubric"]', '');
    expect(await count('preparation.documents_posted_days_before')).toBe(0);
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await open(page, path.join(EXAMPLES, 'hd42-regular.yaml'));
    expect(asked).toContain('chưa lưu');
    await page.selectOption('[data-path="rubric"]', '');
    expect(await count('preparation.documents_posted_days_before')).toBe(1);
  });

  it('fills a record from empty, scores it as chibo check does, and saves it in the template layout', async () => {
    const page = await newPage();
    const set = (p: string, v: string) => page.fill(`[data-path="${p}"]`, v);
    const choose = (p: string, v: string) => page.selectOption(`[data-path="${p}"]`, v);
    await set('cell', 'Chi bộ Văn phòng Sở Tài chính');
    await set('organization', 'Đảng bộ Sở Tài chính');
    await choose('kind', 'regular');
    await set('date', '2024-03-15');
    await set('time.start', '14:00');
    await set('time.end', '15:45');
    await set('chair', 'Nguyễn Văn An');
    await set('minutes_taker', 'Trần Thị Bình');
    await set('members.total', '25');
    await set('members.exempt', '2');
    await set('members.present', '21');
    for (const [name, reason] of [['Lê Văn Cường', 'Đi công tác'], ['Phạm Thị Dung', 'Nghỉ ốm']] as const) {
      await page.click('text=+ Thêm người vắng có lý do');
      const n = await page.locator('[data-path^="members.absent_excused["][data-path$="].name"]').count();
      await set(`members.absent_excused[${n - 1}].name`, name);
      await set(`members.absent_excused[${n - 1}].reason`, reason);
    }
    await choose('preparation.prepared_by', 'secretary');
    for (const key of ['committee_met', 'draft_resolution', 'notice_sent']) await choose(`preparation.${key}`, 'true');
    const agenda = ['opening', 'current_affairs', 'documents', 'political_ideology', 'review', 'plan', 'discussion', 'conclusion', 'vote', 'assessment'];
    for (const [i, type] of agenda.entries()) {
      await page.click('text=+ Thêm nội dung');
      await choose(`agenda[${i}].type`, type);
    }
    await set('agenda[3].title', 'Tác phẩm "Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực"');
    // Added in the wrong place, then moved up: the order is the meeting's.
    await page.click('text=+ Thêm nội dung');
    await choose('agenda[10].type', 'closing');
    await page.click('[aria-label="Chuyển mục 11 lên"]');
    expect(await page.inputValue('[data-path="agenda[9].type"]')).toBe('closing');
    await page.click('[aria-label="Xóa mục 10: Các nội dung, theo thứ tự tiến hành"]');
    const speakers = ['Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải', 'Ngô Thị Lan', 'Bùi Văn Minh', 'Đinh Thị Nga', 'Lý Văn Phúc'];
    for (const [i, name] of speakers.entries()) {
      await page.click('text="+ Thêm người phát biểu"');
      await set(`speakers[${i}]`, name);
    }
    await set('conclusion', 'Chi bộ thống nhất các nhiệm vụ tháng 4 như dự thảo nghị quyết.');
    await set('vote.for', '21');
    await set('vote.against', '0');
    await set('vote.abstain', '0');
    await page.click('text=+ Thêm nhiệm vụ');
    await set('tasks[0].task', 'Hoàn thành báo cáo quý I');
    await set('tasks[0].assignee', 'Hoàng Văn Em');
    await set('tasks[0].due', '2024-04-05');
    await set('previous_resolution.achieved_percent', '95');
    // Fields that do not apply are hidden: the thematic part of a regular meeting.
    expect(await page.locator('[data-path="thematic.topic"]').count()).toBe(0);
    for (const [id, points] of [['1', '20'], ['2', '20'], ['3', '27'], ['4', '15'], ['5', '15']]) await set(`assessment.scores.${id}`, points!);
    await set('assessment.total', '97');
    await choose('assessment.rating', 'tot');

    const got = await shown(page);
    const reference = await cli(path.join(EXAMPLES, 'regular-good.yaml'));
    expect({ total: got.total, rating: got.rating, rules: got.rules }).toEqual({ total: reference.total, rating: reference.rating, rules: reference.rules });

    const saved = await save(page);
    expect(path.basename(saved)).toMatch(/bien-ban-2024-03-15\.yaml$/);
    const text = readFileSync(saved, 'utf8');
    const expected = await cli(saved);
    expect({ total: expected.total, rating: expected.rating, rules: expected.rules }).toEqual({ total: got.total, rating: got.rating, rules: got.rules });
    // The layout of `chibo init`: its header, keys in the template's order, one-line entries.
    expect(text.startsWith('# Biên bản sinh hoạt chi bộ (định dạng chibo/v1)')).toBe(true);
    const keys = [...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['format', 'cell', 'organization', 'kind', 'date', 'time', 'chair', 'minutes_taker', 'members', 'preparation', 'agenda', 'speakers', 'conclusion', 'vote', 'tasks', 'previous_resolution', 'assessment']);
    expect(text).toContain('start: "14:00"');
    expect(text).toContain('- { name: Lê Văn Cường, reason: Đi công tác }');
    expect(text).toMatch(/scores: \{ "1": 20, "2": 20, "3": 27, "4": 15, "5": 15 \}/);
    expect(await page.textContent('#status')).toContain('Đã lưu');
  });

  it('keeps what it cannot show, comments and x- keys, when it saves an opened record', async () => {
    const page = await newPage();
    const source = path.join(dir, 'with-extras.yaml');
    const original = readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8')
      .replace('kind: regular', 'kind: regular  # họp thường kỳ\nx-ma-so: CB-07')
      .replace('assessment:', '# Phần tự chấm\nassessment:');
    writeFileSync(source, original);
    await open(page, source);
    expect(await page.textContent('#form')).toContain('x-ma-so');
    await page.fill('[data-path="place"]', 'Phòng họp tầng 2');
    const saved = readFileSync(await save(page), 'utf8');
    expect(saved).toContain('x-ma-so: CB-07');
    expect(saved).toContain('# họp thường kỳ');
    expect(saved).toContain('# Phần tự chấm');
    expect(saved).toContain('place: Phòng họp tầng 2');
    // Unchanged, an opened record is saved byte for byte.
    await open(page, path.join(EXAMPLES, 'broken.yaml'));
    expect(readFileSync(await save(page))).toEqual(readFileSync(path.join(EXAMPLES, 'broken.yaml')));
  });

  it('shows and edits what the minutes template holds: members by status, guests and their roles, each part\'s speakers, the minutes\' approval, the upper level\'s review', async () => {
    const page = await newPage();
    // The example, with a yes written as a word, as the template writes `cell_has_committee`.
    const file = path.join(dir, 'reviewed.yaml');
    writeFileSync(file, readFileSync(path.join(EXAMPLES, 'regular-reviewed.yaml'), 'utf8').replace('committee_met: true', 'committee_met: Có'));
    await open(page, file);
    const value = (p: string) => page.inputValue(`[data-path="${p}"]`);
    expect(await value('members.official')).toBe('15');
    expect(await value('members.probationary')).toBe('3');
    expect(await value('members.probationary_present')).toBe('2');
    // Yes and no written as words, and choices written in Vietnamese, show selected.
    expect(await value('cell_has_committee')).toBe('true');
    expect(await value('preparation.committee_met')).toBe('true');
    expect(await value('cell_type')).toBe('co_quan');
    expect(await value('guests[0].name')).toBe('Đồng chí Vàng A Chu, Phó Bí thư Đảng ủy Khối');
    expect(await value('guests[0].role')).toBe('cap_uy_cap_tren');
    expect(await value('guests[1].name')).toBe('Đồng chí Trần Minh Đức, Trưởng phòng Giáo dục và Đào tạo');
    expect(await value('guests[1].role')).toBe('');
    expect(await value('agenda[3].speakers[1]')).toBe('Điêu Văn Pọm');
    expect(await value('agenda[3].conclusion')).toContain('bài thu hoạch');
    expect(await value('minutes_approval.for')).toBe('14');
    expect(await value('review.by')).toBe('Ban Thường vụ Đảng ủy Khối cơ quan huyện Tam Đường');
    expect(await value('review.rating')).toBe('tot');
    // The print view has them where the minutes template does.
    const sheet = (await page.textContent('#print'))!;
    expect(sheet).toContain('Tổng số đảng viên: 18 (chính thức: 15, dự bị: 3)');
    expect(sheet).toContain('có mặt: 16 (dự bị: 2)');
    expect(sheet).toContain('Đồng chí Vàng A Chu, Phó Bí thư Đảng ủy Khối (cấp ủy cấp trên); Đồng chí Trần Minh Đức');
    expect(sheet).toContain('Phát biểu: đồng chí Hoàng Thị Mai; đồng chí Điêu Văn Pọm.');
    expect(sheet).toContain('Chủ trì kết luận: Thống nhất kế hoạch kiểm tra nề nếp dạy học tháng 11.');
    expect(sheet).toContain('thông qua: tán thành 14; không tán thành 0.');
    expect(sheet).toContain('chi ủy họp trước: có;');
    expect(sheet).toContain('Cấp trên thẩm định: Ban Thường vụ Đảng ủy Khối cơ quan huyện Tam Đường, ngày 28/10/2024; xếp loại cấp trên công nhận: Tốt.');
    // A guest named alone gets a role, keeping the name; a part gets a speaker; the upper level scores a criterion again.
    await page.selectOption('[data-path="guests[1].role"]', 'can_bo_cap_tren');
    expect(await value('guests[1].name')).toBe('Đồng chí Trần Minh Đức, Trưởng phòng Giáo dục và Đào tạo');
    await page.fill('[data-path="guests[1].name"]', 'Đồng chí Trần Minh Đức, Trưởng phòng');
    // Each part's speakers and conclusion are folded away until they are asked for.
    const opening = page.locator('#s-agenda .entries > li').first();
    expect(await opening.locator('[data-path="agenda[0].conclusion"]').isVisible()).toBe(false);
    await opening.locator('summary').click();
    await opening.getByRole('button', { name: '+ Thêm người phát biểu ở nội dung này' }).click();
    await page.fill('[data-path="agenda[0].speakers[0]"]', 'Lò Thị Thanh');
    await page.fill('[data-path="review.scores.3"]', '28');
    await page.selectOption('[data-path="review.rating"]', 'kha');
    await page.selectOption('[data-path="cell_has_committee"]', 'false');
    const saved = await save(page);
    const text = readFileSync(saved, 'utf8');
    expect(text).toContain('  - { name: "Đồng chí Trần Minh Đức, Trưởng phòng", role: can_bo_cap_tren }');
    expect(text).toMatch(/ {2}- type: opening\n {4}speakers: \[ Lò Thị Thanh \]\n/);
    expect(text).toMatch(/review:\n(.*\n)* {2}scores: \{ "3": 28 \}\n/);
    expect(text).toContain('cell_has_committee: false');
    const expected = await cli(saved);
    const got = await shown(page);
    expect({ total: got.total, rating: got.rating, rules: got.rules }).toEqual({ total: expected.total, rating: expected.rating, rules: expected.rules });
    expect((await page.textContent('#print'))!).toContain('xếp loại cấp trên công nhận: Khá.');
    expect(await page.textContent('#result')).toContain('Cấp trên công nhận: xếp loại Khá (Ban Thường vụ Đảng ủy Khối cơ quan huyện Tam Đường, ngày 28/10/2024).');
  });

  it('scores by a rubric file the secretary opens, as --rubric does', async () => {
    const page = await newPage();
    const record = path.join(EXAMPLES, 'regular-good.yaml');
    await open(page, record);
    await page.setInputFiles('#open-rubric', path.join(ROOT, 'rubrics', 'hd42-an-phu.yaml'));
    await page.waitForFunction(() => document.querySelector('#result')?.textContent?.includes('hd42-an-phu'));
    const expected = await cli(record, ['--rubric', 'rubrics/hd42-an-phu.yaml']);
    const got = await shown(page);
    expect({ total: got.total, rating: got.rating, rules: got.rules }).toEqual({ total: expected.total, rating: expected.rating, rules: expected.rules });
    // A broken rubric file is refused with its mistakes.
    const broken = path.join(dir, 'broken-rubric.yaml');
    writeFileSync(broken, 'id: x\ntitle: 5\n');
    await page.setInputFiles('#open-rubric', broken);
    await expect.poll(() => page.locator('#s-rubric [role=alert]').textContent()).toContain('broken-rubric.yaml');
    const cliSays = await chibo(['rubric', broken]);
    expect(cliSays.code).toBe(2);
    const first = /dòng \d+, cột \d+: (.*)/.exec((await page.locator('#s-rubric [role=alert] li').first().textContent())!)![1]!;
    expect(cliSays.stderr).toContain(first);
  });

  it('keeps a draft that is offered back after a reload, and asks before leaving unsaved changes', async () => {
    const page = await newPage();
    await page.click('[data-path="cell"]');
    await page.keyboard.type('Chi bộ Thôn Bản Lầy');
    await page.fill('[data-path="members.total"]', '12');
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.type();
      void d.accept();
    });
    await page.reload();
    expect(asked).toBe('beforeunload');
    const restore = page.locator('[data-chibo=restore]');
    await restore.click();
    expect(await page.inputValue('[data-path="cell"]')).toBe('Chi bộ Thôn Bản Lầy');
    expect(await page.inputValue('[data-path="members.total"]')).toBe('12');
    await save(page);
    await page.reload();
    expect(await page.locator('#draft').isHidden()).toBe(true);
  });

  it('can be filled and saved with the keyboard alone', async () => {
    const page = await newPage();
    const focusedPath = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? document.activeElement?.id ?? '');
    async function tabTo(target: string) {
      for (let i = 0; i < 80; i++) {
        if ((await focusedPath()) === target) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target}`);
    }
    await tabTo('cell');
    await page.keyboard.type('Chi bộ Trường Tiểu học');
    await tabTo('kind');
    await page.keyboard.press('ArrowDown');
    await tabTo('chair');
    await page.keyboard.type('Lò Văn Sáng');
    expect((await shown(page)).rules).toContain('schema');
    // Back to the top: Shift+Tab reaches the save button.
    for (let i = 0; i < 80 && (await focusedPath()) !== 'save'; i++) await page.keyboard.press('Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const target = path.join(dir, 'keyboard.yaml');
    await download.saveAs(target);
    const text = readFileSync(target, 'utf8');
    expect(text).toContain('cell: Chi bộ Trường Tiểu học');
    expect(text).toContain('kind: regular');
    expect(text).toContain('chair: Lò Văn Sáng');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await newPage();
    for (const file of [undefined, path.join(EXAMPLES, 'broken.yaml'), path.join(EXAMPLES, 'thematic-no-presenter.yaml'), path.join(EXAMPLES, 'regular-reviewed.yaml')]) {
      if (file) await open(page, file);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document);
        return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical'), file).toEqual([]);
    }
  });

  it('prints the minutes and the scoring sheet on A4 pages, in black and white', async () => {
    const page = await newPage();
    await open(page, path.join(EXAMPLES, 'regular-good.yaml'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#form').isVisible()).toBe(false);
    const sheet = (await page.textContent('#print'))!;
    expect(sheet).toContain('BIÊN BẢN');
    expect(sheet).toContain('PHIẾU CHẤM ĐIỂM');
    expect(sheet).toContain('(Ký, ghi rõ họ tên)');
    expect(sheet).toContain('Chi bộ Văn phòng Sở Tài chính');
    const colours = await page.locator('#print *').evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).color))]);
    expect(colours).toEqual(['rgb(0, 0, 0)']);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });

  it('renders something to see (a screenshot is not blank)', async () => {
    const page = await newPage();
    await open(page, path.join(EXAMPLES, 'overclaimed.yaml'));
    const shot = await page.screenshot();
    expect(pngVariety(shot)).toBeGreaterThan(20);
  });

  it('made no request outside the page and reported no error, in any of these tests', () => {
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });
});
