import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb, type Db } from '../../lib/db/client';
import { drillAnswerOf } from '../helpers/drill-answers';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const password = 'twenty problems in five minutes';
const learner = { email: `drill-${Date.now()}@example.com`, cookie: '' };
const screenshots = 'tests/.artifacts/screenshots';
let db: Db;

beforeAll(async () => {
  db = createDb(inject('databaseUrl'), 1);
  await createAccount(db, { email: learner.email, password });
  learner.cookie = await signInOverHttp(inject('baseUrl'), learner.email, password);
  await mkdir(screenshots, { recursive: true });
  return () => db.$disconnect();
});

async function signedInPage(options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(learner.cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const message = (page: Page) => page.getByTestId('drill-message').getByRole('alert').filter({ hasText: /\S/ });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Problems done' }).getAttribute('aria-valuenow');

/** Tabs from the top of the page until the control with this accessible name has the focus. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === name) return;
  }
  throw new Error(`no focusable "${name}"`);
}

async function startSprint(page: Page, preset: string): Promise<string> {
  await page.goto('/drill');
  await page.getByRole('heading', { name: 'Drill', exact: true }).waitFor();
  await tabTo(page, preset);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Start the sprint');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/drill\/[^/]+$/);
  await page.getByText('Problem 1 ·').waitFor();
  return page.url().split('/drill/')[1];
}

describe('drill in the browser', () => {
  it('shows empty states to a learner who never drilled', async () => {
    const page = await signedInPage();
    await page.goto('/drill');
    await page.getByText(/^No drills yet\./).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto('/dashboard');
    const card = page.getByRole('region', { name: 'Drill speed' });
    await card.getByText(/^No drill sprints yet\./).waitFor();
    expect(await card.getByRole('link', { name: 'start a 5-minute drill' }).getAttribute('href')).toBe('/drill');
  });

  it('runs a whole sprint by keyboard: 20 problems, feedback after each, the summary, then the dashboard card', async () => {
    const page = await signedInPage();
    const runId = await startSprint(page, 'Subnetting');
    expect(await page.getByRole('timer', { name: 'Time remaining' }).innerText()).toMatch(/0[45]:\d\d/);
    let right = 0;
    for (let position = 0; position < 20; position++) {
      await page.getByText(`Problem ${position + 1} ·`).waitFor();
      expect(await focusedId(page)).toBe('drill-answer');
      expect(await progress(page)).toBe(String(position));
      if (position === 0) {
        // Not an answer at all: the generator says why, and nothing is counted.
        await page.keyboard.type('%%%');
        await page.keyboard.press('Enter');
        await message(page).waitFor();
        expect(await progress(page)).toBe('0');
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
      }
      // Problem 5 gets problem 1's answer: right or wrong as it happens (same generator, another variant).
      const typed = position === 4 ? await drillAnswerOf(db, runId, 0) : await drillAnswerOf(db, runId, position);
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      if (position === 4) {
        await page.getByTestId('drill-feedback').or(message(page)).first().waitFor();
        if (!(await page.getByTestId('drill-feedback').isVisible())) {
          // Problem 1's answer is not even well-formed here (another kind of answer): type the right one.
          expect(await focusedId(page)).toBe('drill-answer');
          await page.keyboard.press('Control+A');
          await page.keyboard.type(await drillAnswerOf(db, runId, position));
          await page.keyboard.press('Enter');
        }
      }
      await page.getByTestId('drill-feedback').waitFor();
      const feedback = page.getByTestId('drill-feedback');
      const correct = (await feedback.getByRole('status').innerText()).includes('Correct');
      if (correct) right++;
      expect(await feedback.getByText('Worked solution').count()).toBe(1);
      // Every generator of this preset is taught in chapter 3, so each solution links to its lesson.
      expect(await feedback.getByRole('link', { name: /^Read more: / }).getAttribute('href')).toMatch(/^\/lessons\/lesson-30\d-[a-z0-9-]+(#[a-z0-9-]+)?$/);
      expect(await progress(page)).toBe(String(position + 1));
      expect(await page.getByText(`${position + 1} / 20 problems`).count()).toBe(1);
      await page.keyboard.press(position % 2 ? 'n' : 'Enter');
    }
    const summary = page.getByTestId('drill-summary');
    await summary.waitFor();
    expect(await summary.getByText(`${right} of 20`).count()).toBe(1);
    const rows = await page.getByRole('table', { name: 'Accuracy and median seconds per generator' }).getByRole('row').count();
    expect(rows).toBe(5);
    expect(await page.getByRole('heading', { name: /^Missed/ }).count()).toBe(right === 20 ? 0 : 1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/drill-summary.png`, fullPage: true });

    await page.goto('/dashboard');
    const card = page.getByRole('region', { name: 'Drill speed' });
    await card.getByText('Show the numbers').click();
    expect(await card.getByRole('table').getByRole('row').count()).toBe(5);
    expect(await card.locator('.recharts-wrapper').count()).toBe(2);
  }, 300_000);

  it('ends a sprint with Esc and shows what was done', async () => {
    const page = await signedInPage();
    const runId = await startSprint(page, 'STP');
    await page.keyboard.type(await drillAnswerOf(db, runId, 0));
    await page.keyboard.press('Enter');
    await page.getByTestId('drill-feedback').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('drill-summary').waitFor();
    expect(await page.getByText(/^1 of 1$/).count()).toBe(1);
    expect((await db.drillRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).not.toBeNull();
  }, 120_000);

  it('fits a 360 px screen in dark mode', async () => {
    const page = await signedInPage({ width: 360, colorScheme: 'dark' });
    await page.goto('/drill');
    await page.getByRole('button', { name: 'Start the sprint' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await startSprint(page, 'Wildcards & ACLs');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/drill-360-dark.png`, fullPage: true });
  }, 120_000);
});
