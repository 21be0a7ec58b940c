import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { startApp } from '../helpers/app-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The running app's own database, for tests that seed accounts. */
    databaseUrl: string;
  }
}

/** The production app, started as `npm start` would, on a free port with throwaway data. */
export default async function setup(project: TestProject) {
  const app = await startApp();
  project.provide('baseUrl', app.baseUrl);
  // The app's server is already running on this data dir; this attaches to it without owning it.
  project.provide('databaseUrl', (await startEmbeddedDatabase(app.dataDir)).url);
  return () => app.stop();
}
