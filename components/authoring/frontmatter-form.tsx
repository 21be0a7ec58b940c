'use client';

import { Field, FieldErrors, inputClass } from '@/components/ui/field';
import { readFrontmatter, setFrontmatterField } from '@/lib/authoring/frontmatter-text';
import { idFollowsTitle, lessonIdFromTitle } from '@/lib/authoring/lesson-id';

export type ChapterChoice = { id: string; title: string; courses: Array<{ id: string; name: string }> };

type Props = {
  frontmatter: string;
  onChange: (frontmatter: string) => void;
  chapters: ChapterChoice[];
  /** Problems the server found for a field (unknown chapter, order taken, …), by field name. */
  serverErrors: Record<string, string[]>;
  idLocked: boolean;
};

/** The lesson's frontmatter as a form, checked with the content schema as you type; other keys are kept. */
export function FrontmatterForm({ frontmatter, onChange, chapters, serverErrors, idLocked }: Props) {
  const { data, yamlError, errors: schemaErrors } = readFrontmatter(frontmatter);
  const errors = (key: string) => [...(schemaErrors[key] ?? []), ...(serverErrors[key] ?? [])];
  const set = (key: string, value: unknown) => onChange(setFrontmatterField(frontmatter, key, value));
  // A new lesson's id follows its title until the author types one of their own.
  const setTitle = (title: string) => {
    const withTitle = setFrontmatterField(frontmatter, 'title', title);
    const follows = !idLocked && idFollowsTitle(text('id'), text('title'));
    onChange(follows ? setFrontmatterField(withTitle, 'id', lessonIdFromTitle(title)) : withTitle);
  };
  const text = (key: string) => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]) : '');
  const number = (value: string) => (value.trim() === '' ? undefined : Number.isFinite(Number(value)) ? Number(value) : value);
  const chapter = chapters.find((c) => c.id === data.chapterId);
  const examObjectives = (data.examObjectives ?? {}) as Record<string, string[]>;

  return (
    <fieldset className="space-y-4">
      <legend className="sr-only">Lesson details</legend>
      {yamlError && (
        <p role="alert" className="rounded-md border border-red-300 p-3 text-sm text-red-700 dark:border-red-800 dark:text-red-400">
          The frontmatter YAML cannot be read ({yamlError}); fix it under “Frontmatter as YAML”.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" name="fm-title" value={text('title')} onChange={(e) => setTitle(e.target.value)} errors={errors('title')} />
        <Field
          label="Id"
          name="fm-id"
          value={text('id')}
          onChange={(e) => set('id', e.target.value)}
          readOnly={idLocked}
          errors={errors('id')}
          hint={
            idLocked
              ? 'Progress hangs on the id, so a published lesson keeps it.'
              : 'Made from the title; lowercase letters, digits and hyphens, e.g. lesson-012-vlans.'
          }
        />
        <div>
          <label htmlFor="fm-chapter" className="block text-sm font-medium">
            Chapter
          </label>
          <select
            id="fm-chapter"
            className={inputClass}
            value={text('chapterId')}
            onChange={(e) => set('chapterId', e.target.value)}
            aria-invalid={errors('chapterId').length ? true : undefined}
            aria-describedby={errors('chapterId').length ? 'fm-chapter-error' : undefined}
          >
            {!chapter && <option value={text('chapterId')}>{text('chapterId') || 'Choose a chapter'}</option>}
            {chapters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <FieldErrors name="fm-chapter" errors={errors('chapterId')} />
        </div>
        <div className="grid grid-cols-2 gap-4">
          <Field
            label="Order"
            name="fm-order"
            inputMode="numeric"
            value={text('order')}
            onChange={(e) => set('order', number(e.target.value))}
            errors={errors('order')}
          />
          <Field
            label="Minutes"
            name="fm-duration"
            inputMode="numeric"
            value={text('duration')}
            onChange={(e) => set('duration', number(e.target.value))}
            errors={errors('duration')}
          />
        </div>
      </div>
      <div>
        <label htmlFor="fm-objectives" className="block text-sm font-medium">
          Learning objectives <span className="font-normal text-slate-500 dark:text-slate-400">(one per line)</span>
        </label>
        <textarea
          id="fm-objectives"
          rows={3}
          className={inputClass}
          value={Array.isArray(data.objectives) ? data.objectives.join('\n') : ''}
          onChange={(e) => set('objectives', e.target.value.split('\n'))}
          onBlur={(e) =>
            set(
              'objectives',
              e.target.value.split('\n').filter((line) => line.trim()),
            )
          }
          aria-invalid={errors('objectives').length ? true : undefined}
          aria-describedby={errors('objectives').length ? 'fm-objectives-error' : undefined}
        />
        <FieldErrors name="fm-objectives" errors={errors('objectives')} />
      </div>
      <Field label="Summary (optional)" name="fm-summary" value={text('summary')} onChange={(e) => set('summary', e.target.value)} errors={errors('summary')} />
      {chapter && chapter.courses.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          {chapter.courses.map((course) => (
            <Field
              key={course.id}
              label={`${course.name}: exam objectives`}
              name={`fm-exam-${course.id}`}
              placeholder="e.g. 1.12, 1.9.a"
              value={(examObjectives[course.id] ?? []).join(', ')}
              onChange={(e) => {
                const codes = e.target.value.split(/[,\s]+/).filter(Boolean);
                const others = Object.fromEntries(Object.entries(examObjectives).filter(([id]) => id !== course.id));
                set('examObjectives', codes.length ? { ...others, [course.id]: codes } : others);
              }}
              errors={errors('examObjectives')}
            />
          ))}
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={data.draft === true} onChange={(e) => set('draft', e.target.checked ? true : undefined)} />
        Hidden from learners even when published (<code>draft: true</code>)
      </label>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Frontmatter as YAML</summary>
        <label htmlFor="fm-yaml" className="sr-only">
          Frontmatter as YAML
        </label>
        <textarea
          id="fm-yaml"
          rows={10}
          className={`${inputClass} font-mono text-sm`}
          value={frontmatter}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
        />
      </details>
    </fieldset>
  );
}
