import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';
import { answerCurrentQuestion } from './quiz-answering';

const browser = launchBrowserPerFile();
const email = `exam-modes-${Date.now()}@example.com`;
const password = 'one question at a time';
let cookie = '';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  await createAccount(db, { email, password }).finally(() => db.$disconnect());
  cookie = await signInOverHttp(inject('baseUrl'), email, password);
});

async function signedInPage(options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

describe('exam modes and exhibits in the browser', () => {
  it('a Cisco-style exam has no way back, and the server refuses an answer to a confirmed question from a stale tab', async () => {
    const page = await signedInPage();
    await page.goto('/exam');
    const section = page.getByRole('region', { name: 'Cisco Certified Network Associate (CCNA)', exact: true });
    await section.getByLabel('Short (10 questions)').check();
    // The course file makes Cisco style the CCNA default.
    expect(await section.getByRole('radio', { name: /^Cisco style \(this course’s default\)/ }).isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Start the simulation' }).click();
    await page.waitForURL(/\/attempts\//);
    const url = page.url();
    await page.getByText('Question 1 of 10').waitFor();
    expect(await page.getByRole('button', { name: 'Back' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Flag' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A second tab still showing question 1, as a learner who kept an old tab open would have.
    const stale = await signedInPage();
    await stale.goto(url);
    await stale.getByText('Question 1 of 10').waitFor();

    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Confirm answer' }).click();
    await page.getByText('Question 2 of 10').waitFor();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByText('Question 2 of 10').isVisible()).toBe(true);

    await answerCurrentQuestion(stale);
    await stale.getByRole('button', { name: /^Confirm/ }).click();
    await stale
      .getByRole('alert')
      .getByText(/This is a Cisco-style exam: question 1 was confirmed and cannot be changed or revisited/)
      .waitFor();
    // The refusal reloads the page, which then shows where the exam really is.
    await stale.getByText('Question 2 of 10').waitFor();

    // Going on without an answer is allowed; the exam ends without a review screen.
    await page.getByRole('button', { name: 'End exam' }).click();
    const confirm = page.getByRole('dialog', { name: 'Submit the exam?' });
    expect(await confirm.textContent()).not.toContain('flagged');
    await confirm.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('heading', { name: 'Exam report' }).waitFor();
    expect(await page.getByText(/^Exam style: Cisco style\./).isVisible()).toBe(true);
  }, 180_000);

  it('an exhibit opens from the keyboard and fits a 360 px screen', async () => {
    const page = await signedInPage({ width: 360, height: 740, colorScheme: 'dark' });
    await page.goto('/lessons/lesson-406-ipv6-transition');
    await page.getByRole('button', { name: 'Start the lesson quiz' }).click();
    await page.waitForURL(/\/attempts\//);
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    const exhibitButton = page.getByRole('button', { name: /^Show exhibit/ });
    // Questions are shuffled: move on with the arrow key until one with an exhibit is on screen.
    for (let step = 0; step < 40 && !(await exhibitButton.isVisible()); step++) {
      await page.locator('body').focus();
      await page.keyboard.press('ArrowRight');
    }
    expect(await exhibitButton.isVisible()).toBe(true);

    await page.locator('body').focus();
    await page.keyboard.press('x');
    const dialog = page.getByRole('dialog', { name: /^Exhibit: / });
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await dialog.locator('pre').first().isVisible()).toBe(true);
    // Option shortcuts stay inside the open exhibit: A does not pick an answer behind it.
    await page.keyboard.press('a');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);

    // And from the button itself: Tab to it, then Enter.
    await exhibitButton.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await exhibitButton.evaluate((el) => el === document.activeElement)).toBe(true);
  }, 180_000);
});
