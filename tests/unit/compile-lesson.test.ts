import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/content-files';
import { loadImages } from '@/lib/content/load-images';
import { parseLessonFile } from '@/lib/content/load-lesson-file';
import { compileLesson } from '@/lib/content/markdown/compile-lesson';

const diagram = [
  ' ┌──────────┐      ┌──────────┐   ',
  ' │ VM 1     │──────│ vSwitch  │  trailing   ',
  ' └──────────┘      └────┬─────┘',
  '\t<tab> & "quotes" ▼     ',
].join('\n');

const asciiDiagram = ['+------+     +------+', '| host |-----| pNIC |', '+------+     +------+'].join('\n');

const lines = [
  'Intro paragraph with five words.',
  '',
  '## VLANs, Port Groups & 802.1Q Trunks',
  '',
  'See [the uplinks](./lesson-003-virtual-switching.md#vnics-pnics-and-uplinks) and [trunks](#vlans-port-groups--8021q-trunks).',
  '',
  '### Details',
  '',
  '| Mode | Reachable |',
  '|---|---|',
  '| Bridged | Yes |',
  '',
  '- [x] Learn the modes ✅',
  '- [ ] Memorise port numbers ❌',
  '',
  'This is ~~wrong~~ right; docs at https://example.com/docs and a note[^vm].',
  '',
  '**Exam Tip:** A vSwitch is a Layer 2 device.',
  '',
  '**Note:** Hyper-V names differ.',
  '',
  '**Warning:** Check the allowed VLAN list.',
  '',
  '```text',
  diagram,
  '```',
  '',
  '```',
  asciiDiagram,
  '```',
  '',
  '```bash',
  'docker run --rm -it alpine sh',
  '```',
  '',
  '## Details',
  '',
  'Also [hypervisors](lesson-002-hypervisors.md) and [cloud](../chapter-002-cloud/lesson-007-cloud-computing.md#iaas).',
  '',
  '---',
  '',
  '[^vm]: A virtual machine.',
  '',
  '**Next Lesson:** Containers, Images and Orchestration',
];
const markdown = lines.join('\n');
const lineOf = (fragment: string) => markdown.slice(0, markdown.indexOf(fragment)).split('\n').length;
const nextLesson = { id: 'lesson-004-containers', title: 'Containers, Images and Orchestration' };

