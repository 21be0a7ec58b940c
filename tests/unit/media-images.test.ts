import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/markdown/compile-lesson';
import { mediaUrl, parseMediaUrl } from '@/lib/media/media-url';
import { maxImageBytes, maxImageSide, prepareImage } from '@/lib/media/prepare-image';
import { sanitizeSvg } from '@/lib/media/sanitize-svg';
import { questionRuleProblems } from '@/lib/questions/question-rules';
import { renderQuestionText } from '@/lib/questions/render-question';
import type { Question } from '@/lib/questions/schema';
import { jpegHeader, pngImage, simpleSvg, webpHeader } from '../helpers/images';

const bytes = (text: string) => new TextEncoder().encode(text);
const svgText = (image: { bytes: Uint8Array }) => Buffer.from(image.bytes).toString('utf8');

describe('images are recognised by their bytes', () => {
  it('reads the type and size of PNG, JPEG, WebP and SVG from the content', () => {
    expect(prepareImage(pngImage(64, 32))).toMatchObject({ type: 'image/png', width: 64, height: 32 });
    expect(prepareImage(jpegHeader(800, 600))).toMatchObject({ type: 'image/jpeg', width: 800, height: 600 });
    expect(prepareImage(webpHeader(300, 200))).toMatchObject({ type: 'image/webp', width: 300, height: 200 });
    expect(prepareImage(bytes(simpleSvg))).toMatchObject({ type: 'image/svg+xml', width: 240, height: 120 });
  });

  it('refuses what is not one of the four, whatever it would be called', () => {
    const gif = Buffer.from('474946383961010001000000002c00000000010001000002', 'hex');
    expect(() => prepareImage(gif)).toThrow('not a PNG, JPEG, WebP or SVG image (it is GIF)');
    expect(() => prepareImage(bytes('<html><body><script>alert(1)</script></body></html>'))).toThrow('not a PNG, JPEG, WebP or SVG image');
    expect(() => prepareImage(bytes('%PDF-1.7 not an image'))).toThrow('not a PNG, JPEG, WebP or SVG image');
    expect(() => prepareImage(new Uint8Array())).toThrow('The file is empty.');
  });

  it('refuses images over the size limits', () => {
    const padded = Buffer.concat([pngImage(4, 4), Buffer.alloc(maxImageBytes)]);
    expect(() => prepareImage(padded)).toThrow(/the most is 2\.0 MB/);
    expect(() => prepareImage(jpegHeader(maxImageSide + 1, 10))).toThrow(`the most is ${maxImageSide} on each side`);
    expect(() => prepareImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'))).toThrow('no readable width and height');
  });

  it('names an image by its hash and size, the same for the same bytes', () => {
    const a = prepareImage(pngImage(10, 20));
    expect(a.url).toBe(`/media/${a.hash}-10x20.png`);
    expect(prepareImage(pngImage(10, 20)).url).toBe(a.url);
    expect(parseMediaUrl(a.url)).toEqual({ hash: a.hash, width: 10, height: 20, extension: 'png' });
    expect(parseMediaUrl(mediaUrl({ hash: a.hash, width: 5, height: 6, type: 'image/svg+xml' }))?.extension).toBe('svg');
    for (const bad of [
      '/media/abc-1x1.png',
      `/media/${a.hash}-0x1.png`,
      `/media/${a.hash}-1x1.gif`,
      `https://evil.test/media/${a.hash}-1x1.png`,
      `/media/${a.hash}-1x1.png?x`,
    ]) {
      expect(parseMediaUrl(bad)).toBeNull();
    }
  });
});

describe('SVG sanitizing', () => {
  const hostile = [
    ['a script element', '<script>alert(1)</script>', 'alert'],
    ['an event handler', '<rect width="5" height="5" onload="alert(1)" onclick="alert(2)"/>', 'alert'],
    ['a javascript: link', '<a href="javascript:alert(1)"><text>x</text></a>', 'javascript'],
    ['an xlink to another site', '<a xlink:href="https://evil.test/"><text>x</text></a>', 'evil.test'],
    [
      'a foreign object with HTML',
      '<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>',
      'onerror',
    ],
    ['an external image', '<image href="https://evil.test/track.png" width="1" height="1"/>', 'evil.test'],
    ['a data: image', '<image href="data:image/svg+xml;base64,PHN2Zy8+" width="1" height="1"/>', 'data:'],
    ['a use of another document', '<use href="https://evil.test/sprite.svg#icon"/>', 'evil.test'],
    ['a style sheet import', '<style>@import url(https://evil.test/x.css);</style>', 'evil.test'],
    ['an external paint server', '<rect width="5" height="5" fill="url(https://evil.test/#g)"/>', 'evil.test'],
    ['an animated link', '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>', 'javascript'],
    ['an iframe', '<iframe src="https://evil.test/"></iframe>', 'evil.test'],
  ] as const;

  it.each(hostile)('removes %s', (_, part, trace) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${part}<circle cx="5" cy="5" r="2"/></svg>`;
    const clean = svgText(prepareImage(bytes(svg)));
    expect(clean).not.toContain(trace);
    expect(clean).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(clean).toContain('<circle cx="5" cy="5" r="2"/>');
  });

  it('keeps the drawing, internal references and text, as well-formed XML without a prologue or doctype', () => {
    const svg = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY big "lots">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="100" height="50" fill="url(#g)"/><a href="#g"><text x="5" y="20">VLAN 10 &amp; 20 &#160;</text></a></svg>`;
    const clean = sanitizeSvg(svg);
    expect(clean).not.toContain('DOCTYPE');
    expect(clean).not.toContain('<?xml');
    expect(clean).toContain('fill="url(#g)"');
    expect(clean).toContain('<a href="#g">');
    expect(clean).toContain('VLAN 10 &amp; 20');
    expect(clean).not.toContain('&nbsp;');
  });

  it('refuses text with no <svg> element in it', () => {
    expect(sanitizeSvg('<p>hello</p>')).toBeNull();
  });
});

