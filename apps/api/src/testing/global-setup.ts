import type { TestProject } from 'vitest/node';
import { prepareTemplate, testServer } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { adminUrl, embedded } = await testServer();
  await prepareTemplate(adminUrl);
  project.provide('adminUrl', adminUrl);
  return async () => {
    if (embedded?.startedHere) await embedded.stop();
  };
}
