import { facilityBounds, type ItemFlag } from '@/lib/dashboard/item-analysis-flags';

export const itemFlagLabels: Record<ItemFlag, string> = {
  'too-hard': `Too hard (facility < ${facilityBounds.low})`,
  'too-easy': `Too easy (facility > ${facilityBounds.high})`,
  'negative-discrimination': 'Negative discrimination',
};

export const editorPath = (questionId: string) => `/author/questions/${questionId}`;