describe('images in lessons', () => {
  const stored = prepareImage(bytes(simpleSvg)).url;

  it('points a file lesson image at the stored copy with its width and height', async () => {
    const compiled = await compileLesson('Intro.\n\n![Two switches joined by a trunk](images/trunk.svg)\n', { images: { 'images/trunk.svg': stored } });
    expect(compiled.errors).toEqual([]);
    expect(compiled.html).toContain(`<img src="${stored}" alt="Two switches joined by a trunk" width="240" height="120" loading="lazy" decoding="async">`);
    expect(compiled.mediaHashes).toEqual([parseMediaUrl(stored)?.hash]);
    const relative = await compileLesson('![Trunk](./images/trunk.svg)', { images: { 'images/trunk.svg': stored } });
    expect(relative.html).toContain(`src="${stored}"`);
  });

  it('takes an uploaded image by its address', async () => {
    const compiled = await compileLesson(`![Trunk](${stored})`);
    expect(compiled.errors).toEqual([]);
    expect(compiled.html).toContain('width="240" height="120"');
  });

  it('reports a missing alt text and an image that is not stored, at the file line', async () => {
    const body = [
      'Intro.',
      '',
      `![](${stored})`,
      '',
      '![A cat](https://example.com/cat.png)',
      '',
      '<img src="images/none.png" alt="  " onerror="alert(1)">',
    ].join('\n');
    const compiled = await compileLesson(body, { bodyStartLine: 8 });
    expect(compiled.errors).toEqual([
      { line: 10, message: `image "${stored}" has no alt text: say what it shows, as in ![what it shows](${stored})` },
      {
        line: 12,
        message: 'image "https://example.com/cat.png" is not stored: put it in the images/ folder next to the lesson, or upload it in the lesson editor',
      },
      { line: 14, message: 'image "images/none.png" is not stored: put it in the images/ folder next to the lesson, or upload it in the lesson editor' },
      { line: 14, message: 'image "images/none.png" has no alt text: say what it shows, as in ![what it shows](images/none.png)' },
    ]);
    expect(compiled.html).not.toContain('onerror');
  });
});

describe('images in questions', () => {
  const stored = prepareImage(pngImage(40, 30)).url;
  const question = (stem: string, explanation = 'Because.'): Question =>
    ({ id: 'q', type: 'truefalse', difficulty: 'medium', stem, answer: true, explanation, tags: [] }) as unknown as Question;

  it('renders a stored image with its width and height', async () => {
    expect(await renderQuestionText(`![A switch](${stored})`)).toContain(
      `<img src="${stored}" alt="A switch" width="40" height="30" loading="lazy" decoding="async">`,
    );
  });

  it('reports an image without alt text or not stored, at the text that shows it', () => {
    expect(questionRuleProblems(question(`Is this a switch? ![](${stored})`, '![Diagram](images/x.png)'))).toEqual([
      { path: ['stem'], field: 'stem', message: `image "${stored}" has no alt text: say what it shows, as in ![what it shows](${stored})` },
      {
        path: ['explanation'],
        field: 'explanation',
        message: 'image "images/x.png" is not stored: upload it in the question editor and use the address it gives',
      },
    ]);
    expect(questionRuleProblems(question(`![A switch](${stored}) Is this a switch?`))).toEqual([]);
  });
});
