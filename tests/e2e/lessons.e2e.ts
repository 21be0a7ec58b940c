import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';

const browser = launchBrowserPerFile();

describe('reading a lesson', () => {
  it('opens from the course outline, follows the table of contents, and goes on to the next lesson', async () => {
    const page = await browser.newPage();
    await page.goto('/courses/ccna-200-301');
    await page.getByRole('link', { name: 'Virtual Switching and VM Networking' }).click();
    await page.waitForURL('**/lessons/lesson-003-virtual-switching');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Virtual Switching and VM Networking');
    expect(await page.getByRole('heading', { name: 'In this lesson you will' }).isVisible()).toBe(true);

    const toc = page.getByRole('navigation', { name: 'On this page' }).last();
    await toc.getByRole('link', { name: 'Distributed Virtual Switches' }).click();
    await page.waitForURL('**#distributed-virtual-switches');
    await expect.poll(() => toc.locator('[aria-current="location"]').textContent()).toBe('Distributed Virtual Switches');
    const headingTop = await page.locator('#distributed-virtual-switches').evaluate((h) => h.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(0);
    expect(headingTop).toBeLessThan(200);

    const diagram = page.locator('pre.diagram').first();
    expect(await diagram.evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre');
    expect(await page.locator('aside.callout-exam-tip').count()).toBeGreaterThanOrEqual(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Next lesson/ }).click();
    await page.waitForURL('**/lessons/lesson-004-containers');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Containers, Images and Orchestration');
  });

  it('keeps diagrams intact on a 360 px screen: the block scrolls, the page does not', async () => {
    const page = await browser.newPage({ width: 360 });
    await page.goto('/lessons/lesson-003-virtual-switching');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const diagram = page.locator('pre.diagram').first();
    expect(await diagram.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    await mkdir('tests/.artifacts/screenshots', { recursive: true });
    await diagram.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/.artifacts/screenshots/lesson-360.png' });
  });

  it('searches from the header with the "/" shortcut and lands on the matching section', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    // The shortcut works once the header has hydrated; a key pressed before that does nothing.
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return page.evaluate(() => document.activeElement?.id);
      })
      .toBe('site-search');
    // fill, not type: it also clears a "/" that reached the box after it took the focus.
    await page.locator('#site-search').fill('distributed switch');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=distributed+switch');
    const first = page.getByRole('main').getByRole('listitem').first();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await first.getByRole('link').first().click();
    await page.waitForURL('**/lessons/lesson-003-virtual-switching#distributed-virtual-switches');
  });
});
