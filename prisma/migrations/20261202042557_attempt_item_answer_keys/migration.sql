-- AlterTable
ALTER TABLE "AttemptItem" ADD COLUMN     "answerKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill graded answers with the keys the type modules now store when grading
-- (lib/questions/types/<type>/index.ts, answerKeys): a text answer normalized as normalizeText
-- does it (NFKC, lowercase, whitespace collapsed and trimmed, one trailing period dropped), a
-- readable number as the number it was read as, so "1,5" and "1.50" count as one answer.
UPDATE "AttemptItem" AS i SET "answerKeys" = CASE i.response->>'type'
    WHEN 'single' THEN ARRAY[i.response->>'choice']
    WHEN 'multiple' THEN ARRAY(SELECT DISTINCT e FROM jsonb_array_elements_text(i.response->'choices') e ORDER BY e)
    WHEN 'truefalse' THEN ARRAY[i.response->>'value']
    WHEN 'text' THEN ARRAY[rtrim(regexp_replace(btrim(regexp_replace(lower(normalize(i.response->>'text', NFKC)), '\s+', ' ', 'g')), '\.$', ''))]
    WHEN 'numeric' THEN ARRAY[(
      SELECT CASE
        WHEN v ~ '^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$' THEN trim_scale(v::numeric)::text
        -- One comma is the decimal separator, unless exactly three digits follow it ("1,000").
        WHEN v ~ '^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$' AND v !~ '^[+-]?\d+,\d{3}([eE]|$)' THEN trim_scale(replace(v, ',', '.')::numeric)::text
        ELSE v
      END
      FROM (SELECT regexp_replace(i.response->>'value', '^\s+|\s+$', '', 'g') AS v) trimmed)]
    ELSE ARRAY[]::TEXT[]
  END
WHERE i.response IS NOT NULL AND i.score IS NOT NULL;
