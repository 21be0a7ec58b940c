import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { pngImage } from '../helpers/images';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const stamp = Date.now();
const password = 'images in the browser';
const people = { instructor: `image-author-${stamp}@example.com`, learner: `image-reader-${stamp}@example.com` };
const cookies: Record<keyof typeof people, string> = { instructor: '', learner: '' };
const lessonId = `lesson-901-images-${stamp}`;
const artifacts = 'tests/.artifacts/screenshots';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    await createAccount(db, { email: people.instructor, password, role: 'INSTRUCTOR', name: 'E2E Image Author' });
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

async function pageAs(who: keyof typeof people): Promise<Page> {
  const page = await browser.newPage({ width: 360 });
  const pairs = cookies[who].split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') }));
  await page.context().addCookies(pairs);
  return page;
}

describe('images in lessons, at 360 px', () => {
  it('uploads an image in the lesson editor with its alt text, publishes, and a learner sees it at its size without overflow', async () => {
    await mkdir(artifacts, { recursive: true });
    const page = await pageAs('instructor');
    await page.goto('/author/lessons/new');
    await page.getByLabel('Title').fill('A picture of a trunk');
    // A new lesson's id comes from its title, and it is visible to learners once published.
    expect(await page.getByLabel('Id', { exact: true }).inputValue()).toBe('lesson-a-picture-of-a-trunk');
    expect(await page.getByLabel(/Hidden from learners/).isChecked()).toBe(false);
    await page.getByLabel('Id', { exact: true }).fill(lessonId);
    await page.getByLabel('Order').fill(String(2000 + (stamp % 100000)));
    const editor = page.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('A trunk carries many VLANs over one link.\n');

    await page.getByText('Insert an image').click();
    await page.getByLabel(/^Image/).setInputFiles({ name: 'trunk.png', mimeType: 'image/png', buffer: pngImage(640, 320) });
    await page.getByLabel(/What it shows/).fill('Two switches joined by one trunk link');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(() => page.getByText(/Inserted the 640×320 image/).count(), { timeout: 15_000 }).toBe(1);
    expect(await editor.textContent()).toMatch(/!\[Two switches joined by one trunk link\]\(\/media\/[0-9a-f]{64}-640x320\.png\)/);

    await page.getByRole('tab', { name: 'preview' }).click();
    const previewImage = page.getByTestId('lesson-preview').getByRole('img', { name: 'Two switches joined by one trunk link' });
    await expect.poll(() => previewImage.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${artifacts}/lesson-images-editor-360.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(`**/author/lessons/${lessonId}?published=1`);

    const learner = await pageAs('learner');
    await learner.goto(`/lessons/${lessonId}`);
    const image = learner.locator('.lesson-body img');
    expect(await image.getAttribute('alt')).toBe('Two switches joined by one trunk link');
    expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['640', '320']);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);
    // Shrunk to the column, keeping its shape.
    const box = (await image.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    expect(Math.round(box.width / box.height)).toBe(2);
    expect(await learner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const response = await learner.request.get((await image.getAttribute('src'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    await learner.screenshot({ path: `${artifacts}/lesson-images-learner-360.png`, fullPage: true });
    expect(await seriousA11yViolations(learner)).toEqual([]);
  });
});
