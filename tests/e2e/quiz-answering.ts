import type { Page } from 'playwright-core';

/**
 * Gives some answer to whatever question is on screen, through its controls as a learner would.
 * Which answer does not matter to these tests; that the controls work does.
 */
export async function answerCurrentQuestion(page: Page): Promise<void> {
  if (await page.getByRole('button', { name: 'Keep this order' }).isVisible()) {
    await page
      .getByRole('button', { name: /^Move .* down$/ })
      .first()
      .click();
    return;
  }
  const matchSelects = page.getByRole('combobox', { name: /^Match for / });
  if ((await matchSelects.count()) > 0) {
    for (const select of await matchSelects.all()) await select.selectOption({ index: 1 });
    return;
  }
  const radios = page.getByRole('radio');
  if ((await radios.count()) > 0) {
    await radios.first().check();
    return;
  }
  const boxes = page.getByRole('checkbox');
  if ((await boxes.count()) > 0) {
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    return;
  }
  await page.getByRole('textbox').first().fill('1');
}

/**
 * Every response body the attempt page receives (its HTML, RSC payloads, server action results).
 * Other pages (the lesson itself) legitimately contain the words answers are made of.
 */
export function recordAttemptPayloads(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.url().includes('/attempts/') && /text\/html|text\/x-component|application\/json/.test(type))
      bodies.push(await response.text().catch(() => ''));
  });
  return bodies;
}