function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function preBlocks(html: string): { attributes: string; code: string }[] {
  return [...html.matchAll(/<pre([^>]*)><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map(([, attributes, code]) => ({ attributes, code: decode(code) }));
}

describe('compileLesson', async () => {
  const compiled = await compileLesson(markdown, { nextLesson });
  const { html } = compiled;

  it('renders GFM tables, task lists, strikethrough, autolinks and footnotes', () => {
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Mode<\/th>/);
    expect(html).toContain('<td>Bridged</td>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> Learn the modes ✅</li>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> Memorise port numbers ❌</li>');
    expect(html).toContain('<del>wrong</del>');
    expect(html).toContain('<a href="https://example.com/docs" rel="noopener noreferrer" class="external">https://example.com/docs</a>');
    expect(html).not.toContain('target=');
  });

  it('puts each table in a scroll box a keyboard can reach, named after its column headings', () => {
    const headings = /<th>Mode<\/th>.*?<\/tr>/s
      .exec(html)![0]
      .match(/<th>([^<]*)<\/th>/g)!
      .map((th) => th.slice(4, -5));
    expect(html).toContain(`<div class="table-scroll" role="region" tabindex="0" aria-label="Table: ${headings.join(', ')}"><table>`);
    expect(html.match(/<table>/g)!.length).toBe(html.match(/<div class="table-scroll"/g)!.length);
  });

  it('links footnote references and definitions to each other', () => {
    const ref = /<sup><a href="#([^"]+)" id="([^"]+)" data-footnote-ref/.exec(html);
    expect(ref).not.toBeNull();
    const [, definitionId, referenceId] = ref!;
    expect(html).toContain(`<li id="${definitionId}">`);
    expect(html).toMatch(new RegExp(`<a href="#${referenceId}" data-footnote-backref`));
    expect(html).toContain('A virtual machine.');
  });

  it('gives headings GitHub slugs and an accessible anchor link', () => {
    const slugger = new GithubSlugger();
    const expected = ['VLANs, Port Groups & 802.1Q Trunks', 'Details', 'Details'].map((text) => slugger.slug(text));
    expect(expected).toEqual(['vlans-port-groups--8021q-trunks', 'details', 'details-1']);
    for (const id of expected) expect(html).toContain(`id="${id}"`);
    expect(html).not.toMatch(/<h[23] id="user-content-/);
    expect(html).toContain(
      '<a class="heading-anchor" aria-label="Link to section: VLANs, Port Groups &#x26; 802.1Q Trunks" href="#vlans-port-groups--8021q-trunks">#</a></h2>',
    );
    expect(compiled.headingIds).toEqual(expect.arrayContaining(expected));
  });

  it('builds the table of contents from h2 and h3 in order', () => {
    expect(compiled.toc).toEqual([
      { depth: 2, id: 'vlans-port-groups--8021q-trunks', text: 'VLANs, Port Groups & 802.1Q Trunks' },
      { depth: 3, id: 'details', text: 'Details' },
      { depth: 2, id: 'details-1', text: 'Details' },
    ]);
  });

  it('keeps diagrams byte for byte and marks them', () => {
    const blocks = preBlocks(html);
    expect(blocks).toHaveLength(3);
    expect(blocks[0].attributes).toBe(' class="code-block diagram" tabindex="0"');
    expect(blocks[0].code).toBe(`${diagram}\n`);
    expect(blocks[1].attributes).toBe(' class="code-block diagram" tabindex="0"');
    expect(blocks[1].code).toBe(`${asciiDiagram}\n`);
    expect(blocks[2].attributes).toBe(' class="code-block" tabindex="0"');
    expect(html).toContain('<code class="language-bash">');
    expect(html).toContain('<code class="language-text">');
  });

  it('turns Exam Tip, Note and Warning paragraphs into call-outs', () => {
    expect(html).toContain('<aside class="callout callout-exam-tip" role="note"><p><strong>Exam Tip:</strong> A vSwitch is a Layer 2 device.</p></aside>');
    expect(html).toContain('<aside class="callout callout-note" role="note"><p><strong>Note:</strong>');
    expect(html).toContain('<aside class="callout callout-warning" role="note"><p><strong>Warning:</strong>');
  });

  it('keeps horizontal rules', () => {
    expect(html).toContain('<hr>');
  });

  it('links the Next Lesson paragraph only when the next lesson is known', async () => {
    expect(html).toContain(
      '<p class="next-lesson"><strong>Next Lesson:</strong> <a href="/lessons/lesson-004-containers">Containers, Images and Orchestration</a></p>',
    );
    const unlinked = await compileLesson(markdown, { nextLesson: null });
    expect(unlinked.html).toContain('<p class="next-lesson"><strong>Next Lesson:</strong> Containers, Images and Orchestration</p>');
  });

  it('rewrites links to lesson files and reports every internal link with its file line', async () => {
    expect(html).toContain('<a href="/lessons/lesson-003-virtual-switching#vnics-pnics-and-uplinks">the uplinks</a>');
    expect(html).toContain('<a href="/lessons/lesson-002-hypervisors">hypervisors</a>');
    expect(html).toContain('<a href="/lessons/lesson-007-cloud-computing#iaas">cloud</a>');
    expect(html).toContain('<a href="#vlans-port-groups--8021q-trunks">trunks</a>');
    const expected = [
      { lessonId: 'lesson-003-virtual-switching', anchor: 'vnics-pnics-and-uplinks', line: lineOf('[the uplinks]') },
      { lessonId: null, anchor: 'vlans-port-groups--8021q-trunks', line: lineOf('[the uplinks]') },
      { lessonId: 'lesson-002-hypervisors', anchor: null, line: lineOf('[hypervisors]') },
      { lessonId: 'lesson-007-cloud-computing', anchor: 'iaas', line: lineOf('[hypervisors]') },
    ];
    expect(compiled.links).toEqual(expected);
    const shifted = await compileLesson(markdown, { bodyStartLine: 20 });
    expect(shifted.links.map((link) => link.line)).toEqual(expected.map((link) => link.line + 19));
  });

  it('counts prose words but not code, and derives the reading time', async () => {
    const withCode = await compileLesson('One two three.\n\n```bash\nfour five six seven\n```\n\n| eight | nine |\n|---|---|\n| ten | — |\n');
    expect(withCode.wordCount).toBe(6);
    expect(withCode.readingMinutes).toBe(1);
    const long = await compileLesson(Array.from({ length: 5 }, () => 'word '.repeat(100)).join('\n\n'));
    expect(long.wordCount).toBe(500);
    expect(long.readingMinutes).toBe(3);
    expect(compiled.readingMinutes).toBe(1);
  });

  it('reports an image without alt text as an error at its file line', async () => {
    const result = await compileLesson('Text.\n\n![](diagram.png)\n', { bodyStartLine: 10 });
    expect(result.warnings).toEqual([]);
    expect(result.errors).toContainEqual({ line: 12, message: expect.stringContaining('has no alt text') });
    expect(compiled.warnings).toEqual([]);
  });
});

describe('the real chapters', () => {
  it.each([
    ['chapter-010-network-models', 6],
    ['chapter-020-cabling-physical', 6],
    ['chapter-030-ipv4-addressing', 6],
    ['chapter-040-ipv6', 6],
    ['chapter-001-virtualization-cloud', 7],
  ])('%s: %i lessons compile without warnings, with diagrams or figures, tables, exam tips and a table of contents', async (chapterId, lessonCount) => {
    const dir = path.resolve('content/lessons', chapterId);
    const names = (await readdir(dir)).filter((name) => name.endsWith('.md'));
    expect(names).toHaveLength(lessonCount);
    const folder = await loadImages(dir);
    expect(folder.problems).toEqual([]);
    for (const name of names) {
      const absolutePath = path.join(dir, name);
      const text = await readFile(absolutePath, 'utf8');
      const parsed = parseLessonFile({ displayPath: name, absolutePath, text, hash: '' });
      expect(parsed.problems, name).toEqual([]);
      const result = await compileLesson(parsed.body, { bodyStartLine: parsed.bodyStartLine, images: folder.forLesson(displayPath(absolutePath)) });
      expect([...result.warnings, ...result.errors], name).toEqual([]);
      const figures = (result.html.match(/<pre class="code-block diagram"|<img src="\/media\//g) ?? []).length;
      expect(figures, name).toBeGreaterThanOrEqual(1);
      expect(result.html.match(/<table>/g)?.length ?? 0, name).toBeGreaterThanOrEqual(1);
      expect(result.html.match(/class="callout callout-exam-tip"/g)?.length ?? 0, name).toBeGreaterThanOrEqual(2);
      expect(result.toc.length, name).toBeGreaterThan(0);
    }
  });
});

describe('compileLesson against CommonMark bugs found by the spec', () => {
  it('keeps a blank first line of a fenced code block, and no more', async () => {
    expect((await compileLesson('```\n\nfoo\n```')).html).toBe('<pre class="code-block" tabindex="0"><code>\nfoo\n</code></pre>');
    expect((await compileLesson('```\n\n\n  +--+\n```')).html).toContain('<code>\n\n  +--+\n</code>');
    expect((await compileLesson('```\nfoo\n```')).html).toContain('<code>foo\n</code>');
  });

  it('keeps links whose scheme is upper or mixed case, and still drops javascript: in any case', async () => {
    const { html } = await compileLesson('[a](HTTPS://example.com) [b](Mailto:a@b.c) [c](JavaScript:alert(1)) <a href="JAVASCRIPT:alert(1)">d</a>');
    expect(html).toBe('<p><a href="https://example.com" rel="noopener noreferrer" class="external">a</a> <a href="mailto:a@b.c">b</a> <a>c</a> <a>d</a></p>');
  });
});
