import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/markdown/compile-lesson';
import { checkMarkdownLimits, maxBodyChars, maxNestingDepth } from '@/lib/content/markdown/markdown-limits';
import { formatProblem } from '@/lib/content/problems';

const where = { file: 'content/lessons/ch/deep.md', bodyStartLine: 8 };
const check = (body: string) => checkMarkdownLimits(body, where).map(formatProblem);
const atLimit = maxNestingDepth;
const pastLimit = maxNestingDepth + 1;

// The same depth written the usual way, one item per line, indented under its parent.
const indentedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- x${i + 1}`).join('\n');

describe('checkMarkdownLimits', () => {
  it('accepts every kind of nesting exactly at the limit, and the parser handles that depth', async () => {
    const bodies = [
      `${'- '.repeat(atLimit)}x`,
      indentedList(atLimit),
      `${'>'.repeat(atLimit)} x`,
      `${'['.repeat(atLimit)}x${']'.repeat(atLimit)}`,
      `${'*'.repeat(atLimit)}x${'*'.repeat(atLimit)}`,
      `${'<div>'.repeat(atLimit)}x${'</div>'.repeat(atLimit)}`,
    ];
    for (const body of bodies) {
      expect(check(body), body.slice(0, 40)).toEqual([]);
      expect((await compileLesson(body)).html).toContain('x');
    }
  });

  it('refuses one level past the limit, on the line where it happens, once per kind', () => {
    expect(check(`Intro.\n\n${'- '.repeat(pastLimit)}x\n${'- '.repeat(pastLimit + 5)}y`)).toEqual([
      `content/lessons/ch/deep.md:10: lists, block quotes and footnotes are nested ${pastLimit} levels deep here; at most ${maxNestingDepth} levels are allowed`,
    ]);
    expect(check(`${indentedList(pastLimit)}`)).toEqual([
      expect.stringMatching(
        new RegExp(`^content/lessons/ch/deep\\.md:${8 + maxNestingDepth}: lists, block quotes and footnotes are nested ${pastLimit} levels`),
      ),
    ]);
    expect(check(`${'['.repeat(pastLimit)}x`)).toEqual([expect.stringContaining(':8: brackets ([ ]) are nested 33 levels deep')]);
    expect(check(`${'*'.repeat(pastLimit)}x${'*'.repeat(pastLimit)}`)).toEqual([expect.stringContaining(':8: emphasis (* or _) is nested 33 levels deep')]);
    expect(check(`Text\n\n${'<section>'.repeat(pastLimit)}`)).toEqual([expect.stringContaining(':10: HTML elements are nested 33 levels deep')]);
  });

  it('refuses the hostile documents of the security probe in one linear pass', () => {
    expect(check(`${'- '.repeat(50_000)}x`)).toEqual([expect.stringContaining('lists, block quotes and footnotes are nested 50000 levels deep')]);
    expect(check('>'.repeat(100_000))).toEqual([expect.stringContaining('lists, block quotes and footnotes are nested 100000 levels deep')]);
    // Footnote definitions nest through indentation: 800 took 37 s to compile, 400 took 8 s.
    const footnotes = Array.from({ length: 250 }, (_, i) => `${' '.repeat(4 * i)}[^n${i}]: x`).join('\n');
    expect(check(footnotes)).toEqual([expect.stringContaining(':24: lists, block quotes and footnotes are nested 33 levels deep')]);
  });

  it('adds up mixed lists and quotes, and the indentation of a nested item', () => {
    const half = Math.ceil(pastLimit / 2);
    expect(check(`${'> - '.repeat(half)}x`)).toHaveLength(1);
    expect(check(`${'> - '.repeat(atLimit / 2)}x`)).toEqual([]);
    // 2 columns of indentation per level: 30 columns and 18 markers make 33.
    expect(check(`${' '.repeat(30)}${'- '.repeat(18)}x`)).toHaveLength(1);
    expect(check(`${' '.repeat(30)}${'- '.repeat(17)}x`)).toEqual([]);
  });

  it('does not count what cannot nest: code, escapes, closed elements, blank-line-separated paragraphs', () => {
    const deepList = `${'- '.repeat(pastLimit)}x`;
    expect(check(`\`\`\`text\n${deepList}\n${'<div>'.repeat(pastLimit)}\n\`\`\`\n\nAfter.`)).toEqual([]);
    expect(check(`Use \`${'['.repeat(pastLimit)}\` or ${'\\['.repeat(pastLimit)} literally.`)).toEqual([]);
    expect(check(`${'<br><img src="a.png"><p>x</p>'.repeat(pastLimit)}`)).toEqual([]);
    expect(check(Array.from({ length: pastLimit }, () => '[open').join('\n\n'))).toEqual([]);
    expect(check(`${'2*3*4 '.repeat(100)}`)).toEqual([]);
    // A fence inside a list ends with the list, so what follows it is still checked.
    expect(check(`- item\n  \`\`\`\n${deepList}`)).toHaveLength(1);
  });

  it('does not take for a fence what Markdown reads as inline code or HTML', () => {
    const deepList = `${'- '.repeat(pastLimit)}x`;
    expect(check(`\`\`\`a\`b\n${deepList}`)).toHaveLength(1);
    // <pre> runs past blank lines to </pre>, so the fence line inside it is HTML text.
    expect(check(`<pre>\n\n\`\`\`\n\n</pre>\n\n${deepList}\n`)).toHaveLength(1);
    expect(check(`<div>\n\`\`\`\n</div>\n\n${'['.repeat(pastLimit)}x\n`)).toHaveLength(1);
    // Neither `` nor ``` has a closing run of its own length, so no code span hides the brackets.
    expect(check(`\`\` a \`\`\` ${'['.repeat(pastLimit)} \``)).toHaveLength(1);
    expect(check(`\\\`${'['.repeat(pastLimit)}\``)).toHaveLength(1);
    expect(check(`\`\` a \`\`\` ${'['.repeat(pastLimit)} \`\``)).toEqual([]);
  });

  it('accepts a huge document that is flat, and refuses one character past the size limit', () => {
    const paragraph = 'A switch forwards frames by *MAC address*; see [the table](#mac) and <kbd>show mac</kbd>.\n\n- one\n- two\n\n';
    const flat = paragraph.repeat(Math.floor(maxBodyChars / paragraph.length));
    expect(flat.length).toBeGreaterThan(maxBodyChars * 0.99);
    expect(check(flat)).toEqual([]);
    expect(check('x'.repeat(maxBodyChars))).toEqual([]);
    expect(check('x'.repeat(maxBodyChars + 1))).toEqual([
      `content/lessons/ch/deep.md:8: the lesson is 200,001 characters long; at most 200,000 are allowed, so split it into several lessons`,
    ]);
  });
});
