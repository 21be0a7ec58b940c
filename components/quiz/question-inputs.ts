import type { ComponentType } from 'react';
import type { QuestionType } from '@/lib/questions/schema';
import { GeneratedNotice } from './generated-notice';
import type { InputProps } from './input-props';
import { MatchingInput } from './matching-input';
import { MultipleChoice } from './multiple-choice';
import { NumericAnswer } from './numeric-answer';
import { OrderingInput } from './ordering-input';
import { SingleChoice } from './single-choice';
import { TextAnswer } from './text-answer';
import { TrueFalse } from './true-false';

/** The learner's input for each question type (the registry in lib/questions/types/registry.ts); one line per type. */
export const questionInputs: { [T in QuestionType]: ComponentType<InputProps<T>> } = {
  single: SingleChoice,
  multiple: MultipleChoice,
  truefalse: TrueFalse,
  ordering: OrderingInput,
  matching: MatchingInput,
  text: TextAnswer,
  numeric: NumericAnswer,
  generated: GeneratedNotice,
};
