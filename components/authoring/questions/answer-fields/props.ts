import type { EntryErrors } from '@/lib/authoring/questions/check-entry';
import type { Entry } from '@/lib/authoring/questions/entry-edit';

/** What every type's answer fields get from the question form. */
export type AnswerFieldsProps = { entry: Entry; onChange: (entry: Entry) => void; errors: EntryErrors };
