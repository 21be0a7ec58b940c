'use client';

import { useState } from 'react';
import { Field, FieldErrors, inputClass, TextAreaField } from '@/components/ui/field';
import type { EntryErrors } from '@/lib/authoring/questions/check-entry';
import type { EditorContext } from '@/lib/authoring/questions/editor-context';
import { stringsOf, withField, withType, type Entry } from '@/lib/authoring/questions/entry-edit';
import { difficulties, questionTypes, type QuestionType } from '@/lib/questions/schema';
import { AnswerFields } from './answer-fields';
import { ExhibitsEditor } from './exhibits-editor';
import { SelectField } from './select-field';
import { questionTypeLabel } from '@/lib/questions/types/registry';

const markdownBox = `${inputClass} font-mono`;

type QuestionFormProps = { entry: Entry; onChange: (entry: Entry) => void; errors: EntryErrors; context: EditorContext; idLocked: boolean };

/** The structured editor: every field of the entry, each with its errors next to it. */
export function QuestionForm({ entry, onChange, errors, context, idLocked }: QuestionFormProps) {
  const set = (key: string, value: unknown) => onChange(withField(entry, key, value));
  const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : '');
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Id"
          name="id"
          value={text('id')}
          readOnly={idLocked}
          onChange={(e) => set('id', e.target.value)}
          className={`${inputClass} font-mono read-only:bg-slate-100 dark:read-only:bg-slate-800`}
          errors={errors.id}
          hint={idLocked ? 'Learners’ history refers to it, so it stays.' : 'Unique in the course, e.g. l03-vswitch-uplinks.'}
        />
        <SelectField
          label="Type"
          id="type"
          value={String(entry.type ?? '')}
          onChange={(e) => onChange(withType(entry, e.target.value as QuestionType))}
          options={questionTypes.map((type) => ({ id: type, label: questionTypeLabel(type) }))}
          errors={errors.type}
        />
      </div>
      <TextAreaField
        label="Question (stem)"
        name="stem"
        value={text('stem')}
        onChange={(e) => set('stem', e.target.value)}
        errors={errors.stem}
        hint="Markdown: **bold**, `code`, lists, code blocks."
        rows={4}
        className={markdownBox}
      />
      {entry.type !== 'generated' && <ExhibitsEditor entry={entry} onChange={onChange} errors={errors} />}
      <AnswerFields entry={entry} onChange={onChange} errors={errors} />
      <TextAreaField
        label="Explanation"
        name="explanation"
        value={text('explanation')}
        onChange={(e) => set('explanation', e.target.value)}
        errors={errors.explanation}
        hint="Why the answer is right, and why the tempting wrong one is wrong."
        rows={4}
        className={markdownBox}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="Difficulty"
          id="difficulty"
          value={text('difficulty') || 'medium'}
          onChange={(e) => set('difficulty', e.target.value === 'medium' ? undefined : e.target.value)}
          options={difficulties.map((d) => ({ id: d, label: d }))}
          errors={errors.difficulty}
        />
        <SelectField
          label="Lesson section for “read more”"
          id="section"
          className="sm:col-span-2"
          value={text('section')}
          onChange={(e) => set('section', e.target.value)}
          options={[
            ...context.sections.map((s) => ({ id: s.id, label: s.text })),
            ...(text('section') && !context.sections.some((s) => s.id === text('section')) ? [{ id: text('section'), label: `#${text('section')}` }] : []),
          ]}
          errors={errors.section}
        >
          <option value="">The whole lesson</option>
        </SelectField>
      </div>
      <CommaList
        label="Tags"
        name="tags"
        value={stringsOf(entry.tags)}
        onChange={(tags) => set('tags', tags)}
        errors={Object.entries(errors)
          .filter(([k]) => k.startsWith('tags'))
          .flatMap(([, m]) => m)}
        hint="Comma-separated, lowercase-with-hyphens."
      />
      <Objectives entry={entry} onChange={onChange} errors={errors} context={context} />
    </div>
  );
}

function Objectives({ entry, onChange, errors, context }: Omit<QuestionFormProps, 'idLocked'>) {
  const own = entry.objectives && typeof entry.objectives === 'object' ? (entry.objectives as Record<string, string[]>) : undefined;
  const courses = [...new Set([...Object.keys(context.objectiveCodes), ...Object.keys(own ?? {})])];
  const inherited =
    Object.entries(context.lessonObjectives)
      .map(([course, codes]) => `${course} ${codes.join(', ')}`)
      .join('; ') || 'none';
  const setCourse = (course: string, codes: string[]) => {
    const next = Object.fromEntries(Object.entries({ ...own, [course]: codes }).filter(([, list]) => list.length));
    onChange(withField(entry, 'objectives', Object.keys(next).length ? next : {}));
  };
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Exam objectives</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={own === undefined}
          onChange={(e) => onChange(withField(entry, 'objectives', e.target.checked ? undefined : { ...context.lessonObjectives }))}
        />
        Same as the lesson ({inherited})
      </label>
      {own !== undefined && (
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {courses.map((course) => (
            <CommaList
              key={course}
              label={course}
              name={`objectives.${course}`}
              value={own[course] ?? []}
              onChange={(codes) => setCourse(course, codes)}
              errors={errors[`objectives.${course}`]}
              hint={`e.g. ${context.objectiveCodes[course]?.slice(0, 3).join(', ') ?? '1.1'}`}
            />
          ))}
        </div>
      )}
      <FieldErrors name="objectives" errors={errors.objectives} />
    </fieldset>
  );
}

/** A list typed as "a, b, c"; the text is kept as typed so a trailing comma does not vanish mid-word. */
function CommaList({
  label,
  name,
  value,
  onChange,
  errors,
  hint,
}: {
  label: string;
  name: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors?: string[];
  hint: string;
}) {
  const [text, setText] = useState(value.join(', '));
  return (
    <Field
      label={label}
      name={name}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(
          e.target.value
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        );
      }}
      errors={errors}
      hint={hint}
    />
  );
}
