import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import type { Question } from '../../lib/questions/schema';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';
import { answerCurrentQuestion, recordAttemptPayloads } from './quiz-answering';

const browser = launchBrowserPerFile();
const email = `quiz-${Date.now()}@example.com`;
const password = 'answers stay on the server';
let cookie = '';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  await createAccount(db, { email, password }).finally(() => db.$disconnect());
  cookie = await signInOverHttp(inject('baseUrl'), email, password);
});

async function signedInPage(options: { width?: number } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

/** Each question's explanation as a run of plain words (which survives HTML and JSON escaping). */
async function secretsOf(attemptId: string): Promise<Array<{ position: number; secrets: string[] }>> {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    const items = await db.attemptItem.findMany({
      where: { attemptId },
      orderBy: { position: 'asc' },
      select: { position: true, version: { select: { body: true } } },
    });
    return items.map(({ position, version }) => {
      const explanation = plainRun((version.body as Question).explanation);
      return { position, secrets: explanation ? [explanation] : [] };
    });
  } finally {
    await db.$disconnect();
  }
}

function plainRun(markdown: string): string | null {
  return /[A-Za-z]+(?: [A-Za-z]+){5}/.exec(markdown)?.[0] ?? null;
}

const leaked = (payloads: string[], secrets: string[]) => secrets.filter((secret) => payloads.some((body) => body.includes(secret)));
/** Keys that only graded data has: the answer itself, accepted answers, the correct response. */
const answerKeys = (payloads: string[]) =>
  ['correctResponse', '"accept"', '"answer"', 'explanationHtml'].filter((key) => payloads.some((body) => body.includes(key)));

describe('quizzes in the browser', () => {
  it('runs a lesson quiz: feedback and a link to the lesson section after each answer, nothing before', async () => {
    const page = await signedInPage();
    const payloads = recordAttemptPayloads(page);
    await page.goto('/lessons/lesson-002-hypervisors');
    await page.getByRole('button', { name: 'Start the lesson quiz' }).click();
    await page.waitForURL(/\/attempts\//);
    const attemptId = page.url().split('/attempts/')[1];
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    const secrets = await secretsOf(attemptId);
    expect(secrets.length).toBeGreaterThanOrEqual(12);
    expect(
      leaked(
        payloads,
        secrets.flatMap((s) => s.secrets),
      ),
    ).toEqual([]);
    expect(answerKeys(payloads)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByText('Explanation', { exact: true }).waitFor();
    expect(await page.getByText(/^.?(Correct|Incorrect|Partly correct)/).count()).toBeGreaterThan(0);
    const readMore = page.getByRole('link', { name: /Hypervisors/ }).last();
    expect(await readMore.getAttribute('href')).toMatch(/^\/lessons\/lesson-002-hypervisors(#[a-z0-9-]+)?$/);
    // The first question's explanation may now be in the page; no other question's may.
    expect(
      leaked(
        payloads,
        secrets.filter((s) => s.position > 0).flatMap((s) => s.secrets),
      ),
    ).toEqual([]);

    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2').first().waitFor();
    // A reload resumes the same attempt where the learner was, with the first answer kept.
    await page.reload();
    await page.getByText('1 of 14 answered').waitFor();
  });

  it('sits a short exam: flag, review screen, submit, then a report with every answer explained', async () => {
    const page = await signedInPage();
    const payloads = recordAttemptPayloads(page);
    await page.goto('/exam');
    const section = page.getByRole('region', { name: 'CompTIA Network+' });
    await section.getByLabel('Short (10 questions)').check();
    await section.getByRole('button', { name: 'Start the simulation' }).click();
    await page.waitForURL(/\/attempts\//);
    const attemptId = page.url().split('/attempts/')[1];
    expect(await page.getByRole('timer').isVisible()).toBe(true);

    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Next question' }).click();
    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await page.getByRole('button', { name: /^Question 10\b/ }).click();
    await page.getByText('Saved').waitFor();
    await page.getByRole('button', { name: 'Review and submit' }).click();

    const review = page.getByRole('region', { name: 'Unanswered' });
    expect(await review.getByRole('button').count()).toBe(8);
    expect(await page.getByRole('region', { name: 'Flagged for review' }).getByRole('button', { name: 'Question 3' }).isVisible()).toBe(true);
    const secrets = await secretsOf(attemptId);
    expect(
      leaked(
        payloads,
        secrets.flatMap((s) => s.secrets),
      ),
    ).toEqual([]);
    expect(answerKeys(payloads)).toEqual([]);

    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('heading', { name: 'Exam report' }).waitFor();
    expect(await page.getByText(/^(Pass|Fail)$/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'By exam domain and objective' }).isVisible()).toBe(true);
    expect(await page.getByText('You did not answer this question.').count()).toBe(8);
    expect(await page.getByText('Pass mark 720 on 100–900').isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('keeps the exam usable on a 360 px screen', async () => {
    const page = await signedInPage({ width: 360 });
    await page.goto('/practice');
    // Click only once the form is hydrated; earlier, the browser submits it natively and no attempt starts.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Start practice' }).click();
    // A client-side navigation: wait for the attempt itself, not for a page load event.
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    expect(page.url()).toMatch(/\/attempts\//);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
