import { parseArgs } from 'node:util';
import { createDb } from '../db/client';
import { openDatabase } from '../db/database';
import { migrateDatabase } from '../db/migrate';
import { AppError } from '../errors';
import { platformSchema, registerPlatform } from '../lti/platforms';
import { rotateToolKey, signingKey } from '../lti/tool-keys';
import { runCli } from './run-cli';

const usage =
  'Usage: npm run lti:register -- --issuer URL --client-id ID --deployment-id ID [--deployment-id ID …] --auth-url URL --token-url URL --jwks-url URL --course COURSE_ID\n' +
  '       npm run lti:register -- --rotate-key';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      'deployment-id': { type: 'string', multiple: true },
      'auth-url': { type: 'string' },
      'token-url': { type: 'string' },
      'jwks-url': { type: 'string' },
      course: { type: 'string' },
      'rotate-key': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const rotate = values['rotate-key'];
  const input = rotate
    ? null
    : platformSchema.safeParse({
        issuer: values.issuer,
        clientId: values['client-id'],
        deploymentIds: values['deployment-id'] ?? [],
        authUrl: values['auth-url'],
        tokenUrl: values['token-url'],
        jwksUrl: values['jwks-url'],
        courseId: values.course,
      });
  if (input && !input.success) {
    const issue = input.error.issues[0];
    throw new AppError('USAGE', `${issue.path.join('.') || 'input'}: ${issue.message}.\n${usage}`);
  }

  const database = await openDatabase();
  const db = createDb(database.url, 1);
  try {
    await migrateDatabase(database.url);
    const now = new Date();
    if (rotate) {
      const { kid, retired } = await rotateToolKey(db, now);
      console.log(`New signing key ${kid}.${retired.length ? ` Retired ${retired.join(', ')}: still published for 7 days.` : ''}`);
      return;
    }
    const { platform, created } = await registerPlatform(db, input!.data);
    // The tool's key pair is made now, so the JWKS URL answers before the first launch.
    await signingKey(db, now);
    console.log(`${created ? 'Registered' : 'Updated'} ${platform.issuer} (client id ${platform.clientId}; deployments ${platform.deploymentIds.join(', ')}).`);
    console.log('Tool URLs to paste into the LMS are on /admin/lti.');
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
