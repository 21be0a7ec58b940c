import spec from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/markdown/compile-lesson';
import { normalizeHtml } from '../helpers/normalize-html';

/**
 * Every example of the CommonMark spec (commonmark-spec 0.31.2, 652 examples) through the lesson
 * compiler, compared after normalizing (tests/helpers/normalize-html.ts). The examples that differ
 * are listed here by number, each group with why the difference is intended; any other
 * difference, or a listed example that starts to match, fails the test.
 */
const intended: Record<string, number[]> = {
  // Raw HTML is sanitized: unknown elements, comments, <style>, <script> and attributes outside
  // the schema are dropped, and raw HTML is parsed as a whole (an unclosed tag is closed where
  // the HTML parser closes it), where the spec passes raw HTML through verbatim.
  'sanitized raw HTML': [
    21, 31, 150, 152, 153, 154, 163, 164, 169, 170, 171, 172, 173, 176, 177, 178, 179, 180, 182, 183, 187, 201, 308, 309, 344, 476, 477, 491, 494, 524, 536,
    613, 614, 615, 616, 617, 625, 626, 627, 628, 629, 630, 631, 642, 643,
  ],
  // The sanitizer keeps only http(s), mailto and the like: a link to an unknown scheme, or a
  // relative URL whose colon makes it read as one ("foo):"), loses its href.
  'unknown link schemes dropped': [500, 598, 599, 601],
  // GFM autolink literals: bare URLs and e-mail addresses become links (lessons are GFM).
  'GFM autolinks': [602, 606, 608, 611, 612],
  // A link to another lesson file is rewritten to that lesson's page.
  'lesson links': [484],
};

// The spec writes tabs as "→".
const tabs = (text: string) => text.replace(/→/g, '\t');

describe('compileLesson against the CommonMark spec', () => {
  it('matches every example but the listed, intended differences', async () => {
    expect(spec.tests.length).toBe(652);
    const differing: number[] = [];
    for (const example of spec.tests) {
      const { html } = await compileLesson(tabs(example.markdown));
      if (normalizeHtml(html) !== normalizeHtml(tabs(example.html))) differing.push(example.number);
    }
    expect(differing).toEqual(
      Object.values(intended)
        .flat()
        .sort((a, b) => a - b),
    );
  }, 120_000);
});
