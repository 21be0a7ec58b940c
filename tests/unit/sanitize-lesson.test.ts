import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/markdown/compile-lesson';

const payloads: Record<string, string> = {
  'script element': '<script>alert(1)</script>',
  'inline script element': 'Text <script>alert(1)</script> more.',
  'onerror on an image': '<img src=x onerror=alert(1)>',
  'inline onerror on an image': 'Look: <img src=x onerror=alert(1)> here.',
  'javascript: Markdown link': '[x](javascript:alert(1))',
  'javascript: reference link': '[x][evil]\n\n[evil]: javascript:alert(1)',
  'mixed-case javascript: href': '<a href="JaVaScRiPt:alert(1)">x</a>',
  'entity-encoded javascript: href': '<a href="&#106;avascript:alert(1)">x</a>',
  'hex-entity javascript: href': '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
  'vbscript: href': '<a href="vbscript:msgbox(1)">x</a>',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  'style attribute': '<div style="position:fixed;inset:0">cover</div>',
  'style element': '<style>body { display: none }</style>',
  'script inside svg': '<svg><script>alert(1)</script></svg>',
  'object and embed': '<object data="x.swf"><embed src="x.swf"></object>',
  'form and input': '<form action="https://evil.example/"><input type="text" name="q"><button>go</button></form>',
  'math/style mutation XSS': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'data: URL in a Markdown link': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'data: URL in an HTML link': '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  'event handler on an allowed element': '<details open ontoggle=alert(1)><summary>s</summary></details>',
  'javascript: image source': '![pic](javascript:alert(1))',
};

function expectNeutralised(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toMatch(/onerror/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/vbscript:/i);
  expect(html).not.toMatch(/href="data:/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/<object|<embed|<form|<style|<svg|<math/i);
  expect(html).not.toMatch(/style=/i);
  expect(html).not.toMatch(/<input(?![^>]*type="checkbox")/i);
}

describe('lesson sanitizing', () => {
  for (const [name, payload] of Object.entries(payloads)) {
    it(`neutralises ${name}`, async () => {
      const { html } = await compileLesson(`Before.\n\n${payload}\n\nAfter.\n`);
      expectNeutralised(html);
      expect(html).toContain('<p>Before.</p>');
    });
  }

  it('neutralises every payload in one document and warns with file lines', async () => {
    const body = Object.values(payloads).join('\n\n');
    const { html, warnings } = await compileLesson(body, { bodyStartLine: 8 });
    expectNeutralised(html);
    expect(warnings.length).toBeGreaterThan(10);
    expect(warnings[0]).toEqual({ line: 8, message: 'raw HTML removed by the sanitizer: <script>' });
  });

  it('keeps harmless inline HTML', async () => {
    const { html, warnings } = await compileLesson('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; water is H<sub>2</sub>O and x<sup>2</sup>.\n');
    expect(html).toBe('<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; water is H<sub>2</sub>O and x<sup>2</sup>.</p>');
    expect(warnings).toEqual([]);
  });

  it('keeps ordinary links and ids from raw HTML without letting them clobber the page', async () => {
    const { html } = await compileLesson('<a id="top" href="https://example.com/">site</a> and [back](#top)\n');
    expect(html).toContain('<a id="user-content-top" href="https://example.com/" rel="noopener noreferrer" class="external">site</a>');
    expect(html).toContain('<a href="#user-content-top">back</a>');
  });
});
