import { describe, expect, it } from 'vitest';
import { renderQuestion } from '@/lib/questions/render-question';
import { questionSchema } from '@/lib/questions/schema';

const single = (stem: string, a: string) =>
  questionSchema.parse({
    id: 'q',
    type: 'single',
    stem,
    explanation: 'Why.',
    options: [
      { id: 'a', text: a },
      { id: 'b', text: 'Other' },
    ],
    answer: 'a',
  });

describe('renderQuestion', () => {
  it('renders HTML text (GIFT [html], Moodle’s editor) sanitized, as lesson bodies are', async () => {
    const html = await renderQuestion(single('<p>Which <b>layer</b> is IP on?</p><script>alert(1)</script>', '<i>Network</i> <img src=x onerror=alert(1)>'));
    expect(html.stem).toBe('Which <b>layer</b> is IP on?');
    expect(html['option:a']).toBe('<i>Network</i> <img src="x">');
  });

  it('keeps links with an upper-case scheme and the blank first line of a code block', async () => {
    const html = await renderQuestion(single('See [this](HTTPS://example.com).\n\n```\n\nR1\n```', 'A'));
    expect(html.stem).toContain('<a href="https://example.com">this</a>');
    expect(html.stem).toContain('<code>\nR1\n</code>');
  });
});
