'use client';

import type { ComponentType } from 'react';
import { questionTypes, type QuestionType } from '@/lib/questions/schema';
import { AcceptedAnswers } from './accepted-answers';
import { ChoiceOptions } from './choice-options';
import { GeneratorFields } from './generator-fields';
import { MatchingLists } from './matching-lists';
import { NumericAnswerFields } from './numeric-answer-fields';
import { OrderingItems } from './ordering-items';
import type { AnswerFieldsProps } from './props';
import { TrueFalseAnswer } from './true-false-answer';

/** Each question type's answer fields in the editor (the registry in lib/questions/types/registry.ts); one line per type. */
const answerFields: Record<QuestionType, ComponentType<AnswerFieldsProps>> = {
  single: ChoiceOptions,
  multiple: ChoiceOptions,
  truefalse: TrueFalseAnswer,
  ordering: OrderingItems,
  matching: MatchingLists,
  text: AcceptedAnswers,
  numeric: NumericAnswerFields,
  generated: GeneratorFields,
};

/** The part of the form that depends on the type; nothing while the entry has no known type. */
export function AnswerFields(props: AnswerFieldsProps) {
  const type = questionTypes.find((t) => t === props.entry.type);
  if (!type) return null;
  const Fields = answerFields[type];
  return <Fields {...props} />;
}
