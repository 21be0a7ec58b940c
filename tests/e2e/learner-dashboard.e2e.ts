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
const password = 'charts that tell the truth';
const stamp = Date.now();
const learner = { email: `dashboard-${stamp}@example.com`, cookie: '' };
const newcomer = { email: `dashboard-new-${stamp}@example.com`, cookie: '' };
const courseId = 'network-plus-n10-009';
const screenshots = 'tests/.artifacts/screenshots';
/** What the seeded history should show, filled in while seeding. */
const expected = { questions: 6, answers: 18, objectives: 0, objectivesTotal: 0 };

/**
 * A learner with five days of study in a row ending today (default settings: UTC, day starts at
 * 4), six Network+ cards (two due today, two tomorrow), lesson 1 completed and two exams.
 */
async function seedHistory(userId: string) {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    const now = new Date();
    const today = learnerDay(now, 'UTC', 4);
    // Readiness counts objectives; a question on a sub-objective counts for its parent.
    expected.objectivesTotal = await db.objective.count({ where: { courseId, parentId: null } });
    const questions = await db.question.findMany({
      where: {
        archivedAt: null,
        // Questions wholly in domain 1.0 of this course, so the domain row counts every answer.
        lesson: { chapterId: 'chapter-010-network-models' },
        objectives: { some: { objective: { courseId } }, every: { objective: { OR: [{ courseId: { not: courseId } }, { domainId: `${courseId}:1.0` }] } } },
      },
      select: { id: true, objectives: { where: { objective: { courseId } }, select: { objective: { select: { id: true, parentId: true } } } } },
      orderBy: { id: 'asc' },
      take: expected.questions,
    });
    expected.objectives = new Set(questions.flatMap((q) => q.objectives.map((o) => o.objective.parentId ?? o.objective.id))).size;
    const dues = [
      new Date(today.start.getTime() + 60_000),
      new Date(today.start.getTime() + 120_000),
      new Date(today.end.getTime() + 3_600_000),
      new Date(today.end.getTime() + 7_200_000),
    ];
    await db.card.createMany({
      data: questions.map((q, i) => ({
        userId,
        questionId: q.id,
        due: dues[i] ?? new Date(now.getTime() + 10 * 86_400_000),
        stability: 20,
        difficulty: 5,
        elapsedDays: 2,
        scheduledDays: 20,
        learningSteps: 0,
        reps: 3,
        lapses: 0,
        state: 2,
        lastReview: new Date(now.getTime() - 2 * 86_400_000),
        answers: 3,
        correctAnswers: 2,
      })),
    });
    await db.studyDay.createMany({
      data: [0, 1, 2, 3, 4].map((back) => ({
        userId,
        courseId,
        day: new Date(`${addDays(today.key, -back)}T00:00:00Z`),
        reviews: 10,
        passed: 8,
        durationMs: 300_000,
        youngReviews: 5,
        youngPassed: 4,
        matureReviews: 2,
        maturePassed: 2,
      })),
    });
    await db.lessonProgress.create({ data: { userId, lessonId: 'lesson-001-virtualization-fundamentals', completedAt: new Date(now.getTime() - 86_400_000) } });
    for (const [daysAgo, score, scaledScore, passed] of [
      [20, 0.62, 596, false],
      [5, 0.81, 748, true],
    ] as const) {
      const submittedAt = new Date(now.getTime() - daysAgo * 86_400_000);
      await db.quizAttempt.create({
        data: {
          userId,
          kind: 'EXAM',
          courseId,
          status: 'SUBMITTED',
          startedAt: new Date(submittedAt.getTime() - 3_600_000),
          submittedAt,
          score,
          scaledScore,
          passed,
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  let learnerId = '';
  try {
    learnerId = (await createAccount(db, { email: learner.email, password })).id;
    await createAccount(db, { email: newcomer.email, password });
  } finally {
    await db.$disconnect();
  }
  await seedHistory(learnerId);
  learner.cookie = await signInOverHttp(inject('baseUrl'), learner.email, password);
  newcomer.cookie = await signInOverHttp(inject('baseUrl'), newcomer.email, password);
  await mkdir(screenshots, { recursive: true });
});

async function signedInPage(cookie: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

/** The value of a headline number: the first <dd> after its <dt>. */
// #main: while the page streams in, a hidden second copy of it briefly sits outside #main.
const stat = (page: Page, label: string) => page.locator('#main').locator(`xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
const rowCells = (page: Page, table: string, row: string | RegExp) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: row }).getByRole('cell').allInnerTexts();

describe('learner dashboard in the browser', () => {
  it('shows the seeded history: headline numbers, readiness basis, forecast, retention and exams', async () => {
    const page = await signedInPage(learner.cookie);
    await page.goto(`/dashboard?course=${courseId}`);
    await page.getByRole('heading', { name: 'Your dashboard' }).waitFor();
    expect(await page.getByRole('link', { name: 'CompTIA Network+' }).getAttribute('aria-current')).toBe('page');

    expect(await stat(page, 'Current streak').innerText()).toBe('5 days');
    expect(await stat(page, 'Cards due today').innerText()).toBe('2');
    expect(await stat(page, 'Reviews today').innerText()).toBe('10');
    expect(await stat(page, 'Study time, 30 days').innerText()).toBe('25 min');

    const readiness = page.getByRole('region', { name: 'Exam readiness' });
    expect(await readiness.getByTestId('readiness-basis').innerText()).toContain(
      `Based on ${expected.answers} answers to ${expected.questions} questions covering ${expected.objectives} of ${expected.objectivesTotal} objectives`,
    );
    // Two thirds right on a sliver of the blueprint: the band reaches full marks, too wide to mean a
    // score, so no number and no verdict, only the range it could be in.
    await readiness.getByText('No verdict yet').waitFor();
    expect(await readiness.getByText('Not enough answers yet').count()).toBe(1);
    expect(await readiness.getByText(/could be anywhere from \d+ to 900/).count()).toBe(1);
    expect(await readiness.getByText('Predicted score', { exact: true }).count()).toBe(0);

    const forecast = page.getByRole('region', { name: 'Review forecast, next 30 days' });
    expect(await forecast.getByText(/^2 cards due today, 4 cards within 7 days, 6 cards within 30 days\.$/).count()).toBe(1);
    await forecast.getByText('Forecast as a table').click();
    expect(
      await forecast
        .getByRole('row', { name: /^Today,/ })
        .getByRole('cell')
        .innerText(),
    ).toBe('2');
    expect(await forecast.getByRole('table').getByRole('row').count()).toBe(31);

    // All six questions are in domain 1.0 only; each answer counts once there, as in the readiness basis.
    expect((await rowCells(page, 'Mastery per domain', /^1\.0 /)).slice(2)).toEqual(['67%', String(expected.answers)]);
    expect(await rowCells(page, 'True retention, young and mature cards', 'Last 7 days')).toEqual(['80.0% (20/25)', '100.0% (10/10)', '85.7% (30/35)']);
    expect(await page.getByText('50 reviews on 5 days in the last 365 days').count()).toBe(1);

    const exams = page.getByRole('table', { name: /Exam simulation results/ });
    expect((await exams.getByRole('row').allInnerTexts()).slice(1).map((row) => row.split('\t').slice(2))).toEqual([
      ['62%', '596', 'Fail'],
      ['81%', '748', 'Pass'],
    ]);
    // Four charts drawn: domain mastery, forecast, the exam line with one dot per sitting, and the
    // score by domain over time (empty here: the seeded sittings have no items).
    expect(await page.locator('#main .recharts-wrapper').count()).toBe(4);
    expect(
      await page.getByRole('region', { name: 'Exam simulations' }).locator('.recharts-wrapper').first().locator('.recharts-line-dots circle').count(),
    ).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const shot = await page.screenshot({ path: `${screenshots}/learner-dashboard.png`, fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(50_000);
  });

  it('fits a 360 px screen, in dark mode too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await signedInPage(learner.cookie, { width: 360, colorScheme });
      await page.goto(`/dashboard?course=${courseId}`);
      await page.getByRole('region', { name: 'Exam readiness' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await stat(page, 'Current streak').innerText()).toBe('5 days');
      if (colorScheme === 'dark') {
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
        expect(await seriousA11yViolations(page)).toEqual([]);
      }
      await page.screenshot({ path: `${screenshots}/learner-dashboard-360-${colorScheme}.png`, fullPage: true });
    }
  });

  it('tells a newcomer what to do first', async () => {
    const page = await signedInPage(newcomer.cookie);
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Start here' }).waitFor();
    expect(await page.getByRole('region', { name: 'Start here' }).getByRole('link').first().getAttribute('href')).toMatch(/^\/lessons\//);
    await page.getByText(/^No prediction yet: it needs answers to work from\./).waitFor();
    expect(await page.locator('#main').getByTestId('readiness-basis').innerText()).toMatch(
      /^Based on 0 answers to 0 questions covering 0 of \d+ objectives, 0% of the exam’s weight\.$/,
    );
    await page.getByText(/^No cards in your deck yet\./).waitFor();
    await page.getByText(/^No reviews in the last year\./).waitFor();
    await page.getByText(/^No exam simulation taken yet\./).waitFor();
    await page.getByText(/^Nothing practised in this course yet\./).waitFor();
    expect(await stat(page, 'Current streak').innerText()).toBe('0 days');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/learner-dashboard-empty.png`, fullPage: true });
  });
});
