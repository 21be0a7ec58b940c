import type { Db } from '../db/client';

/** Control characters that cannot occur in lesson text mark the highlighted words in snippets. */
export const highlightStart = '\u0002';
export const highlightEnd = '\u0003';

export type SearchHit = { lessonId: string; lessonTitle: string; anchor: string; heading: string; snippet: string; rank: number };

/**
 * Ranked full-text search over lesson sections (web-search syntax: quotes, OR, -word).
 * Snippets come back as plain text with highlight markers, never as HTML.
 */
export async function searchLessons(db: Db, query: string, limit = 20): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  const options = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  return db.$queryRaw<SearchHit[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq)
    SELECT s."lessonId", l.title AS "lessonTitle", s.anchor, s.heading,
           ts_headline('english', s.body, query.tsq, ${options}) AS snippet,
           ts_rank_cd(s.search, query.tsq)::float8 AS rank
    FROM "LessonSection" s
    JOIN "Lesson" l ON l.id = s."lessonId"
    JOIN "Chapter" c ON c.id = l."chapterId",
    query
    WHERE s.search @@ query.tsq AND l."archivedAt" IS NULL AND l.draft = false AND c."archivedAt" IS NULL
    ORDER BY rank DESC, l."order", s.position
    LIMIT ${limit}`;
}
