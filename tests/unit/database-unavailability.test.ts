import { describe, expect, it } from 'vitest';
import { databaseUnavailability } from '../../lib/db/unavailable';
import { describeError } from '../../lib/http/error-status';

// The shapes below are what Prisma 7 with @prisma/adapter-pg threw against a stopped, restarting
// and statement-timed-out embedded PostgreSQL (recorded while writing tests/faults).
const adapterError = (cause: object, code = 'P2010') =>
  Object.assign(new Error('Invalid `prisma.$queryRawUnsafe()` invocation'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });

describe('databaseUnavailability', () => {
  it('recognises a server shutting down, one that is down, and a dropped socket', () => {
    expect(databaseUnavailability(adapterError({ originalCode: '57P01', kind: 'postgres', code: '57P01' }, 'P2039'))).toBe('unreachable');
    expect(databaseUnavailability(adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }, 'P1001'))).toBe('unreachable');
    expect(
      databaseUnavailability(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 })),
    ).toBe('unreachable');
    expect(databaseUnavailability(new Error('Connection terminated unexpectedly'))).toBe('unreachable');
    expect(databaseUnavailability(new Error('outer', { cause: { code: '57P03', message: 'the database system is starting up' } }))).toBe('unreachable');
  });

  it('tells a statement cut off by statement_timeout apart', () => {
    expect(databaseUnavailability(adapterError({ originalCode: '57014', kind: 'postgres', code: '57014' }))).toBe('timeout');
  });

  it('leaves every other failure alone', () => {
    expect(databaseUnavailability(adapterError({ originalCode: '23505', kind: 'UniqueConstraintViolation' }, 'P2002'))).toBeNull();
    expect(databaseUnavailability(new TypeError('x is undefined'))).toBeNull();
    expect(databaseUnavailability(null)).toBeNull();
  });
});

describe('describeError for an unavailable database', () => {
  it('answers 503 with a message that says to try again, not a 500', () => {
    expect(describeError(adapterError({ kind: 'DatabaseNotReachable' }, 'P1001'))).toMatchObject({
      status: 503,
      body: { code: 'DB_UNREACHABLE', message: expect.stringMatching(/try again/) },
    });
    expect(describeError(adapterError({ originalCode: '57014', kind: 'postgres' }))).toMatchObject({
      status: 503,
      body: { code: 'DB_BUSY', message: expect.stringMatching(/try again/i) },
    });
  });
});
