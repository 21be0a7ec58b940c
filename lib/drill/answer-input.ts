import { z } from 'zod';
import { int, text } from '../http/input';

/** An answer to one problem of a run, as the sprint screen and POST /api/drill/<run>/answers send it. */
export const drillAnswerInput = z.object({ position: int.min(0).max(999), text: text.max(500) });
