import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';
import { answerCurrentQuestion } from './quiz-answering';

const screenshots = 'tests/.artifacts/screenshots';

const browser = launchBrowserPerFile();
const password = 'cards come back just in time';
const stamp = Date.now();
const learner = { email: `review-${stamp}@example.com`, cookie: '' };
const newcomer = { email: `review-new-${stamp}@example.com`, cookie: '' };
const slipper = { email: `review-slip-${stamp}@example.com`, cookie: '' };

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    for (const account of [learner, newcomer, slipper]) await createAccount(db, { email: account.email, password });
  } finally {
    await db.$disconnect();
  }
  learner.cookie = await signInOverHttp(inject('baseUrl'), learner.email, password);
  newcomer.cookie = await signInOverHttp(inject('baseUrl'), newcomer.email, password);
  slipper.cookie = await signInOverHttp(inject('baseUrl'), slipper.email, password);
  await completeLesson(learner.cookie);
  await completeLesson(slipper.cookie);
});

async function signedInPage(cookie: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

const progressOf = (page: Page) => page.getByRole('progressbar', { name: 'Cards reviewed this session' });
const stemOf = (page: Page) => page.locator('article .lesson-body').first().innerText();

/** Answers with option keys where the question has them; other types through their controls, then focus leaves them. */
async function answerWithKeyboard(page: Page): Promise<void> {
  if ((await page.getByRole('radio').count()) > 0) await page.keyboard.press('1');
  else if ((await page.getByRole('checkbox').count()) > 0) {
    await page.keyboard.press('1');
    await page.keyboard.press('2');
  } else {
    await answerCurrentQuestion(page);
    // A text field or a Move button keeps focus, where Space would type or click.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
}

/**
 * Enter shows the answer (Space would tick the option that has focus, as each card focuses its
 * first option); says whether it was right (then all four ratings are offered).
 */
async function answerAndCheck(page: Page): Promise<boolean> {
  await page.getByRole('button', { name: 'Show answer' }).waitFor();
  await answerWithKeyboard(page);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^Again/ }).waitFor();
  return (await page.getByRole('button', { name: /^Good/ }).count()) > 0;
}

/** 3 rates Good when right; Space takes Again when wrong. */
async function reviewCurrentCard(page: Page, doneAfter: number): Promise<void> {
  const right = await answerAndCheck(page);
  await page.keyboard.press(right ? '3' : 'Space');
  await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe(String(doneAfter));
}

async function completeLesson(cookie: string): Promise<void> {
  // Completing a lesson is how the app itself adds its 14 questions to the deck as new cards.
  const response = await fetch(`${inject('baseUrl')}/api/lessons/lesson-003-virtual-switching/progress`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ completed: true }),
  });
  expect(response.status).toBe(200);
}

