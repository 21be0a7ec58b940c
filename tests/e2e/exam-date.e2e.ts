import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { addDays } from '../../lib/dashboard/day-keys';
import { learnerDay } from '../../lib/srs/learner-day';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const password = 'a date circled in the calendar';
const stamp = Date.now();
const planner = { email: `exam-date-${stamp}@example.com`, cookie: '' };
const screenshots = 'tests/.artifacts/screenshots';
/** New accounts keep the default settings: days in UTC, starting at 04:00. */
const inThirtyDays = () => addDays(learnerDay(new Date(), 'UTC', 4).key, 30);

async function signedInPage(cookie: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage({ width: options.width, height: 780, colorScheme: options.colorScheme });
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    await createAccount(db, { email: planner.email, password, role: 'LEARNER', name: 'Planner' });
  } finally {
    await db.$disconnect();
  }
  planner.cookie = await signInOverHttp(inject('baseUrl'), planner.email, password);
  await mkdir(screenshots, { recursive: true });
});

describe('studying toward an exam date', () => {
  it('onboards a new account at 360 px: which exam, when, minutes a day, then a dashboard that says where to start', async () => {
    const page = await browser.newPage({ width: 360, height: 780 });
    await page.goto('/signup');
    await page.getByLabel('Email').fill(`onboard-${stamp}@example.com`);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome to Netprep' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: `${screenshots}/onboarding-360.png`, fullPage: true });

    await page.getByRole('radio', { name: /Network\+/ }).check();
    await page.getByLabel('When is your exam? (optional)').fill(inThirtyDays());
    await page.getByLabel('Minutes a day you can study').fill('25');
    await page.getByRole('button', { name: 'Save and start' }).click();
    await page.waitForURL(/\/dashboard\?course=network-plus/);
    await page.getByRole('heading', { name: 'Start here' }).waitFor();
    expect(await page.getByTestId('days-left').textContent()).toBe('30 days left');
    expect(await page.getByTestId('daily-plan').textContent()).toMatch(/new cards? a day until/);
    expect(await page.getByTestId('daily-plan').textContent()).toMatch(/the 25 you planned/);
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/onboarding-dashboard-360.png`, fullPage: true });
  });

  it('skips onboarding straight to the dashboard', async () => {
    const page = await signedInPage(planner.cookie);
    await page.goto('/welcome');
    await page.getByRole('link', { name: 'Skip for now' }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByRole('heading', { name: 'Your dashboard' }).waitFor();
  });

  it.each([
    [1280, 'light'],
    [360, 'dark'],
  ] as const)(
    'sets an exam date on the dashboard by keyboard, shows the plan and clears it (%i px, %s)',
    async (width, colorScheme) => {
      const page = await signedInPage(planner.cookie, { width, colorScheme });
      await page.goto('/dashboard?course=ccna-200-301');
      const section = page.getByRole('region', { name: 'Exam date' });
      await section.getByText('No exam date set.').waitFor();
      await section.getByLabel('Exam date').fill(inThirtyDays());
      await section.getByLabel('Exam date').press('Enter');
      await section.getByText('Exam date saved.').waitFor();
      await page.getByTestId('days-left').waitFor();
      expect(await page.getByTestId('days-left').textContent()).toBe('30 days left');
      expect(await page.getByTestId('recall-on-date').textContent()).toMatch(/Your target is 90%/);
      expect(await page.getByTestId('daily-plan').textContent()).toMatch(/on the eve of the exam/);
      await section.getByText('Recall on the date by objective').click();
      await section.getByRole('region', { name: /Predicted recall on/ }).waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await section.screenshot({ path: `${screenshots}/exam-date-${width}-${colorScheme}.png` });

      await section.getByRole('button', { name: 'Clear date' }).click();
      await section.getByText('Exam date cleared.').waitFor();
      await section.getByText('No exam date set.').waitFor();
      await page.context().close();
    },
    180_000,
  );
});
