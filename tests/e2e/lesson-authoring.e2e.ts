import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const stamp = Date.now();
const password = 'authoring in the browser';
const people = { instructor: `author-${stamp}@example.com`, learner: `reader-${stamp}@example.com` };
const cookies: Record<keyof typeof people, string> = { instructor: '', learner: '' };
const lessonId = `lesson-900-e2e-${stamp}`;
const artifacts = 'tests/.artifacts/screenshots';

const body = [
  'Why subnet masks matter, in one table and one picture.',
  '',
  '## Mask cheat sheet',
  '',
  '| Prefix | Mask | Hosts |',
  '|---|---|---|',
  '| /24 | 255.255.255.0 | 254 |',
  '| /30 | 255.255.255.252 | 2 |',
  '',
  '## Topology',
  '',
  '```text',
  '+--------+        +--------+',
  '|  R1    |--------|  R2    |',
  '+--------+  /30   +--------+',
  '     |',
  '  [ SW1 ]--- PC1',
  '```',
  '',
].join('\n');

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    await createAccount(db, { email: people.instructor, password, role: 'INSTRUCTOR', name: 'E2E Author' });
    await createAccount(db, { email: people.learner, password });
  } finally {
    await db.$disconnect();
  }
  cookies.instructor = await signInOverHttp(inject('baseUrl'), people.instructor, password);
  cookies.learner = await signInOverHttp(inject('baseUrl'), people.learner, password);
});

// Other browser tests count the chapter's lessons; the lesson made here must not change their numbers.
afterAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  await db.lesson.updateMany({ where: { id: lessonId }, data: { archivedAt: new Date() } }).finally(() => db.$disconnect());
});

async function pageAs(who: keyof typeof people, options: { width?: number } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  const pairs = cookies[who].split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') }));
  await page.context().addCookies(pairs);
  return page;
}

describe('writing a lesson in the browser', () => {
  it('creates a lesson with a table and an ASCII diagram, previews it, publishes it, and a learner reads it', async () => {
    await mkdir(artifacts, { recursive: true });
    const page = await pageAs('instructor');
    await page.goto('/author');
    await page.getByRole('link', { name: 'New lesson' }).click();
    await page.waitForURL('**/author/lessons/new');

    await page.getByLabel('Title').fill('Subnetting at a glance');
    await page.getByLabel('Id', { exact: true }).fill(lessonId);
    await page.getByLabel('Order').fill(String(1000 + (stamp % 100000)));
    await page.getByLabel(/Hidden from learners/).uncheck();

    const editor = page.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(body);

    const preview = page.getByTestId('lesson-preview');
    await expect.poll(() => preview.locator('table td').first().textContent(), { timeout: 15_000 }).toBe('/24');
    expect(await preview.locator('pre').textContent()).toContain('|  R1    |--------|  R2    |');
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /Draft saved/ })
            .count(),
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(page.url()).toMatch(/\/author\/lessons\/new\?draft=/);
    await page.screenshot({ path: `${artifacts}/lesson-authoring-preview.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(`**/author/lessons/${lessonId}?published=1`);
    await expect.poll(() => page.getByText(/Published as revision 1/).count()).toBe(1);

    await page.getByRole('link', { name: 'History' }).click();
    await page.waitForURL(`**/author/lessons/${lessonId}/history`);
    expect(await page.getByRole('heading', { name: 'Revision 1' }).isVisible()).toBe(true);
    await page.goto(`/author/audit?type=lesson&id=${lessonId}`);
    expect(await page.getByRole('table').textContent()).toContain('Created and published “Subnetting at a glance” (lesson.create)');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const learner = await pageAs('learner');
    await learner.goto(`/lessons/${lessonId}`);
    expect(await learner.getByRole('heading', { level: 1 }).textContent()).toBe('Subnetting at a glance');
    expect(await learner.locator('.lesson-body table tbody tr').count()).toBe(2);
    const diagram = learner.locator('.lesson-body pre');
    expect(await diagram.textContent()).toContain('  [ SW1 ]--- PC1');
    expect(await diagram.evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre');
    await learner.screenshot({ path: `${artifacts}/lesson-authoring-learner.png`, fullPage: true });
  });

  it('lists lessons by chapter with their status on the authoring home', async () => {
    const page = await pageAs('instructor');
    await page.goto('/author');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Subnetting at a glance' }) });
    // isVisible() does not wait, and the list can still be streaming in after the load event.
    await expect.poll(() => row.getByText('Browser-owned').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Hypervisors: Type 1 and Type 2' }).getByText('From file').isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a 360 px screen with write and preview as tabs', async () => {
    const page = await pageAs('instructor', { width: 360 });
    await page.goto(`/author/lessons/${lessonId}`);
    await page.getByRole('tab', { name: 'preview' }).click();
    await expect.poll(() => page.getByTestId('lesson-preview').locator('table').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${artifacts}/lesson-authoring-360.png`, fullPage: true });
  });

  it('refuses authoring to a learner', async () => {
    const page = await pageAs('learner');
    const response = await page.goto('/author');
    expect(response?.status()).toBe(403);
    expect(await page.locator('.cm-content').count()).toBe(0);
  });
});
