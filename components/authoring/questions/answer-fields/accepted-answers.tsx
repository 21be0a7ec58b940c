'use client';

import { stringsOf, withField } from '@/lib/authoring/questions/entry-edit';
import { ListEditor } from '../list-editor';
import type { AnswerFieldsProps } from './props';

export function AcceptedAnswers({ entry, onChange, errors }: AnswerFieldsProps) {
  return (
    <ListEditor
      legend="Accepted answers (compared ignoring case and spacing)"
      noun="accepted answer"
      name="accept"
      items={stringsOf(entry.accept).map((text, i) => ({ id: String(i + 1), text }))}
      onChange={(items) =>
        onChange(
          withField(
            entry,
            'accept',
            items.map((item) => item.text),
          ),
        )
      }
      errors={Object.fromEntries(Object.entries(errors).map(([key, value]) => [key.replace(/^accept\.(\d+)$/, 'accept.$1.text'), value]))}
    />
  );
}
