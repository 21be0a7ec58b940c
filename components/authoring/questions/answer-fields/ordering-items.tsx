'use client';

import { listOf, withField } from '@/lib/authoring/questions/entry-edit';
import { ListEditor } from '../list-editor';
import type { AnswerFieldsProps } from './props';

export function OrderingItems({ entry, onChange, errors }: AnswerFieldsProps) {
  return (
    <ListEditor
      legend="Items, in the correct order (learners get them shuffled)"
      noun="item"
      name="items"
      idPrefix="i"
      items={listOf(entry, 'items')}
      onChange={(items) => onChange(withField(entry, 'items', items))}
      errors={errors}
    />
  );
}
