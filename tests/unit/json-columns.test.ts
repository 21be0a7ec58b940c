import { describe, expect, it } from 'vitest';
import { storedPresentation } from '../../lib/questions/present';
import { storedQuestion, storedResponse } from '../../lib/questions/stored-question';
import { storedAttemptSettings } from '../../lib/quiz/settings';
import { fromSnapshot, snapshot, type CardRow } from '../../lib/srs/apply-review';

const card: CardRow = {
  id: 'c1',
  userId: 'u1',
  questionId: 'q1',
  due: new Date('2026-12-02T04:00:00.000Z'),
  stability: 3.2,
  difficulty: 5.1,
  elapsedDays: 2,
  scheduledDays: 4,
  learningSteps: 0,
  reps: 7,
  lapses: 1,
  state: 2,
  lastReview: new Date('2026-11-28T21:15:00.000Z'),
  suspended: false,
  leech: false,
  showSalt: '6f1c3b0e-1d1e-4c57-9a55-1b2b5a6c7d8e',
  checkedReps: 7,
  checkedCorrect: false,
};

describe('JSON columns are parsed where they are read', () => {
  it('gives undo the card exactly as it was, its showing and check included', () => {
    const { id, userId, questionId, ...fields } = card;
    void id;
    void userId;
    void questionId;
    expect(fromSnapshot(JSON.parse(JSON.stringify(snapshot(card))))).toEqual(fields);
  });

  it('draws a fresh showing for logs written before showings were kept', () => {
    const old = JSON.parse(JSON.stringify(snapshot(card)));
    delete old.showSalt;
    delete old.checkedReps;
    delete old.checkedCorrect;
    const restored = fromSnapshot(old);
    expect(restored.showSalt).toMatch(/^[0-9a-f-]{36}$/);
    expect(restored.showSalt).not.toBe(card.showSalt);
    expect(restored).toMatchObject({ checkedReps: null, checkedCorrect: null, reps: 7 });
  });

  it('fails loudly, naming the column, on a malformed row', () => {
    const broken = { ...JSON.parse(JSON.stringify(snapshot(card))), due: 'yesterday' };
    expect(() => fromSnapshot(broken)).toThrow(/Malformed ReviewLog\.previous.*due/s);
    expect(() => fromSnapshot(null)).toThrow(/Malformed ReviewLog\.previous/);
    expect(() => storedPresentation({ salt: 'x', order: { options: [1, 2] } })).toThrow(/Malformed AttemptItem\.presentation/);
    expect(() => storedQuestion({ id: 'q', type: 'no-such-type' })).toThrow(/Malformed QuestionVersion\.body/);
    expect(() => storedResponse({ type: 'single' })).toThrow(/Malformed AttemptItem\.response/);
    expect(() => storedAttemptSettings('LESSON', { feedback: 'end' })).toThrow(/Malformed QuizAttempt\.settings \(LESSON\)/);
  });

  it('reads each kind of attempt settings as it was written', () => {
    expect(storedAttemptSettings('LESSON', { feedback: 'each' })).toEqual({ feedback: 'each' });
    expect(storedAttemptSettings('PRACTICE', { courseId: 'ccna-200-301', count: 10, feedback: 'end' })).toMatchObject({
      feedback: 'end',
      only: 'all',
      domains: [],
    });
    const exam = { length: 'full', minutes: 120, perDomain: [{ code: '1.0', weight: 20, target: 20, drawn: 20, available: 80 }], notes: [], fullCount: 100 };
    // Exams stored before covered-domains-only exams and exam modes existed read as leaving nothing
    // out, run CompTIA-style (free navigation), which is how they ran.
    expect(storedAttemptSettings('EXAM', exam)).toEqual({ ...exam, leftOut: [], mode: 'comptia' });
    expect(storedAttemptSettings('EXAM', { ...exam, leftOut: ['4.0'], mode: 'cisco' })).toEqual({ ...exam, leftOut: ['4.0'], mode: 'cisco' });
  });

  it('reads a stored question and response unchanged', () => {
    const question = {
      id: 'q1',
      type: 'single',
      difficulty: 'easy',
      tags: [],
      stem: 'Which?',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      answer: 'a',
      explanation: 'Because.',
    };
    expect(storedQuestion(question)).toMatchObject(question);
    expect(storedResponse({ type: 'single', choice: 'a' })).toEqual({ type: 'single', choice: 'a' });
  });
});
