import type { QuestionType } from '@/lib/questions/schema';

export const typeLabels: Record<QuestionType, string> = {
  single: 'Single answer',
  multiple: 'Multiple answers',
  truefalse: 'True / false',
  ordering: 'Put in order',
  matching: 'Matching',
  text: 'Typed answer',
  numeric: 'Number',
};
