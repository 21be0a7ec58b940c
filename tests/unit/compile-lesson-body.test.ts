import { describe, expect, it } from 'vitest';
import { compileLessonBody } from '@/lib/content/markdown/compile-checked';
import { formatProblem } from '@/lib/content/problems';

const target = { file: 'content/lessons/ch/slow.md', bodyStartLine: 8, nextLesson: null };

describe('compileLessonBody', () => {
  it('compiles a lesson and reports its compile errors and warnings as problems of the file', async () => {
    const { compiled, problems } = await compileLessonBody('Text.\n\n![](diagram.png)\n\n![x](javascript:alert(1))\n', target);
    expect(compiled?.html).toContain('<img src="diagram.png"');
    expect(problems.map(formatProblem)).toEqual([
      'content/lessons/ch/slow.md:10: image "diagram.png" is not stored: put it in the images/ folder next to the lesson, or upload it in the lesson editor',
      'content/lessons/ch/slow.md:10: image "diagram.png" has no alt text: say what it shows, as in ![what it shows](diagram.png)',
      'content/lessons/ch/slow.md:12: image "" is not stored: put it in the images/ folder next to the lesson, or upload it in the lesson editor',
      'content/lessons/ch/slow.md:12: warning: unsafe image URL removed by the sanitizer',
    ]);
  });

  it('refuses a too deeply nested body without compiling it', async () => {
    const { compiled, problems } = await compileLessonBody(`${'>'.repeat(40)} x\n`, target);
    expect(compiled).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'content/lessons/ch/slow.md:8: lists, block quotes and footnotes are nested 40 levels deep here; at most 32 levels are allowed',
    ]);
  });

  it('turns a compile past the time limit into an error of the file, with the limit in seconds', async () => {
    // Flat, so the limits let it through, but 50,000 headings take seconds to compile on any machine.
    const { compiled, problems } = await compileLessonBody('# h\n'.repeat(50_000), { ...target, timeLimitMs: 200 });
    expect(compiled).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'content/lessons/ch/slow.md:8: This lesson took longer than 0.2 s to compile, so it was stopped; it is probably nested too deeply or too long. Simplify or split it and try again.',
    ]);
  });
});
