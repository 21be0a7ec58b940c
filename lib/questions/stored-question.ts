import { readJsonColumn } from '../db/json-column';
import { questionSchema, responseSchema, type Question, type QuestionResponse } from './schema';

/** A `QuestionVersion.body`, checked against the question schema it was written with. */
export function storedQuestion(body: unknown): Question {
  return readJsonColumn(questionSchema, body, 'QuestionVersion.body');
}

/** An `AttemptItem.response`, in the question's own ids. */
export function storedResponse(json: unknown): QuestionResponse {
  return readJsonColumn(responseSchema, json, 'AttemptItem.response');
}
