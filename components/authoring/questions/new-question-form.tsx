import { SelectField } from './select-field';

/** Starts a new question in a lesson: a GET to the editor, which works without JavaScript. */
export function NewQuestionForm({ lessons, defaultLesson }: { lessons: Array<{ id: string; label: string }>; defaultLesson?: string }) {
  return (
    <form method="get" action="/author/questions/new" className="flex flex-wrap items-end gap-3">
      <SelectField
        label="New question in lesson"
        id="new-question-lesson"
        name="lesson"
        defaultValue={defaultLesson ?? lessons[0]?.id}
        options={lessons}
        className="min-w-0 flex-1 basis-64"
      />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600">
        New question
      </button>
    </form>
  );
}
