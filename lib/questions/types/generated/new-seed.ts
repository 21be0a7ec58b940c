import { randomInt } from 'node:crypto';

/**
 * A showing's seed, drawn on the server. It fits a PostgreSQL integer column (the generators take
 * any unsigned 32-bit seed). Its own file: the type's other files reach the browser bundle
 * through the registry, and node:crypto must not.
 */
export const newSeed = () => randomInt(0, 2 ** 31 - 1);
