import { describe, expect, it } from 'vitest';
import { pageParams, pageQuery } from '../../lib/http/page-input';

const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

describe('page params and query strings', () => {
  it('a segment with a NUL byte, empty or overlong is a 404, like an unknown id', async () => {
    for (const lessonId of ['a\u0000b', '\u0000', '', 'x'.repeat(201)]) {
      await expect(pageParams(Promise.resolve({ lessonId })), JSON.stringify(lessonId)).rejects.toMatchObject(notFound);
    }
    await expect(pageParams(Promise.resolve({ cohortId: 'ok', userId: 'a\u0000' }))).rejects.toMatchObject(notFound);
  });

  it('passes ordinary segments through', async () => {
    expect(await pageParams(Promise.resolve({ lessonId: 'lesson-001-virtualization-fundamentals' }))).toEqual({
      lessonId: 'lesson-001-virtualization-fundamentals',
    });
  });

  it('drops a query value with a NUL byte or over 2000 characters, and takes the first of repeated ones', async () => {
    const query = await pageQuery(Promise.resolve({ q: '\u0000', course: ['ccna', 'other'], draft: 'x'.repeat(2001), page: '2', empty: undefined }));
    expect(query).toEqual({ course: 'ccna', page: '2' });
  });
});
