import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countContentFiles } from '../helpers/content-tree';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';

const browser = launchBrowserPerFile();
const email = `journey-${Date.now()}@example.com`;
const password = 'a journey through subnets';

async function signOut(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('an account from sign-up to sign-out', () => {
  it('signs up, signs in, completes a lesson, sees progress, signs out, and is refused an instructor page', async () => {
    const page = await browser.newPage();
    await page.goto('/signup');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('password123');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/at least 10 characters|most common/)
          .first()
          .textContent(),
      )
      .toMatch(/most common/);

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('button', { name: /Account menu/ }).waitFor();
    await signOut(page);

    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the right one');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong email or password.').waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /Account menu/ }).waitFor();

    await page.goto('/lessons/lesson-002-hypervisors');
    const toggle = page.getByRole('button', { name: 'Mark as complete' }).first();
    await toggle.click();
    await page.getByRole('button', { name: '✓ Completed' }).first().waitFor();
    // A reload shows the state from the server, not from memory.
    await page.reload();
    await page.getByRole('button', { name: '✓ Completed' }).first().waitFor();

    await page.goto('/courses/ccna-200-301');
    const courseBar = page.getByRole('progressbar', { name: 'Course lessons completed' });
    expect(await courseBar.getAttribute('aria-valuenow')).toBe('1');
    // Every chapter in content/ belongs to the CCNA course, so its lessons are all the lesson files.
    const lessons = (await countContentFiles('content')).lessons;
    expect(await courseBar.getAttribute('aria-valuemax')).toBe(String(lessons));
    expect(await page.getByText(`1 of ${lessons} lessons`).isVisible()).toBe(true);
    await mkdir('tests/.artifacts/screenshots', { recursive: true });
    await page.screenshot({ path: 'tests/.artifacts/screenshots/course-progress.png' });

    await page.goto('/instructor/cohorts');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page is not for your account');

    await page.goto('/');
    await signOut(page);
    await page.goto('/account');
    await page.waitForURL('**/signin?callbackUrl=%2Faccount');
  });

  it('keeps the sign-in form usable on a 360 px screen in dark mode', async () => {
    const page = await browser.newPage({ width: 360, colorScheme: 'dark' });
    await page.goto('/signin');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
