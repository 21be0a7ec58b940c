import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourses } from '../../lib/content/load-courses';
import { formatProblem } from '../../lib/content/problems';

const fixtures = path.resolve('tests/fixtures/content-invalid');

describe('course files', () => {
  it('load the two real courses with weights that add up to 100%', async () => {
    const { courses, problems } = await loadCourses(path.resolve('content'));
    expect(problems).toEqual([]);
    expect(courses.map((c) => c.definition.id)).toEqual(['ccna-200-301', 'network-plus-n10-009']);
    const ccna = courses[0].definition;
    expect(ccna.domains.map((d) => d.weight)).toEqual([20, 20, 25, 10, 15, 10]);
    expect(ccna.domains[0].objectives.find((o) => o.code === '1.12')?.title).toMatch(/virtualization/i);
    const netPlus = courses[1].definition;
    expect([netPlus.questionCount, netPlus.minutes, netPlus.passMark, netPlus.scale]).toEqual([90, 90, 720, { min: 100, max: 900 }]);
    expect(netPlus.domains.map((d) => d.weight)).toEqual([23, 20, 19, 14, 24]);
    const subCodes = (course: typeof ccna, code: string) =>
      course.domains
        .flatMap((d) => d.objectives)
        .find((o) => o.code === code)
        ?.subObjectives.map((s) => s.code);
    expect(subCodes(ccna, '1.9')).toEqual(['1.9.a', '1.9.b', '1.9.c', '1.9.d']);
    expect(subCodes(netPlus, '1.7')).toEqual(['1.7.a', '1.7.b', '1.7.c', '1.7.d']);
    expect(subCodes(netPlus, '1.8')).toEqual(['1.8.a', '1.8.b', '1.8.c', '1.8.d', '1.8.e', '1.8.f']);
  });

  it('check sub-objectives: unique, and under the objective that encloses them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-courses-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    await mkdir(path.join(dir, 'courses'));
    const source = (await readFile(path.resolve('content/courses/network-plus-n10-009.yaml'), 'utf8'))
      .replace('{ code: "1.7.b",', '{ code: "1.5.z",')
      .replace('{ code: "1.8.c",', '{ code: "1.8.a",');
    await writeFile(path.join(dir, 'courses/n.yaml'), source);
    const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    const { courses, problems } = await loadCourses(dir);
    expect(courses).toEqual([]);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `${lineOf('"1.5.z", title: "Loopback')}: sub-objective 1.5.z does not belong to objective 1.7`,
      `${lineOf('"1.8.a", title: "Zero trust')}: duplicate sub-objective 1.8.a`,
    ]);
  });

  it('report every problem of an invalid file at once, each as path:line: field: message', async () => {
    const { courses, problems } = await loadCourses(fixtures);
    expect(courses).toEqual([]);
    const lines = problems.map(formatProblem);
    const file = path.relative(process.cwd(), path.join(fixtures, 'courses/broken.yaml'));
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file}:12: warning: colour: unknown key (kept, but not used)`,
        expect.stringMatching(new RegExp(`^${file}:1: id: use lowercase`)),
        expect.stringMatching(new RegExp(`^${file}:8: minutes: `)),
      ]),
    );
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(2);
  });

  it('check the blueprint once the fields are well-formed: weights, pass mark on the scale, objectives in their domain', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-courses-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    await cp(fixtures, dir, { recursive: true });
    const file = path.join(dir, 'courses/broken.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('id: Broken Course', 'id: broken').replace('minutes: ninety', 'minutes: 90'));

    const messages = (await loadCourses(dir)).problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.field}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '13: domains: domain weights add up to 90%, not 100%',
        '10: passMark: pass mark must lie on the scale 100–900',
        '18: domains.0.objectives.0.code: objective 2.1 does not belong to domain 1.0',
      ]),
    );
  });

  it('read the exam style each course simulates by default, and refuse any other', async () => {
    const { courses } = await loadCourses(path.resolve('content'));
    expect(courses.map((c) => c.definition.examMode)).toEqual(['cisco', 'comptia']);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-courses-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    await mkdir(path.join(dir, 'courses'));
    const source = (await readFile(path.resolve('content/courses/ccna-200-301.yaml'), 'utf8')).replace('examMode: cisco', 'examMode: pearson');
    await writeFile(path.join(dir, 'courses/c.yaml'), source);
    const line = source.split('\n').findIndex((l) => l.startsWith('examMode:')) + 1;
    expect((await loadCourses(dir)).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)).toEqual([`${line}: examMode: use cisco or comptia`]);
    await writeFile(path.join(dir, 'courses/c.yaml'), source.replace('examMode: pearson\n', ''));
    expect((await loadCourses(dir)).courses[0].definition.examMode).toBe('comptia');
  });

  it('reject duplicate course ids across files, naming where the first one is', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-courses-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    await cp(path.resolve('content/courses'), path.join(dir, 'courses'), { recursive: true });
    await cp(path.resolve('content/courses/ccna-200-301.yaml'), path.join(dir, 'courses/zz-copy.yaml'));
    const { problems } = await loadCourses(dir);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/zz-copy\.yaml:4: id: duplicate course id "ccna-200-301" \(also in .*ccna-200-301\.yaml:4\)/),
    ]);
  });

  it('report malformed YAML with its line, and an empty tree as an error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-courses-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    expect((await loadCourses(dir)).problems[0].message).toMatch(/no course files/);
    await mkdir(path.join(dir, 'courses'));
    await writeFile(path.join(dir, 'courses/bad.yaml'), 'id: x\nname: [unclosed\nvendor: y\n');
    const { problems } = await loadCourses(dir);
    expect(problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/^invalid YAML/) });
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });
});
