import { z } from 'zod';
import { text } from '@/lib/http/input';
import { db } from '@/lib/db/client';
import { route, segment } from '@/lib/http/route';
import { getLessonProgress, saveLastSection, setLessonCompleted } from '@/lib/progress/lesson-progress';

export const dynamic = 'force-dynamic';

// The lesson page itself is cached for everyone; the learner's own state comes from here.
export const GET = route({
  access: 'signed-in',
  handler: async ({ params, viewer }) => {
    const progress = await getLessonProgress(db(), viewer.id, segment(params, 'lessonId'));
    return Response.json(progress, { headers: { 'cache-control': 'private, no-store' } });
  },
});

const update = z.union([z.strictObject({ completed: z.boolean() }), z.strictObject({ lastSection: text.min(1).max(200) })]);

export const PUT = route({
  input: update,
  access: 'signed-in',
  handler: async ({ input, params, viewer, now }) => {
    const userId = viewer.id;
    if ('completed' in input) return Response.json(await setLessonCompleted(db(), userId, segment(params, 'lessonId'), input.completed, now));
    await saveLastSection(db(), userId, segment(params, 'lessonId'), input.lastSection);
    return new Response(null, { status: 204 });
  },
});
