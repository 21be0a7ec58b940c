import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { createDb } from '../../lib/db/client';
import { launchBrowserPerFile, seriousA11yViolations } from './browser';
import { signInOverHttp } from './http-session';

const browser = launchBrowserPerFile();
const email = `author-${Date.now()}@example.com`;
const password = 'questions deserve care';
const questionId = 'l03-vswitch-portfast';
const artifacts = 'tests/.artifacts';
let cookie = '';

beforeAll(async () => {
  const db = createDb(inject('databaseUrl'), 1);
  await createAccount(db, { email, password, role: 'INSTRUCTOR', name: 'Author' }).finally(() => db.$disconnect());
  cookie = await signInOverHttp(inject('baseUrl'), email, password);
  await mkdir(artifacts, { recursive: true });
});

async function instructorPage(options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page
    .context()
    .addCookies(cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: inject('baseUrl') })));
  return page;
}

const newStem = 'Why may the uplink ports of a standard vSwitch be PortFast edge ports?';
const newOption = 'A vSwitch never forwards a frame from one uplink out of another, so it cannot loop.';

describe('question authoring in the browser', () => {
  it('edits the stem and an option in the form, previews, publishes and shows the diff in the history', async () => {
    const page = await instructorPage();
    await page.goto(`/author/questions/${questionId}`);
    const preview = page.getByRole('complementary', { name: 'Preview' });
    await preview.getByText('What learners see').waitFor();

    await page.getByLabel('Question (stem)').fill(newStem);
    await page.getByLabel('Text of option 1 (a)').fill(newOption);
    await preview.getByText(newStem).first().waitFor();
    await preview.getByText(newOption).first().waitFor();
    // Draft autosave: learners still get version 1.
    await page.getByText(/^Draft saved/).waitFor();

    // An error is shown next to its field and blocks publishing, until fixed.
    await page.getByLabel('Id of option 2 (b)').fill('a');
    await page.getByText('duplicate id "a"').waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    await page.getByLabel('Id of option 2 (a)').fill('b');

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/question-editor.png`, fullPage: true });
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Published version 2.' }).waitFor();

    await page.goto(`/author/questions/${questionId}/history`);
    // #main: a streamed page briefly holds a hidden second copy of its content outside it.
    const changes = page.locator('#main').getByLabel('Changes in version 2');
    await changes.waitFor();
    const diff = await changes.innerText();
    // Each row reads: old line, new line, the sign with its spoken word, the text.
    expect(diff).toMatch(new RegExp(`\\+\\s*added\\s+${newStem.replace(/[.?]/g, '\\$&')}`));
    expect(diff).toMatch(/−\s*removed\s+An ESXi host's VMware standard vSwitch/);
    expect(diff).toContain(newOption);
    await page.getByRole('button', { name: 'Restore version 1' }).waitFor();
    await page.locator('#main').getByText(`Author: Published version 2 of question ${questionId}`).waitFor();
    await page.screenshot({ path: `${artifacts}/question-history.png`, fullPage: true });
  });

  it('edits as YAML with errors by line, and works at 360 px in dark mode', async () => {
    const page = await instructorPage({ width: 360, colorScheme: 'dark' });
    await page.goto(`/author/questions/new?lesson=lesson-003-virtual-switching`);
    await page.getByRole('tab', { name: 'Edit as YAML' }).click();
    const editor = page.getByRole('textbox', { name: 'Question as YAML' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('id: e2e-yaml\ntype: truefalse\nstem: A vSwitch runs STP.\nanswer: maybe\nexplanation: It does not.\n');
    await page.getByText(/line 4: answer: /).waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('id: e2e-yaml\ntype: truefalse\nstem: A vSwitch runs STP.\nanswer: false\nexplanation: It does not.\n');
    await page.getByRole('complementary', { name: 'Preview' }).getByText('A vSwitch runs STP.').first().waitFor();
    await page.getByRole('tab', { name: 'Form' }).click();
    expect(await page.getByLabel('Question (stem)').inputValue()).toBe('A vSwitch runs STP.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${artifacts}/question-editor-360-dark.png`, fullPage: true });
  });

  it('previews a GIFT upload with questions and errors by line before anything is saved', async () => {
    const page = await instructorPage();
    await page.goto('/author/upload/questions');
    await page.getByLabel('Lesson', { exact: true }).selectOption('lesson-003-virtual-switching');
    const gift = [
      '::e2e-gift-vswitch::Which component forwards frames between two VMs on one host? {=The virtual switch ~The access switch ####The hypervisor switches it.}',
      '',
      '::e2e-gift-broken::This one is missing its brace {=yes ~no',
    ].join('\n');
    await page.getByLabel('…or paste the questions').fill(gift);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: '1 question would be created' }).waitFor();
    expect(await page.getByLabel('Problems by line').innerText()).toMatch(/line 3: error: GIFT syntax error/);
    await page.getByText('Which component forwards frames between two VMs on one host?').first().waitFor();
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
    await page.screenshot({ path: `${artifacts}/question-upload-preview.png`, fullPage: true });

    await page.getByLabel('…or paste the questions').fill(gift.replace('{=yes ~no', '{=yes ~no}'));
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Publish 2 questions' }).click();
    await page.getByText('Published 2 questions.').waitFor();
    await page.goto('/author/questions?q=two+VMs+on+one+host');
    await page.getByRole('link', { name: /Which component forwards frames/ }).waitFor();
    expect(await page.getByText('Edited in browser').count()).toBeGreaterThan(0);
  });

  it('uploads a Moodle XML file: format picked from the name, skipped questions and lost parts shown, then published', async () => {
    const page = await instructorPage({ width: 360, colorScheme: 'dark' });
    await page.goto('/author/upload/questions');
    await page.getByLabel('Lesson', { exact: true }).selectOption('lesson-003-virtual-switching');
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<quiz>',
      '  <question type="truefalse">',
      '    <name><text>e2e-moodle-vswitch-stp</text></name>',
      '    <questiontext format="markdown"><text>A standard vSwitch needs **no** spanning tree to stay loop-free.</text></questiontext>',
      '    <generalfeedback format="markdown"><text>It never forwards between uplinks.</text></generalfeedback>',
      '    <penalty>0.3333333</penalty>',
      '    <answer fraction="100"><text>true</text></answer>',
      '    <answer fraction="0"><text>false</text></answer>',
      '  </question>',
      '  <question type="ordering">',
      '    <name><text>e2e-moodle-frame-path</text></name>',
      '    <questiontext format="plain_text"><text>Order the hops of a frame from VM A to VM B: 1*2*3</text></questiontext>',
      '    <generalfeedback format="plain_text"><text>vNIC, vSwitch port group, vNIC.</text></generalfeedback>',
      '    <answer fraction="1" format="plain_text"><text>vNIC of VM A</text></answer>',
      '    <answer fraction="2" format="plain_text"><text>Port group on the vSwitch</text></answer>',
      '    <answer fraction="3" format="plain_text"><text>vNIC of VM B</text></answer>',
      '  </question>',
      '  <question type="essay"><name><text>Explain vSwitches</text></name><questiontext><text>Explain.</text></questiontext></question>',
      '</quiz>',
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'moodle-export.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });
    expect(await page.getByLabel('Moodle XML').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: '2 questions would be created' }).waitFor();
    expect(await page.getByRole('list', { name: 'Imported without these parts' }).innerText()).toMatch(
      /Line 3 \(e2e-moodle-vswitch-stp\): penalty not kept: a wrong try costs 33.33333%/,
    );
    expect(await page.getByLabel('Skipped questions').innerText()).toMatch(/Line 19 \(Explain vSwitches\) skipped: essay/);
    // Plain text stays literal: 1*2*3 is not emphasis.
    await page.getByText('Order the hops of a frame from VM A to VM B: 1*2*3').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/question-upload-moodle-xml-360-dark.png`, fullPage: true });

    await page.getByRole('button', { name: 'Publish 2 questions' }).click();
    await page.getByText('Published 2 questions.').waitFor();
    await page.goto('/author/questions?q=hops+of+a+frame');
    await page.getByRole('link', { name: /Order the hops of a frame/ }).waitFor();
  });
});
