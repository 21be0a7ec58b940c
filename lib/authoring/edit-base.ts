import { z } from 'zod';
import { AppError } from '../errors';

/**
 * What the editor last saw: the draft's and the published lesson's `updatedAt`. A save or publish
 * against anything newer is refused, so two tabs (or two instructors) never silently overwrite
 * each other's work.
 */
export const editBaseSchema = z.object({
  draftUpdatedAt: z.iso.datetime().nullable(),
  lessonUpdatedAt: z.iso.datetime().nullable(),
});

export type EditBase = z.infer<typeof editBaseSchema>;

export function stamp(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

export function assertBase(seen: string | null, now: Date | null | undefined, what: 'draft' | 'lesson') {
  if (seen !== stamp(now)) throw staleError(what);
}

export function staleError(what: 'draft' | 'lesson'): AppError {
  return new AppError(
    'CONFLICT',
    what === 'draft'
      ? 'This draft was changed in another tab or by another instructor. Copy your text if you need it, then reload to see the latest draft.'
      : 'This lesson was published or synced since you opened it. Copy your text if you need it, then reload to start from the latest version.',
  );
}
