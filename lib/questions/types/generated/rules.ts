import { generatorByName, isGeneratorName } from '../../generators';
import type { AddProblem } from '../module';
import type { GeneratedQuestion } from './schema';

/** Params are checked by the named generator's own schema, each problem at its path under `params`. */
export function generatedRules(entry: GeneratedQuestion, add: AddProblem) {
  if (!isGeneratorName(entry.generator)) return; // the schema has reported it
  const parsed = generatorByName(entry.generator).params.safeParse(entry.params);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) add(['params', ...issue.path], issue.message);
}
