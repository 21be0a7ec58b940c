import { mkdir } from 'node:fs/promises';
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
    await page.getByText('Question 2', { exact: true }).waitFor();
    // Quizzes can flag too; the flag is saved with the attempt.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Flag', exact: true }).click()]);
    expect(await page.getByRole('button', { name: 'Flag', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // A reload resumes the same attempt at the first unanswered question, with the first answer and the flag kept.
    await page.reload();
    await page.getByText('1 of 14 answered').waitFor();
    await page.getByRole('button', { name: /^Question 2 of 14/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Flag', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // Finish is reachable from any question and asks first, with the counts.
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Finish now?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('13 questions not answered');
    expect(await confirm.textContent()).toContain('1 question flagged');
    await confirm.getByRole('button', { name: 'Keep going' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(page.url()).toContain(attemptId);
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await confirm.getByRole('button', { name: 'Finish and see results' }).click();

    // Results: the summary and next steps first, each question folded to one line.
    await page.getByRole('heading', { name: 'Lesson quiz results' }).waitFor();
    expect(await page.getByRole('button', { name: 'Retake' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Practise the ones I missed \(1[34]\)$/ }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Next lesson: / }).isVisible()).toBe(true);
    expect(await page.getByText('Explanation', { exact: true }).first().isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Review flagged only \(1\)$/ }).click();
    expect(await page.locator('section[aria-labelledby="questions"] details').count()).toBe(1);
    await page.locator('section[aria-labelledby="questions"] summary').first().click();
    await page.getByText('Explanation', { exact: true }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The lesson now shows the last score and offers a retake instead of a first start.
    await page.goto('/lessons/lesson-002-hypervisors');
    await page.getByText(/^Last quiz: \d+%/).waitFor();
    expect(await page.getByRole('button', { name: 'Start the lesson quiz' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Retake the quiz' }).isVisible()).toBe(true);

    // "Practise the ones I missed" starts a practice session of exactly those.
    await page.goto(`/attempts/${attemptId}`);
    const missed = Number((await page.getByRole('button', { name: /^Practise the ones I missed/ }).textContent())!.match(/\((\d+)\)/)![1]);
    await page.getByRole('button', { name: /^Practise the ones I missed/ }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/attempts/') && !url.pathname.endsWith(attemptId));
    await page.getByText(`0 of ${missed} answered`).waitFor();
  }, 180_000);

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
    await page.getByRole('button', { name: 'Flag', exact: true }).click();
    // The list of questions is a drawer, out of the question's way until opened.
    await page.getByRole('button', { name: /^Question 3 of 10/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Question 10\b/ })
      .click();
    await page.getByText('Saved').waitFor();
    await page.getByRole('button', { name: 'Review and submit' }).first().click();

    // The review screen opens on the unanswered questions, each with the start of its stem.
    const review = page.getByRole('region', { name: 'Review before you submit' });
    expect(await review.getByRole('button', { name: /^Question \d+, not answered(, flagged)?: \S/ }).count()).toBe(8);
    await review.getByRole('button', { name: /^Flagged \(1\)$/ }).click();
    expect(await review.getByRole('button', { name: /^Question 3, not answered, flagged: / }).isVisible()).toBe(true);
    const secrets = await secretsOf(attemptId);
    expect(
      leaked(
        payloads,
        secrets.flatMap((s) => s.secrets),
      ),
    ).toEqual([]);
    expect(answerKeys(payloads)).toEqual([]);

    // Submitting asks first, with the counts; going back changes nothing.
    await review.getByRole('button', { name: 'Submit exam…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Submit the exam?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('8 questions not answered');
    expect(await confirm.textContent()).toContain('1 question flagged');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('heading', { name: 'Exam report' }).waitFor();
    expect(await page.getByText(/^(Pass|Fail)$/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'By exam domain and objective' }).isVisible()).toBe(true);
    expect(await page.getByText('You did not answer this question.').count()).toBe(8);
    expect(await page.getByText('Pass mark 720 on 100–900').isVisible()).toBe(true);
    expect(await page.getByText(/^Time on the questions: /).isVisible()).toBe(true);
    const questions = page.locator('section[aria-labelledby="questions"] details');
    expect(await questions.count()).toBe(10);
    await page.getByRole('button', { name: /^Review flagged only \(1\)$/ }).click();
    expect(await questions.count()).toBe(1);
    expect(await questions.first().locator('summary').textContent()).toMatch(/^▸Question 3/);
    const incorrect = Number((await page.getByRole('button', { name: /^Review incorrect only/ }).textContent())!.match(/\((\d+)\)/)![1]);
    expect(incorrect).toBeGreaterThanOrEqual(8);
    await page.getByRole('button', { name: /^Review incorrect only/ }).click();
    expect(await questions.count()).toBe(incorrect);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The dashboard plots each domain's score over time, with the numbers as a table.
    await page.goto('/dashboard?course=network-plus-n10-009');
    await page.getByRole('heading', { name: 'Score by domain over time' }).waitFor();
    await page.getByText('Score by domain as a table').click();
    const table = page.getByRole('region', { name: 'Exam score by domain, percent fully correct' });
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('row').nth(1).textContent()).toMatch(/\d+% \(\d+\/\d+\)/);
    await mkdir('tests/.artifacts/screenshots', { recursive: true });
    await page.getByRole('heading', { name: 'Score by domain over time' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/.artifacts/screenshots/dashboard-domain-history.png' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // A long journey (exam, report, dashboard) with several accessibility scans on a shared machine.
  }, 180_000);

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
