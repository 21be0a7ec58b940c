import { mkdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import type { Question } from '../../lib/questions/schema';
import { questionModule } from '../../lib/questions/types/registry';
import { learnerDay } from '../../lib/srs/learner-day';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const password = 'cohorts worth following';
const stamp = Date.now();
const courseId = 'network-plus-n10-009';
const screenshots = 'tests/.artifacts/screenshots';
const instructor = { email: `teach-${stamp}@example.com`, cookie: '' };
const ada = { email: `ada-${stamp}@example.com`, name: 'Ada Active', cookie: '', id: '' };
const ben = { email: `ben-${stamp}@example.com`, name: 'Ben Behind', id: '' };
const cohortName = `Evening class ${stamp}`;
/** Filled while seeding: the cohort, the course's published lessons and the four analysed questions. */
const seeded = { cohortId: '', lessons: 0, questions: [] as string[] };

/**
 * Ada: active now, one lesson done, 12 reviews today, two exams. Ben: last seen 10 days ago, one
 * exam. The exams answer four single-choice questions (item scores, total):
 *   Ada 1: A1 B0 C0 D1 = 2;  Ada 2: A1 B0 C0 D1 = 2;  Ben: A0 B1 C0 D0 = 1.
 * B: scores 0,0,1 against rest 2,2,0 → discrimination −1 (flagged); C: nobody right → too hard.
 */
async function seed() {
  const db = createDb(inject('databaseUrl'), 1);
  try {
    const teacher = await createAccount(db, { email: instructor.email, password, role: 'INSTRUCTOR', name: 'Teacher' });
    ada.id = (await createAccount(db, { email: ada.email, password, name: ada.name })).id;
    ben.id = (await createAccount(db, { email: ben.email, password, name: ben.name })).id;
    const now = new Date();
    await db.user.update({ where: { id: ada.id }, data: { lastActiveAt: now } });
    await db.user.update({ where: { id: ben.id }, data: { lastActiveAt: new Date(now.getTime() - 10 * 86_400_000) } });
    const cohort = await db.cohort.create({
      data: {
        name: cohortName,
        courseId,
        instructorId: teacher.id,
        inviteCode: `E2E${String(stamp).slice(-5)}`,
        members: { create: [{ userId: ada.id }, { userId: ben.id }] },
      },
    });
    seeded.cohortId = cohort.id;
    seeded.lessons = await db.lesson.count({ where: { draft: false, archivedAt: null, chapter: { archivedAt: null, courses: { some: { courseId } } } } });
    await db.lessonProgress.create({ data: { userId: ada.id, lessonId: 'lesson-001-virtualization-fundamentals', completedAt: now } });
    // The server reads the real clock, so Ada's day starts 12 hours from now: "today" cannot roll
    // over between seeding and the page's render, whatever the hour the test runs at.
    const dayStartHour = (now.getUTCHours() + 12) % 24;
    await db.srsSettings.create({ data: { userId: ada.id, scope: '*', settings: { timeZone: 'UTC', dayStartHour } } });
    const today = learnerDay(now, 'UTC', dayStartHour).key;
    await db.studyDay.create({ data: { userId: ada.id, courseId, day: new Date(`${today}T00:00:00Z`), reviews: 12, passed: 10 } });
    const questions = await db.question.findMany({
      where: { type: 'single', archivedAt: null, lesson: { chapter: { courses: { some: { courseId } } } } },
      select: { id: true, currentVersion: { select: { id: true, body: true } } },
      orderBy: { id: 'asc' },
      take: 4,
    });
    seeded.questions = questions.map((q) => q.id);
    const sheets: Array<{ userId: string; scores: number[] }> = [
      { userId: ada.id, scores: [1, 0, 0, 1] },
      { userId: ada.id, scores: [1, 0, 0, 1] },
      { userId: ben.id, scores: [0, 1, 0, 0] },
    ];
    for (const [n, sheet] of sheets.entries()) {
      const score = sheet.scores.reduce((a, b) => a + b, 0) / sheet.scores.length;
      const submittedAt = new Date(now.getTime() - (n + 1) * 3_600_000);
      await db.quizAttempt.create({
        data: {
          userId: sheet.userId,
          kind: 'EXAM',
          courseId,
          status: 'SUBMITTED',
          submittedAt,
          score,
          scaledScore: Math.round(100 + 800 * score),
          passed: false,
          items: {
            create: questions.map((q, position) => {
              const body = q.currentVersion!.body as Extract<Question, { type: 'single' }>;
              const right = sheet.scores[position] === 1;
              const choice = right ? body.answer : body.options.find((o) => o.id !== body.answer)!.id;
              const response = { type: 'single' as const, choice };
              // Grading stores the answer's item-analysis keys with it; so must a seeded answer.
              const answerKeys = questionModule(body).itemAnalysis.keys(response);
              return {
                position,
                questionId: q.id,
                versionId: q.currentVersion!.id,
                presentation: {},
                response,
                answerKeys,
                durationMs: 20_000,
                correct: right,
                score: sheet.scores[position],
                partial: sheet.scores[position],
              };
            }),
          },
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

beforeAll(async () => {
  await seed();
  instructor.cookie = await signInOverHttp(inject('baseUrl'), instructor.email, password);
  ada.cookie = await signInOverHttp(inject('baseUrl'), ada.email, password);
  await mkdir(screenshots, { recursive: true });
});

async function signedInPage(cookie: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

// #main: while a section streams in, the page briefly holds a hidden second copy of it outside #main.
const figure = (page: Page, label: string) =>
  page.locator('#main').getByTestId('cohort-card').locator(`xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
// By role, not test id: while the page streams, React briefly holds a hidden copy of the table.
const learnersTable = (page: Page) => page.getByRole('table', { name: /^Learners of the cohort/ });
const learnerRow = (page: Page, name: string) => learnersTable(page).getByRole('row', { name: new RegExp(name) });
const progressPercent = () => `${Math.round((1 / seeded.lessons) * 100)}%`;

describe('instructor dashboard in the browser', () => {
  it('the home page shows each cohort with its headline numbers', async () => {
    const page = await signedInPage(instructor.cookie);
    await page.goto('/instructor');
    await page.getByRole('heading', { name: 'Teaching', level: 1 }).waitFor();
    const card = page.locator('#main').getByTestId('cohort-card');
    expect(await card.getByRole('link').innerText()).toBe(cohortName);
    expect(await figure(page, 'At risk').innerText()).toBe('1');
    expect(await figure(page, 'Reviews, 7 days').innerText()).toBe('12');
    expect(await figure(page, 'Active, 7 days').innerText()).toBe('1 of 2');
    expect(await figure(page, 'Mean progress').innerText()).toBe(`${Math.round((0.5 / seeded.lessons) * 100)}%`);
    expect(await page.getByRole('link', { name: 'CompTIA Network+' }).getAttribute('href')).toBe(`/instructor/courses/${courseId}/items`);
    await page.screenshot({ path: `${screenshots}/instructor-home.png`, fullPage: true });
  });

  it('the cohort table shows each learner, flags Ben, sorts, and drills down to Ada read-only', async () => {
    const page = await signedInPage(instructor.cookie);
    await page.goto(`/instructor/cohorts/${seeded.cohortId}`);
    await learnersTable(page).waitFor();
    expect(await page.locator('#main').getByTestId('at-risk-rule').innerText()).toContain('no activity for 7 days or more');
    const adaCells = await learnerRow(page, ada.name).getByRole('cell').allInnerTexts();
    expect(adaCells).toEqual([progressPercent(), 'unknown', 'today', '12', '0', '2 · best 500', '—']);
    const benCells = await learnerRow(page, ben.name).getByRole('cell').allInnerTexts();
    expect(benCells).toEqual(['0%', 'unknown', '10 days ago', '0', '0', '1 · best 300', 'inactive 7+ days']);
    // At-risk learners come first; sorting by name puts Ada first.
    expect(await learnersTable(page).locator('tbody tr').first().innerText()).toContain(ben.name);
    await page.getByRole('button', { name: 'Learner' }).click();
    expect(await page.getByRole('columnheader', { name: 'Learner' }).getAttribute('aria-sort')).toBe('ascending');
    expect(await learnersTable(page).locator('tbody tr').first().innerText()).toContain(ada.name);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/instructor-cohort.png`, fullPage: true });

    await page.getByRole('link', { name: ada.name }).click();
    await page.getByRole('heading', { name: ada.name, level: 1 }).waitFor();
    await page.getByText(`Read-only: this is what ${ada.name} sees on their dashboard.`).waitFor();
    await page.getByRole('region', { name: 'Exam readiness' }).waitFor();
    expect(await page.getByRole('link', { name: /Start|Review now/ }).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/instructor-drill-down.png`, fullPage: true });
  });

  it('fits 360 px in dark mode: the table scrolls inside its card', async () => {
    const page = await signedInPage(instructor.cookie, { width: 360, colorScheme: 'dark' });
    await page.goto(`/instructor/cohorts/${seeded.cohortId}`);
    await learnersTable(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await learnerRow(page, ben.name).innerText()).toContain('inactive 7+ days');
    await page.screenshot({ path: `${screenshots}/instructor-cohort-360-dark.png`, fullPage: true });
  });

  it('item analysis says n too small instead of flagging on three answers (flags need 30), linking to the editor', async () => {
    const page = await signedInPage(instructor.cookie);
    await page.goto(`/instructor/courses/${courseId}/items`);
    await page.getByRole('heading', { name: 'Item analysis', level: 1 }).waitFor();
    expect(await page.locator('#main').getByTestId('item-summary').innerText()).toMatch(
      /^4 of \d+ questions answered; 0 flagged for review; 4 with fewer than 30 answers \(n too small to flag\)\.$/,
    );
    const [a, b, c] = seeded.questions;
    const row = (id: string) => page.locator(`#main tr[data-question="${id}"]`);
    expect((await row(b).getByRole('cell').allInnerTexts()).slice(0, 5)).toEqual(['3\n3 in exams', '0.33', '-1.00', '20.0 s', 'n too small']);
    expect((await row(c).getByRole('cell').allInnerTexts()).slice(1, 5)).toEqual(['0.00', '—', '20.0 s', 'n too small']);
    expect((await row(a).getByRole('cell').allInnerTexts()).slice(1, 5)).toEqual(['0.67', '—', '20.0 s', 'n too small']);
    expect(await row(b).getByRole('rowheader').getByRole('link').getAttribute('href')).toBe(`/author/questions/${b}`);
    await row(b).getByText('Show').click();
    expect(
      await row(b)
        .getByRole('row', { name: /\(correct\)/ })
        .getByRole('cell')
        .innerText(),
    ).toBe('1');
    expect(await page.locator('#main .recharts-surface').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}/instructor-items.png`, fullPage: true });

    const narrow = await signedInPage(instructor.cookie, { width: 360 });
    await narrow.goto(`/instructor/courses/${courseId}/items`);
    await narrow.getByRole('table', { name: 'Item analysis, one row per question' }).waitFor();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await narrow.screenshot({ path: `${screenshots}/instructor-items-360.png`, fullPage: true });
  });

  it('downloads the gradebook and the item analysis as CSV', async () => {
    const page = await signedInPage(instructor.cookie);
    await page.goto(`/instructor/cohorts/${seeded.cohortId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download gradebook (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^netprep-gradebook-evening-class-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Name,Email,Progress %,Lessons completed,Predicted score %,.*,At risk,1\.0 Networking Concepts recall %/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith(ada.name))).toMatch(
      new RegExp(`^Ada Active,${ada.email},${Math.round(100 / seeded.lessons)},1,,,,unknown,.*,12,0,2,50,500,,`),
    );
    expect(lines.find((l) => l.startsWith(ben.name))).toContain(',inactive 7+ days,');

    const items = await fetch(`${inject('baseUrl')}/api/instructor/courses/${courseId}/items?cohortId=${seeded.cohortId}`, {
      headers: { cookie: instructor.cookie },
    });
    expect(items.headers.get('content-disposition')).toMatch(/^attachment; filename="netprep-items-network-plus-n10-009-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = (await items.text()).split('\n');
    expect(rows.find((r) => r.startsWith(`${seeded.questions[1]},`))).toMatch(/,3,0\.333,-1,3,20,n too small,/);
  });

  it('refuses a learner', async () => {
    for (const path of ['/instructor', `/instructor/cohorts/${seeded.cohortId}`, `/api/instructor/cohorts/${seeded.cohortId}/gradebook`]) {
      const response = await fetch(`${inject('baseUrl')}${path}`, { headers: { cookie: ada.cookie }, redirect: 'manual' });
      expect(response.status, path).toBe(403);
    }
    const page = await signedInPage(ada.cookie);
    const response = await page.goto('/instructor');
    expect(response?.status()).toBe(403);
    expect(await page.getByText(cohortName).count()).toBe(0);
  });
});
