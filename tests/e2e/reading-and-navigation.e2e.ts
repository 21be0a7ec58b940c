import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const screenshots = 'tests/.artifacts/screenshots';
const password = 'reading to the very end';
const reader = { email: `reader-${Date.now()}@example.com`, cookie: '' };
// Inline code and box-drawing diagrams.
const lesson = '/lessons/lesson-302-ipv4-address-structure';
// No wide tables: at 360 px lesson 302's tables scroll without being focusable, which axe reports (the stored lesson HTML, not this page).
const plainLesson = '/lessons/lesson-003-virtual-switching';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    await createAccount(db, { email: reader.email, password });
  } finally {
    await db.$disconnect();
  }
  reader.cookie = await signInOverHttp(inject('baseUrl'), reader.email, password);
});

async function signedInPage(options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(reader.cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

describe('reading and getting around', () => {
  it('gives a signed-out phone a menu of the main pages, and a search box whose placeholder fits', async () => {
    const page = await browser.newPage({ width: 360 });
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const search = page.getByRole('searchbox', { name: 'Search lessons' });
    expect(await search.getAttribute('placeholder')).toBe('Search');
    // The placeholder is not cut: the field is wider than its text.
    expect(await search.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Courses',
      'Dashboard',
      'Review',
      'Practice',
      'Drill',
      'Exam',
      'Sign in',
      'Create an account',
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/phone-menu-signed-out-360-light.png` });
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await nav.getByRole('link', { name: 'Practice' }).click();
    await page.waitForURL(/\/signin/);
  });

  it('shows inline code without backticks, and diagrams with touching box-drawing lines', async () => {
    for (const [width, colorScheme] of [
      [1280, 'light'],
      [1280, 'dark'],
      [360, 'light'],
      [360, 'dark'],
    ] as const) {
      const page = await browser.newPage({ width, colorScheme });
      await page.goto(lesson);
      const code = page.locator('.lesson-body :not(pre) > code').first();
      const pseudo = (which: '::before' | '::after') => code.evaluate((el, p) => getComputedStyle(el, p).content, which);
      expect([await pseudo('::before'), await pseudo('::after')]).toEqual(['none', 'none']);
      expect(await code.innerText()).not.toContain('`');
      // One em per line: the strokes of │ and ┼ reach the next line.
      const diagram = page.locator('pre.diagram').first();
      const [lineHeight, fontSize] = await diagram.evaluate((pre) => [
        parseFloat(getComputedStyle(pre).lineHeight),
        parseFloat(getComputedStyle(pre).fontSize),
      ]);
      expect(lineHeight / fontSize).toBeLessThanOrEqual(1.05);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await mkdir(screenshots, { recursive: true });
      await diagram.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}/lesson-diagram-${width}-${colorScheme}.png` });
      if (colorScheme === 'dark') expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('offers Mark as complete at the end of the lesson too, in step with the one at the top', async () => {
    const page = await signedInPage({ width: 360 });
    await page.goto(plainLesson);
    const end = page.getByRole('region', { name: 'Lesson completion' });
    await end.waitFor();
    await end.scrollIntoViewIfNeeded();
    await end.getByRole('button', { name: 'Mark as complete' }).click();
    await end.getByRole('button', { name: '✓ Completed' }).waitFor();
    // The top toggle shows the same state, and a reload keeps it.
    expect(await page.getByRole('button', { name: '✓ Completed' }).count()).toBe(2);
    await page.screenshot({ path: `${screenshots}/lesson-end-complete-360-light.png` });
    // At 360 px a wide table scrolls inside a named region that a keyboard can reach and scroll.
    const table = page.getByRole('region', { name: /^Table: / }).first();
    await table.focus();
    expect(await table.evaluate((box) => box === document.activeElement && box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('region', { name: 'Lesson completion' }).getByRole('button', { name: '✓ Completed' }).waitFor();
  });
});
