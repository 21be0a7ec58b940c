/**
 * Splits `seats` in proportion to `weights` by the largest-remainder (Hamilton) method: everyone
 * gets the whole part of their quota, then the seats left over go one each to the largest
 * remainders; ties go to the larger weight, then to the earlier entry. The shares sum to `seats`.
 * The weights must not all be zero.
 */
export function largestRemainder(seats: number, weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => Math.floor((seats * w) / total));
  // Remainders as numerators over `total` stay exact for integer weights, so equal remainders
  // really tie (in floating point 12.6 − 12 and 21.6 − 21 differ).
  const remainders = weights.map((w, i) => seats * w - shares[i] * total);
  const leftOver = seats - shares.reduce((sum, s) => sum + s, 0);
  const byRemainder = weights.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || weights[b] - weights[a] || a - b);
  for (const i of byRemainder.slice(0, leftOver)) shares[i]++;
  return shares;
}
