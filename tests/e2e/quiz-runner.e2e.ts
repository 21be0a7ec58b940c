import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';
import { answerCurrentQuestion } from './quiz-answering';

const browser = launchBrowserPerFile();
const email = `runner-${Date.now()}@example.com`;
const password = 'the question comes first';
let cookie = '';
const artifacts = 'tests/.artifacts/screenshots';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  await createAccount(db, { email, password }).finally(() => db.$disconnect());
  cookie = await signInOverHttp(inject('baseUrl'), email, password);
  await mkdir(artifacts, { recursive: true });
});

type Screen = { width: number; height: number; colorScheme: 'light' | 'dark' };

async function signedInPage(screen: Screen): Promise<Page> {
  const page = await browser.newPage(screen);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

/** Starts a practice session of the first course with the given feedback mode, and waits for its first question. */
async function startPractice(page: Page, feedback: 'each' | 'end', count = 10) {
  await page.goto('/practice');
  // Click only once the form is hydrated; earlier, the browser submits it natively.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Questions', { exact: true }).fill(String(count));
  if (feedback === 'end') await page.getByLabel('At the end').check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('toolbar', { name: 'Question actions' }).waitFor();
}

/** Whether the element lies wholly inside the viewport as the page opened, without scrolling. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
}

const screens: Screen[] = [
  { width: 1366, height: 900, colorScheme: 'light' },
  { width: 1366, height: 900, colorScheme: 'dark' },
  { width: 360, height: 780, colorScheme: 'light' },
  { width: 360, height: 780, colorScheme: 'dark' },
];

describe('the question runner', () => {
  for (const screen of screens) {
    it(`shows the question first, with Back, Flag and Next on screen, at ${screen.width}×${screen.height} (${screen.colorScheme})`, async () => {
      const page = await signedInPage(screen);
      await startPractice(page, 'end');
      const name = `runner-${screen.width}-${screen.colorScheme}`;
      // The question's number and stem start within the first screen, no grid of buttons above them.
      expect(await inFirstScreen(page, 'article p:first-child')).toBe(true);
      const stemTop = await page
        .locator('article')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(stemTop).toBeLessThan(screen.width < 640 ? 260 : 320);
      // The action bar sticks to the bottom of the screen however long the question is.
      expect(await inFirstScreen(page, '[role="toolbar"][aria-label="Question actions"]')).toBe(true);
      for (const label of ['Back', 'Flag', 'Next question'])
        expect(await page.getByRole('toolbar').getByRole('button', { name: label, exact: true }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
      await page.screenshot({ path: `${artifacts}/${name}-question.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);

      // The list of questions opens as a drawer and closes with Escape.
      await page.getByRole('button', { name: /^Question 1 of 10/ }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('button', { name: /^Question 2, not answered: / }).waitFor();
      await page.screenshot({ path: `${artifacts}/${name}-drawer.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // The review screen, with its confirmation.
      await answerCurrentQuestion(page);
      await page.getByRole('button', { name: 'Review and submit' }).first().click();
      await page.getByRole('heading', { name: 'Review before you submit' }).waitFor();
      await page.screenshot({ path: `${artifacts}/${name}-review.png`, fullPage: true });
      await page.getByRole('button', { name: 'Submit and see results…' }).click();
      await page.getByRole('dialog', { name: 'Finish now?' }).waitFor();
      await page.screenshot({ path: `${artifacts}/${name}-confirm.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Finish and see results' }).click();
      await page.getByRole('heading', { name: 'Practice results' }).waitFor();
      await page.screenshot({ path: `${artifacts}/${name}-report.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }

  it('lets practice flag questions, keeps the flag over a reload and offers flagged ones to practise', async () => {
    const page = await signedInPage({ width: 1366, height: 900, colorScheme: 'light' });
    await startPractice(page, 'each', 3);
    const flag = page.getByRole('button', { name: 'Flag', exact: true });
    expect(await flag.getAttribute('aria-pressed')).toBe('false');
    // M flags too, as in exams.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.keyboard.press('m')]);
    expect(await flag.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('toolbar', { name: 'Question actions' }).waitFor();
    expect(await page.getByRole('button', { name: 'Flag', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await page.goto('/practice');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Which questions').selectOption('flagged');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByText('0 of 1 answered').waitFor();
  });

  it('warns on the exam form when the bank cannot fill the blueprint, the same way for every course', async () => {
    const page = await signedInPage({ width: 1366, height: 900, colorScheme: 'light' });
    await page.goto('/exam');
    await page.waitForLoadState('networkidle');
    for (const course of ['Cisco Certified Network Associate (CCNA)', 'CompTIA Network+']) {
      const section = page.getByRole('region', { name: course, exact: true });
      const full = section.getByRole('note');
      // Whatever the bank holds, the full exam either fits or names its short domains with the gap.
      if ((await full.count()) > 0) {
        expect(await full.textContent()).toMatch(/\d\.0 .+: \d+ questions? needed, \d+ available \(\d+ short\)/);
        expect(await section.getByRole('button', { name: 'Start the simulation' }).getAttribute('aria-describedby')).toBeTruthy();
      }
    }
    await page.screenshot({ path: `${artifacts}/exam-start-form.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
