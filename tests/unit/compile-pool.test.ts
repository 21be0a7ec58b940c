import { describe, expect, it } from 'vitest';
import { compileOffThread, CompileTimeoutError } from '@/lib/content/markdown/compile-pool';

// Past the nesting limit on purpose (the pool is the second line of defence): this takes
// seconds to compile and then overflows the stack, so only the time limit can stop it sooner.
const hostile = `${'- '.repeat(3000)}x`;

describe('compileOffThread', () => {
  it('compiles in a worker thread what compileLesson compiles', async () => {
    const compiled = await compileOffThread('## Subnets\n\nA /24 has 254 hosts.\n', { bodyStartLine: 5 });
    expect(compiled.html).toContain('<h2 id="subnets">');
    expect(compiled.toc).toEqual([{ depth: 2, id: 'subnets', text: 'Subnets' }]);
  });

  it('stops a compile past its time limit while another compile finishes, and keeps serving afterwards', async () => {
    const settled: string[] = [];
    const slow = compileOffThread(hostile, {}, { timeLimitMs: 2_000 }).then(
      () => settled.push('hostile compiled'),
      (error: unknown) => {
        settled.push('hostile stopped');
        return error;
      },
    );
    const normal = compileOffThread('Plain *text*.\n').then((compiled) => {
      settled.push('normal compiled');
      return compiled;
    });
    const [error, compiled] = await Promise.all([slow, normal]);
    expect(error).toBeInstanceOf(CompileTimeoutError);
    expect(error).toMatchObject({ code: 'COMPILE_TIMEOUT', message: expect.stringMatching(/^This lesson took longer than 2 s to compile/) });
    expect(compiled.html).toBe('<p>Plain <em>text</em>.</p>');
    expect(settled).toEqual(['normal compiled', 'hostile stopped']);
    // The stopped thread was replaced.
    expect((await compileOffThread('After.\n')).html).toBe('<p>After.</p>');
  });
});
