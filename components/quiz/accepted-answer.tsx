import { AnswerMark } from './answer-mark';

/** After grading a typed answer: whether it was accepted and, if not, an answer that would have been. */
export function AcceptedAnswer({ right, answered, accepted, note }: { right: boolean; answered: boolean; accepted: string; note?: string }) {
  return (
    <div className="mt-2 space-y-1 text-sm">
      {answered && <AnswerMark mark={right ? 'correct-picked' : 'wrong-picked'} />}
      {note && <p className="text-slate-600 dark:text-slate-400">{note}</p>}
      {!right && (
        <p>
          <span className="font-semibold">Accepted answer:</span> <span className="font-mono [overflow-wrap:anywhere]">{accepted}</span>
        </p>
      )}
    </div>
  );
}
