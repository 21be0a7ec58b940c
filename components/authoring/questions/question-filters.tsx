import { inputClass } from '@/components/ui/field';
import { questionTypes } from '@/lib/questions/schema';
import type { QuestionFilters } from '@/lib/authoring/questions/list';
import { itemFlagLabels } from '@/components/dashboard/instructor/item-flags';
import { SelectField } from './select-field';
import { questionTypeLabel } from '@/lib/questions/types/registry';

type Option = { id: string; label: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function QuestionFiltersForm({ filters, courses, lessons }: { filters: QuestionFilters; courses: Option[]; lessons: Option[] }) {
  const select = (name: string, label: string, value: string | undefined, options: Option[]) => (
    <SelectField label={label} id={`filter-${name}`} name={name} defaultValue={value ?? ''} options={options}>
      <option value="">Any</option>
    </SelectField>
  );
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end dark:border-slate-800"
      role="search"
      aria-label="Filter questions"
    >
      <label className="text-sm font-medium sm:col-span-2">
        Stem contains
        <input type="search" name="q" defaultValue={filters.q ?? ''} placeholder="e.g. trunk" className={inputClass} />
      </label>
      {select('course', 'Course', filters.courseId, courses)}
      {select('lesson', 'Lesson', filters.lessonId, lessons)}
      {select(
        'type',
        'Type',
        filters.type,
        questionTypes.map((t) => ({ id: t, label: questionTypeLabel(t) })),
      )}
      {select(
        'flag',
        'Item-analysis flag',
        filters.flag,
        Object.entries(itemFlagLabels).map(([id, label]) => ({ id, label })),
      )}
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 lg:col-start-6 dark:bg-brand-600">
        Filter
      </button>
    </form>
  );
}
