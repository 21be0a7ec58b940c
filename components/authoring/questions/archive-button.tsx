'use client';

import { archiveQuestionAction } from '@/app/author/questions/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

/** Retires a question from new quizzes (past attempts keep it), or brings it back. */
export function ArchiveButton({ questionId, archived }: { questionId: string; archived: boolean }) {
  const archive = useAction(archiveQuestionAction);
  const toggle = () => {
    if (!archived && !window.confirm('Archive this question? New quizzes, practice and reviews leave it out; past attempts still show it.')) return;
    archive.run({ questionId, archived: !archived });
  };
  return (
    <div>
      <Button type="button" variant={archived ? 'secondary' : 'danger'} onClick={toggle} disabled={archive.pending}>
        {archived ? 'Bring back' : 'Archive'}
      </Button>
      <FormStatus message={archive.error} tone="error" />
    </div>
  );
}
