import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { lessonFile } from '../helpers/content-tree';
import { launchBrowserPerFile } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const email = `hostile-author-${crypto.randomUUID()}@example.com`;
const password = 'hostile markdown in the browser';
let cookie = '';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  await createAccount(db, { email, password, role: 'INSTRUCTOR', name: 'Hostile Author' }).finally(() => db.$disconnect());
  cookie = await signInOverHttp(inject('baseUrl'), email, password);
});

async function upload(page: Page, name: string, text: string) {
  await page.locator('#lesson-file').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
}

describe('hostile lesson Markdown against the production build', () => {
  it('refuses the probe’s 100 KB nested list at once, keeps serving, and still compiles a normal lesson in its worker', async () => {
    const page = await browser.newPage();
    await page
      .context()
      .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
    await page.goto('/author/upload/lesson');

    await upload(page, 'hostile.md', lessonFile('hostile', {}, `${'- '.repeat(50_000)}x\n`));
    const health = await fetch(`${inject('baseUrl')}/api/health`);
    expect(health.status).toBe(200);
    const problems = page.getByLabel('Problems by line');
    await problems.waitFor({ timeout: 15_000 });
    expect(await problems.innerText()).toBe(
      'hostile.md:10: lists, block quotes and footnotes are nested 50000 levels deep here; at most 32 levels are allowed',
    );

    // Compiled by the worker pool, whose file `next start` must find outside its bundle.
    await upload(page, 'subnets.md', lessonFile('subnets', { order: '990' }, '## Masks\n\nA /30 leaves *two* hosts.\n'));
    const preview = page.getByTestId('lesson-preview');
    await expect.poll(() => preview.locator('h2').first().textContent(), { timeout: 15_000 }).toBe('Masks#');
    expect(await preview.locator('em').textContent()).toBe('two');
  });
});