describe('spaced-repetition reviews in the browser', () => {
  it('tells a brand-new learner that nothing is due and how the deck fills', async () => {
    const page = await signedInPage(newcomer.cookie);
    await page.goto('/review');
    await page.getByRole('heading', { name: 'Nothing to review right now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Browse courses' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('link', { name: 'custom practice' }).getAttribute('href')).toBe('/practice');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto('/review/suspended');
    await page.getByText(/^No suspended cards\./).waitFor();
  });

  it('saves the general settings, refusing an out-of-range retention first', async () => {
    const page = await signedInPage(learner.cookie);
    await page.goto('/review/settings');
    const general = page.getByRole('region', { name: 'General', exact: true });
    await general.getByLabel('Desired retention').fill('0.5');
    await general.getByLabel('New cards per day').fill('3');
    await general.getByRole('button', { name: 'Save general settings' }).click();
    await general.getByText('at least 0.70').waitFor();
    await general.getByLabel('Desired retention').fill('0.9');
    await general.getByRole('button', { name: 'Save general settings' }).click();
    await general.getByText('Saved. Your reviews use these settings from now on.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a 360 px screen in dark mode', async () => {
    const page = await signedInPage(learner.cookie, { width: 360, colorScheme: 'dark' });
    await page.goto('/review');
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('runs a whole session with the keyboard: answer, check, rate, undo, finish', async () => {
    const page = await signedInPage(learner.cookie);
    await page.goto('/review');
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    // The new-card limit of 3 saved above bounds the session.
    expect(await progressOf(page).getAttribute('aria-valuemax')).toBe('3');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await reviewCurrentCard(page, 1);
    const second = await stemOf(page);
    await reviewCurrentCard(page, 2);
    await page.keyboard.press('u');
    await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe('1');
    // Undo brings the card back as it was when rated: answered, the answer shown, ready to rate again.
    await page.getByRole('group', { name: 'Rate this card' }).waitFor();
    expect(await page.getByRole('button', { name: 'Show answer' }).count()).toBe(0);
    expect(await stemOf(page)).toBe(second);
    const right = (await page.getByRole('button', { name: /^Good/ }).count()) > 0;
    await page.keyboard.press(right ? '3' : 'Space');
    await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe('2');
    await reviewCurrentCard(page, 3);
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    await page.getByText(/^Due tomorrow: \d+$/).waitFor();
    const tally = await page.locator('dd').allInnerTexts();
    expect(tally.map(Number).reduce((a, b) => a + b, 0)).toBe(3);
    expect(await page.getByText('3 reviews this session, in').isVisible()).toBe(true);
  });

  it('moves on politely when another tab already reviewed the card', async () => {
    await completeLesson(newcomer.cookie);
    const tabs = [await signedInPage(newcomer.cookie), await signedInPage(newcomer.cookie)];
    for (const tab of tabs) await tab.goto('/review');
    const [here, there] = tabs;
    // Both tabs check the same card; the rating that arrives second is not applied.
    const right = await answerAndCheck(here);
    await answerAndCheck(there);
    expect(await stemOf(there)).toBe(await stemOf(here));
    await here.keyboard.press(right ? '3' : 'Space');
    await there.keyboard.press('1');
    await there.getByText('Already reviewed in another tab').waitFor();
    await expect.poll(() => progressOf(there).getAttribute('aria-valuenow')).toBe('1');

    // Reviewed elsewhere before this tab even checks it: the check is refused and the card can be skipped.
    await reviewCurrentCard(here, 2);
    await answerWithKeyboard(there);
    await there.keyboard.press('Enter');
    await there
      .getByRole('alert')
      .getByText(/already reviewed/)
      .waitFor();
    await there.keyboard.press('Enter');
    await expect.poll(() => progressOf(there).getAttribute('aria-valuenow')).toBe('2');
    await there.getByRole('button', { name: 'Show answer' }).waitFor();
  });

  it('lists a leech on the suspended page and restores it', async () => {
    const db = createDb(inject('databaseUrl'), 1);
    try {
      const card = await db.card.findFirstOrThrow({ where: { user: { email: newcomer.email }, state: 0 }, select: { id: true } });
      await db.card.update({ where: { id: card.id }, data: { suspended: true, leech: true, lapses: 8 } });
    } finally {
      await db.$disconnect();
    }
    const page = await signedInPage(newcomer.cookie, { width: 360 });
    await page.goto('/review/suspended');
    await page.getByText('Leech', { exact: true }).waitFor();
    expect(await page.getByText('8 lapses').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Study this in Virtual Switching/ }).getAttribute('href')).toMatch(
      /^\/lessons\/lesson-003-virtual-switching(#[a-z0-9-]+)?$/,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('Card restored; it is back in your reviews.').waitFor();
    await page.getByText(/^No suspended cards\./).waitFor();
  });

  it('focuses the first answer control of every card, and keeps the rating buttons on screen at 360 px', async () => {
    const page = await signedInPage(slipper.cookie, { width: 360 });
    await page.goto('/review');
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    // The typed-answer box or the first option, inside the card, with no Tab pressed.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el && el.closest('article') ? `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}` : 'outside the card';
      });
    await expect.poll(focused).toMatch(/^(input:(radio|checkbox|text)|textarea:|select:|button:button)$/);
    const controls = page.getByTestId('review-controls');
    const onScreen = () => controls.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight + 1);
    expect(await onScreen()).toBe(true);
    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('group', { name: 'Rate this card' }).waitFor();
    expect(await onScreen()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/review-rate-360-light.png` });
  });

  it('offers Hard after a wrong answer (Again the default), and undo restores the card exactly: same option order, answer given, ready to rate', async () => {
    const page = await signedInPage(slipper.cookie, { colorScheme: 'dark' });
    await page.goto('/review');
    // Guess the first option (or a wrong word) until a card comes out wrong; right ones are rated Good.
    let wrongFound = false;
    for (let done = 0; !wrongFound && done < 14; done++) {
      await page.getByRole('button', { name: 'Show answer' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article') !== null)).toBe(true);
      const textBox = page.locator('article').getByRole('textbox');
      if ((await textBox.count()) > 0) await textBox.first().fill('certainly not this');
      else await answerCurrentQuestion(page);
      const options = await page.locator('article label').allInnerTexts();
      const given = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>('article input, article textarea, article select')).map((i) =>
          i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value,
        ),
      );
      const stem = await stemOf(page);
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.getByRole('button', { name: /^Again/ }).waitFor();
      if ((await page.getByRole('button', { name: /^Good/ }).count()) > 0) {
        await page.keyboard.press('3');
        await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe(String(done + 1));
        continue;
      }
      wrongFound = true;
      const ratings = page.getByRole('group', { name: 'Rate this card' }).getByRole('button');
      expect((await ratings.allInnerTexts()).map((t) => t.split(' ·')[0])).toEqual(['Again', 'Hard']);
      // Again stays the default (Space / Enter); Hard is the learner's call.
      expect(await ratings.nth(0).getAttribute('aria-keyshortcuts')).toBe('1 Space Enter');
      expect(await ratings.nth(1).getAttribute('aria-keyshortcuts')).toBe('2');
      await mkdir(screenshots, { recursive: true });
      await page.screenshot({ path: `${screenshots}/review-wrong-desktop-dark.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);

      await ratings.nth(1).click();
      await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe(String(done + 1));
      // The next card's typed-answer box may have focus, where U is a letter: the button undoes.
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe(String(done));
      // Back exactly as it was: the same question, options in the same order, the answer given, revealed and ready to rate again.
      await page.getByRole('group', { name: 'Rate this card' }).waitFor();
      expect(await page.getByRole('button', { name: 'Show answer' }).count()).toBe(0);
      expect(await stemOf(page)).toBe(stem);
      expect(await page.locator('article label').allInnerTexts()).toEqual(options);
      expect(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLInputElement>('article input, article textarea, article select')).map((i) =>
            i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value,
          ),
        ),
      ).toEqual(given);
      expect((await ratings.allInnerTexts()).map((t) => t.split(' ·')[0])).toEqual(['Again', 'Hard']);
      await page.keyboard.press('Space');
      await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe(String(done + 1));
    }
    expect(wrongFound).toBe(true);
  });
});
