import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../lib/content/sync';
import { applyImport, planImport } from '../../lib/questions/import-file';
import { questionFileSchema, questionSchema, type Question } from '../../lib/questions/schema';
import { chapterDir, copyOfContent, countContentFiles } from '../helpers/content-tree';
import { comparableByText } from '../helpers/comparable-question';

// Each run is a fresh Node process that loads tsx and, mostly, the whole course: seconds each on a
// quiet machine, much more when CI runs other test files beside it. spawnSync blocks the worker, so
// the test's own timeout can only fire after the child ends; the limits are generous on purpose.
const spawnTimeoutMs = 240_000;
const cliTimeout = { timeout: 900_000 };

function run(script: 'questions-import' | 'questions-export' | 'content-check', args: string[], contentDir?: string) {
  const env = { ...process.env, NETPREP_CONTENT_DIR: contentDir };
  if (!contentDir) delete env.NETPREP_CONTENT_DIR;
  const result = spawnSync(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    env,
    timeout: spawnTimeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

const importJson = (file: string, format: 'gift' | 'aiken' | 'moodle-xml') => {
  const result = run('questions-import', [file, '--format', format, '--dry-run', '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Question[];
};

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'netprep-questions-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const lesson2 = 'lesson-002-hypervisors';
const lesson2File = `${chapterDir}/${lesson2}.questions.yaml`;

describe('questions:import --dry-run --json', cliTimeout, () => {
  it('prints the GIFT fixture as native questions, and lists what it skipped', () => {
    const result = run('questions-import', ['tests/fixtures/questions/valid.gift', '--format', 'gift', '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const questions = JSON.parse(result.stdout) as Question[];
    expect(questions.map((question) => [question.id, question.type])).toEqual([
      ['stp-purpose', 'single'],
      ['escapes-everywhere', 'single'],
      ['multi-select', 'multiple'],
      ['trunks-tag', 'truefalse'],
      ['native-vlan', 'truefalse'],
      ['protocol-name', 'text'],
      ['usable-hosts', 'numeric'],
      ['rtt-estimate', 'numeric'],
      ['octet-range', 'numeric'],
      ['mask-bits', 'numeric'],
      ['port-match', 'matching'],
      ['which-layer-is-ip-on-1224sx6', 'single'],
      ['plain-text', 'single'],
      ['moodle-text', 'single'],
    ]);
    const byId = new Map(questions.map((question) => [question.id, question]));
    expect(byId.get('stp-purpose')).toMatchObject({
      stem: 'What does **STP** prevent?',
      answer: 'a',
      options: [{ id: 'a', text: 'Layer 2 loops' }, { text: 'Routing loops' }, { text: 'Broadcasts' }],
    });
    expect(byId.get('multi-select')).toMatchObject({ answer: ['a', 'b'], options: [{ text: 'OSPF' }, { text: 'IS-IS' }, { text: 'RIP' }, { text: 'EIGRP' }] });
    expect([byId.get('trunks-tag'), byId.get('native-vlan')].map((question) => question && 'answer' in question && question.answer)).toEqual([true, false]);
    expect(byId.get('protocol-name')).toMatchObject({ accept: ['Address Resolution Protocol', 'address resolution'] });
    expect(byId.get('usable-hosts')).toMatchObject({ answer: { value: 62, tolerance: 0 } });
    expect(byId.get('rtt-estimate')).toMatchObject({ answer: { value: 1.5, tolerance: 0.5 } });
    expect(byId.get('octet-range')).toMatchObject({ answer: { min: 0, max: 255 } });
    expect(byId.get('port-match')).toMatchObject({
      prompts: [
        { text: 'SSH', match: 'a' },
        { text: 'Telnet', match: 'b' },
        { text: 'SFTP', match: 'a' },
      ],
      choices: [
        { id: 'a', text: '22' },
        { id: 'b', text: '23' },
        { id: 'c', text: '80' },
      ],
    });
    for (const question of questions) expect(questionSchema.parse(question)).toEqual(question);

    const stderr = result.stderr.split('\n');
    expect(stderr).toContain('tests/fixtures/questions/valid.gift:74: skipped: essay questions are graded by hand and have no native equivalent (::essay::)');
    expect(stderr).toContain('tests/fixtures/questions/valid.gift:76: skipped: a description has no answer to grade and no native equivalent (::intro::)');
    expect(stderr).toContain(
      'tests/fixtures/questions/valid.gift:45: lost: 1 other numerical answer(s) (50%): a numeric question keeps only its 100% answer (::mask-bits::)',
    );
  });

  it('prints the Aiken fixture as single-choice questions', () => {
    const questions = importJson('tests/fixtures/questions/valid.aiken.txt', 'aiken');
    expect(questions.map((question) => question.type)).toEqual(['single', 'single', 'single']);
    expect(questions.map((question) => question.stem)).toEqual([
      'What is the default administrative distance of OSPF?',
      'Which device works at Layer 2\nof the OSI model?',
      'Which wildcard matches \\*every\\* host?',
    ]);
    expect(questions.map((question) => question.type === 'single' && question.options.find((o) => o.id === question.answer)?.text)).toEqual([
      '110',
      'Switch',
      '255.255.255.255',
    ]);
  });
});

// Each run starts tsx, and most check the whole content tree (compiling every lesson): allow for slow machines.
describe('questions:import refuses what it cannot import', cliTimeout, () => {
  it('lists every error of a broken GIFT file as FILE:line and writes nothing', () => {
    const result = run('questions-import', ['tests/fixtures/questions/broken.gift', '--format', 'gift', '--dry-run', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'tests/fixtures/questions/broken.gift:5: GIFT syntax error: Expected "}" but end of input found.',
      'tests/fixtures/questions/broken.gift:8: GIFT syntax error: Expected a value between -100 and 100 but "150" found.',
    ]);
  });

  it('lists every error of a broken Aiken file as FILE:line', () => {
    const result = run('questions-import', ['tests/fixtures/questions/broken.aiken.txt', '--format', 'aiken', '--dry-run']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'tests/fixtures/questions/broken.aiken.txt:1: option "A" comes before any question text',
      'tests/fixtures/questions/broken.aiken.txt:8: ANSWER "C" is not one of the options (A, B)',
      'tests/fixtures/questions/broken.aiken.txt:10: the question needs at least 2 options (found 1)',
      'tests/fixtures/questions/broken.aiken.txt:14: the question has no "ANSWER:" line',
      'tests/fixtures/questions/broken.aiken.txt:18: warning: explanation: the file gives no explanation; it was set to the correct answer, write a better one',
      'tests/fixtures/questions/broken.aiken.txt:23: the question has no "ANSWER:" line',
    ]);
  });

  it('reports a question content:check would reject at its line in FILE', async () => {
    const file = path.join(scratch, 'all-correct.gift');
    await writeFile(file, '::all-right::Pick any.{\n\t~%50%one\n\t~%50%two\n\t~%50%three\n\t####All.\n}\n');
    const result = run('questions-import', [file, '--format', 'gift', '--dry-run']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `${file}:1: answer: every option is correct; leave at least one wrong option`,
      `${file}:1: options: the credits of the correct options add up to 150 %, not 100 %`,
    ]);
  });

  it('explains missing or wrong arguments', () => {
    const fixture = 'tests/fixtures/questions/valid.gift';
    const noFormat = run('questions-import', [fixture, '--dry-run']);
    expect(noFormat).toMatchObject({ code: 1, stdout: '' });
    expect(noFormat.stderr).toMatch(/^netprep: --format is required\.\nUsage: npm run questions:import -- FILE --format gift\|aiken/);
    expect(noFormat.stderr).toContain('Content is read from $NETPREP_CONTENT_DIR (default: ./content).');
    expect(run('questions-import', [fixture, '--format', 'moodle', '--dry-run']).stderr).toMatch(
      /^netprep: Unknown format "moodle"; use gift, aiken or moodle-xml\./,
    );
    expect(run('questions-import', [fixture, '--format', 'gift']).stderr).toMatch(
      /^netprep: --lesson ID is required to write the questions \(or use --dry-run\)\./,
    );
    expect(run('questions-import', ['missing.gift', '--format', 'gift', '--dry-run']).stderr).toBe('netprep: Cannot read missing.gift: no such file.');
    const unknown = run('questions-import', [fixture, '--format', 'gift', '--lesson', 'lesson-999-nope']);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringMatching(/netprep: No lesson has the id "lesson-999-nope" in content\.$/) });
  });
});

describe('questions:import into a lesson', cliTimeout, () => {
  it('appends to the lesson file, which content:check then accepts', async () => {
    const tree = await copyOfContent();
    const target = path.join(tree.dir, lesson2File);
    const before = await readFile(target, 'utf8');

    const dry = run('questions-import', ['tests/fixtures/questions/valid.gift', '--format', 'gift', '--lesson', lesson2, '--dry-run'], tree.dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      'Parsed tests/fixtures/questions/valid.gift: 14 question(s) (5 single, 1 multiple, 2 truefalse, 1 matching, 1 text, 4 numeric), 2 skipped, 1 imported with losses (listed above).\n' +
        `Dry run: 14 added, 0 replaced in ${target} (updated, lesson ${lesson2}); nothing was written.\n`,
    );
    expect(await readFile(target, 'utf8')).toBe(before);

    const written = run('questions-import', ['tests/fixtures/questions/valid.gift', '--format', 'gift', '--lesson', lesson2], tree.dir);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(
      `Imported tests/fixtures/questions/valid.gift: 14 added, 0 replaced in ${target} (updated, lesson ${lesson2}); 1 imported with losses (listed above).\n`,
    );
    expect(written.stderr).toContain('valid.gift:74: skipped: ');

    const after = await readFile(target, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const file = questionFileSchema.parse(parse(after));
    expect(file.questions.slice(-14)).toEqual(importJson('tests/fixtures/questions/valid.gift', 'gift'));
    const withImported = (await countContentFiles('content')).questions + 14;
    expect(run('content-check', [tree.dir])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^Content is valid: .*, ${withImported} questions`)),
    });
  });

  it('creates the question file of a lesson that has none', async () => {
    const tree = await copyOfContent();
    await tree.remove(lesson2File);
    const result = run('questions-import', ['tests/fixtures/questions/valid.aiken.txt', '--format', 'aiken', '--lesson', lesson2], tree.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/3 added, 0 replaced in .*lesson-002-hypervisors\.questions\.yaml \(created, lesson lesson-002-hypervisors\)/);
    const text = await readFile(path.join(tree.dir, lesson2File), 'utf8');
    expect(text.startsWith(`lesson: ${lesson2}\nquestions:\n  - id: what-is-the-default-administrative-0zw18ra\n    type: single\n    stem: |\n`)).toBe(true);
    expect(run('content-check', [tree.dir]).code).toBe(0);
  });

  it('refuses an id that already exists and leaves the file untouched, unless --replace', async () => {
    const tree = await copyOfContent();
    const target = path.join(tree.dir, lesson2File);
    const source = path.join(scratch, 'replace.gift');
    await writeFile(
      source,
      '::new-one::A new question.{T####Yes.}\n\n::l02-esxi-kernel-name::Which kernel does ESXi run?{=VMkernel####It runs the VMkernel.}\n',
    );
    const before = await readFile(target, 'utf8');

    const refused = run('questions-import', [source, '--format', 'gift', '--lesson', lesson2], tree.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`${source}:3: question id "l02-esxi-kernel-name" already exists in ${target}`);
    expect(await readFile(target, 'utf8')).toBe(before);

    const elsewhere = run('questions-import', [source, '--format', 'gift', '--lesson', 'lesson-001-virtualization-fundamentals', '--replace'], tree.dir);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(
      /:3: question id "l02-esxi-kernel-name" already exists in .*lesson-002-hypervisors\.questions\.yaml; --replace only replaces questions in .*lesson-001-virtualization-fundamentals\.questions\.yaml$/,
    );

    const replaced = run('questions-import', [source, '--format', 'gift', '--lesson', lesson2, '--replace'], tree.dir);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(/: 1 added, 1 replaced in /);
    const old = questionFileSchema.parse(parse(before)).questions;
    const now = questionFileSchema.parse(parse(await readFile(target, 'utf8'))).questions;
    const index = old.findIndex((question) => question.id === 'l02-esxi-kernel-name');
    expect(now.map((question) => question.id)).toEqual([...old.map((question) => question.id), 'new-one']);
    expect(now[index]).toMatchObject({ type: 'text', stem: 'Which kernel does ESXi run?', accept: ['VMkernel'] });
    expect(now.filter((_, i) => i !== index).slice(0, -1)).toEqual(old.filter((_, i) => i !== index));
    expect(run('content-check', [tree.dir]).code).toBe(0);
  });

  it('puts the file back when the written content fails the content check', async () => {
    const tree = await copyOfContent();
    const target = path.join(tree.dir, lesson2File);
    const before = await readFile(target, 'utf8');
    const question = questionSchema.parse({ id: 'bad-section', type: 'truefalse', stem: 'S?', explanation: 'E.', answer: true, section: 'no-such-heading' });
    const { plan } = await planImport({ contentDir: tree.dir, lessonId: lesson2, questions: [{ line: 1, question }], file: 'x.gift', replace: false });
    if (!plan) throw new Error('expected a plan');
    const problems = await applyImport(plan, tree.dir);
    expect(problems.map((p) => p.message)).toEqual([`lesson ${lesson2} has no heading #no-such-heading`]);
    expect(await readFile(target, 'utf8')).toBe(before);
  });
});

describe('questions:export', cliTimeout, () => {
  it('exports a lesson as GIFT that imports back to the same questions, ordering aside', async () => {
    const out = path.join(scratch, 'lesson-001.gift');
    const lessonId = 'lesson-001-virtualization-fundamentals';
    const result = run('questions-export', ['--format', 'gift', '--lesson', lessonId, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Exported 12 question(s) from 1 lesson(s), 2 skipped to ${out}.\n`);
    expect((await readFile(out, 'utf8')).startsWith(`$CATEGORY: netprep/${lessonId}\n\n`)).toBe(true);

    const original = questionFileSchema.parse(parse(await readFile(`content/${chapterDir}/${lessonId}.questions.yaml`, 'utf8'))).questions;
    const back = importJson(out, 'gift');
    expect(back.map(comparableByText)).toEqual(original.filter((question) => question.type !== 'ordering').map(comparableByText));
    expect(back.every((question) => question.tags.includes(lessonId))).toBe(true);
  });

  it('exports the real chapter to stdout, lists its ordering questions as skipped and its generated ones as frozen variants', async () => {
    const { questions } = await checkContent(path.resolve('content'));
    const ordering = questions.filter((loaded) => loaded.question.type === 'ordering');
    const generated = questions.filter((loaded) => loaded.question.type === 'generated');
    const withExhibits = questions.filter((loaded) => loaded.question.type !== 'ordering' && (loaded.question.exhibits?.length ?? 0) > 0);
    expect(ordering.length).toBeGreaterThan(0);
    expect(generated.length).toBeGreaterThan(0);
    expect(withExhibits.length).toBeGreaterThan(0);
    const result = run('questions-export', ['--format', 'gift', '--variants', '3']);
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines.slice(0, -1).sort()).toEqual(
      [
        ...ordering.map((loaded) => `${loaded.file}:${loaded.line}: skipped: ${loaded.question.id}: GIFT has no ordering question type`),
        ...generated.map(
          (loaded) => `${loaded.file}:${loaded.line}: frozen: ${loaded.question.id}: generated, written as 3 fixed variants (GIFT cannot make fresh ones)`,
        ),
        ...withExhibits.map((loaded) => {
          const count = loaded.question.exhibits!.length;
          return `${loaded.file}:${loaded.line}: lost: exhibits: ${count} exhibit${count === 1 ? '' : 's'} not written: GIFT has no place for them (${loaded.question.id})`;
        }),
      ].sort(),
    );
    const lessonCount = new Set(questions.map((loaded) => loaded.lessonId)).size;
    expect(lines.at(-1)).toBe(
      `Exported ${questions.length - ordering.length} question(s) from ${lessonCount} lesson(s), ${ordering.length} skipped, ${withExhibits.length} with losses.`,
    );
    expect(result.stdout.match(/^\$CATEGORY: netprep\/lesson-\d{3}-[a-z0-9-]+$/gm)).toHaveLength(lessonCount);
    for (const loaded of ordering) expect(result.stdout).toContain(`// netprep: ordering question ${loaded.question.id} not expressible in GIFT`);
    for (const loaded of generated) {
      expect(result.stdout).toContain(`// netprep: generated question ${loaded.question.id} written as 3 frozen variants (seeds 1 to 3)`);
      expect(result.stdout.match(new RegExp(`^::${loaded.question.id}-v[123]::`, 'gm'))).toHaveLength(3);
    }
    expect(run('questions-export', ['--format', 'gift', '--variants', '0'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--variants takes a whole number from 1 to 50.'),
    });
  });

  it('exports a lesson as Moodle XML that imports back to exactly the same questions, ordering and generated included', async () => {
    const out = path.join(scratch, 'lesson-001.xml');
    const lessonId = 'lesson-001-virtualization-fundamentals';
    const result = run('questions-export', ['--format', 'moodle-xml', '--lesson', lessonId, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Exported 14 question(s) from 1 lesson(s) to ${out}.\n`);
    expect(await readFile(out, 'utf8')).toContain(`<text><![CDATA[$course$/top/netprep/${lessonId}]]></text>`);
    const original = questionFileSchema.parse(parse(await readFile(`content/${chapterDir}/${lessonId}.questions.yaml`, 'utf8'))).questions;
    expect(importJson(out, 'moodle-xml')).toEqual(original);
  });

  it('lists skipped questions and every lost part of a Moodle file on stderr, by line', () => {
    const result = run('questions-import', ['tests/fixtures/questions/moodle.xml', '--format', 'moodle-xml', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'tests/fixtures/questions/moodle.xml:154: lost: embedded image: "subnet.png": embedded image not imported (Netprep has no image store yet) (::Hosts in a /26::)',
    );
    expect(result.stderr).toContain(
      'tests/fixtures/questions/moodle.xml:295: skipped: essay: essay questions are graded by hand and have no native equivalent (::Explain subnetting::)',
    );
    expect(result.stdout).toMatch(
      /^Parsed tests\/fixtures\/questions\/moodle\.xml: 9 question\(s\) \(.*\), 7 skipped, 6 imported with losses \(listed above\)\./,
    );
  });

  it('refuses invalid content and unknown lessons', () => {
    const invalid = run('questions-export', ['--format', 'gift'], 'tests/fixtures/content-invalid');
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(/^netprep: 2 problems in content; fix them and run again:\ntests\/fixtures\/content-invalid\/courses\/broken\.yaml:1: id: /);
    expect(run('questions-export', ['--format', 'gift', '--lesson', 'lesson-999-nope'])).toMatchObject({
      code: 1,
      stderr: 'netprep: No lesson has the id "lesson-999-nope" in content.',
    });
    expect(run('questions-export', ['--format', 'aiken']).stderr).toMatch(
      /^netprep: Unknown export format "aiken"; use gift or moodle-xml\.\nUsage: npm run questions:export/,
    );
  });
});
