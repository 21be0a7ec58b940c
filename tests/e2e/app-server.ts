import type { TestProject } from 'vitest/node';
import { startApp } from '../helpers/app-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The production app, started as `npm start` would, on a free port with throwaway data. */
export default async function setup(project: TestProject) {
  const app = await startApp();
  project.provide('baseUrl', app.baseUrl);
  return () => app.stop();
}
