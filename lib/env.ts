import { z } from 'zod';
import { AppError } from './errors';

const optionalText = z.string().trim().min(1).optional();
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), 'must be a postgresql:// connection URL')
  .optional();

/**
 * Every setting the app and its commands read from the environment. The one reader of
 * process.env (besides Next's build-time NEXT_RUNTIME): a bad value fails here with its name,
 * not later as an obscure error deep in a request.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  /** A PostgreSQL server of your own; unset, commands use the embedded one and `npm start` sets it for the app. */
  DATABASE_URL: postgresUrl,
  NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -base64 32`)').optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Set by `npm start`: "1" when the app runs on the embedded database. */
  NETPREP_EMBEDDED: z.enum(['0', '1']).optional(),
  NETPREP_DATA_DIR: optionalText,
  NETPREP_CONTENT_DIR: optionalText,
  NETPREP_DEBUG: z.string().optional(),
  /** Addresses or CIDR blocks of the proxies in front of the app; lib/http/client-address.ts parses them. */
  NETPREP_TRUSTED_PROXIES: z.string().optional(),
  /** Origins allowed to show the app in a frame (e.g. an LMS), separated by spaces; unset, none may. */
  NETPREP_FRAME_ANCESTORS: z
    .string()
    .refine(
      (value) =>
        value
          .split(/\s+/)
          .filter(Boolean)
          .every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)),
      'must be origins such as https://lms.example.edu, separated by spaces',
    )
    .optional(),
  /** The folder of pg_dump and pg_restore (e.g. /usr/lib/postgresql/18/bin); unset, they are looked up on PATH. */
  NETPREP_PG_BIN: optionalText,
  PORT: z.coerce.number<string>().int().min(1).max(65535).optional(),
});

export type Env = z.infer<typeof envSchema>;

/**
 * The parsed environment. Read per call, not cached: it is cheap, the long-lived users (the
 * database client, the throttles) keep what they built, and commands and tests may set a
 * variable before their first use of it.
 */
export function env(): Env {
  // `DATABASE_URL= npm start` means "not set", as it did when the code read process.env directly.
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(set);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const name = String(first.path[0]);
  throw new AppError('CONFIG_INVALID', `The environment variable ${name} is invalid: ${first.message}.`);
}

/**
 * The environment a child program runs with: ours (PATH, locale, an operator's PG* settings)
 * plus `extra`. Passed whole, not validated: it is the child's to read.
 */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
