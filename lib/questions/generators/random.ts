import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { shuffle } from '../../shuffle';

export type Random = ReturnType<typeof seededRandom>;

/** Every draw of a variant comes from this one stream, so a seed reproduces the variant exactly. */
export function seededRandom(seed: number) {
  const rng = xoroshiro128plus(seed | 0);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return {
    int,
    pick: <T>(list: readonly T[]): T => list[int(0, list.length - 1)],
    shuffle: <T>(list: readonly T[]): T[] => shuffle(list, () => uniformFloat64(rng)),
    /** k distinct elements, in random order. */
    sample: <T>(list: readonly T[], k: number): T[] => shuffle(list, () => uniformFloat64(rng)).slice(0, k),
  };
}
