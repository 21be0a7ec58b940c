import { computeParameters, FSRSBinding, type FSRSBindingItem } from '@open-spaced-repetition/binding';

/** Below this many training items the fit is mostly noise, so the defaults are kept. */
export const minimumItems = 200;

export type FitResult =
  | { kind: 'fitted'; weights: number[]; logLossBefore: number; logLossAfter: number; items: number }
  | { kind: 'kept-defaults'; reason: string; items: number; logLossBefore?: number };

/**
 * Fits FSRS parameters to a review history with the official optimizer (fsrs-rs), and reports
 * the log loss of the default and the fitted parameters on the same items. A fit that does no
 * better than the defaults is not used.
 */
export async function fitParameters(items: FSRSBindingItem[]): Promise<FitResult> {
  if (items.length < minimumItems) {
    return {
      kind: 'kept-defaults',
      items: items.length,
      reason: `Your history has ${items.length} usable reviews; at least ${minimumItems} (reviews on different days) are needed for a fit to beat the defaults. Keep reviewing and try again later.`,
    };
  }
  const before = new FSRSBinding().evaluate(items).logLoss;
  const weights = await computeParameters(items, { enableShortTerm: true });
  const after = new FSRSBinding(weights).evaluate(items).logLoss;
  if (!(after < before)) {
    return {
      kind: 'kept-defaults',
      items: items.length,
      logLossBefore: before,
      reason: `The fitted parameters did not predict your history better than the defaults (log loss ${after.toFixed(4)} vs ${before.toFixed(4)}), so the defaults stay.`,
    };
  }
  return { kind: 'fitted', weights, logLossBefore: before, logLossAfter: after, items: items.length };
}
