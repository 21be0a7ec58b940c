import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations, launchBrowserPerFile } from './browser';

const browser = launchBrowserPerFile();
const screenshots = 'tests/.artifacts/screenshots';

describe('browsing the courses', () => {
  it('home page lists both courses and leads to a course blueprint', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Prepare for your networking exam/);
    const courseLinks = page.getByRole('main').getByRole('link');
    expect(await courseLinks.allTextContents()).toEqual(expect.arrayContaining(['Cisco Certified Network Associate (CCNA)', 'CompTIA Network+']));
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'CompTIA Network+' }).click();
    await page.waitForURL('**/courses/network-plus-n10-009');
    const blueprint = page.getByRole('table', { name: 'Exam domains and their weights' });
    expect(await blueprint.getByRole('row').count()).toBe(6);
    expect(await blueprint.textContent()).toContain('5.0 Network Troubleshooting24%');
    expect(await page.textContent('main')).toContain('90 minutes · up to 90 questions · pass 720 on 100–900');
    expect(await page.getByText('Summarize cloud concepts and connectivity options').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('course page works at 360 px in dark mode without horizontal scrolling', async () => {
    const page = await browser.newPage({ width: 360, colorScheme: 'dark' });
    await page.goto('/courses/ccna-200-301');
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.textContent('main')).toContain('pass mark not published');
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/course-360-dark.png`, fullPage: false });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the theme toggle switches and remembers the choice', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('an unknown page shows the not-found page with a way back', async () => {
    const page = await browser.newPage();
    const response = await page.goto('/courses/no-such-course');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.getByRole('link', { name: 'Browse the courses' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });
});
