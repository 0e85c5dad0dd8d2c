import type { JobModule, ScheduledJob } from '../jobs/job-module.ts';
import { removeOrphanFiles } from './remove-orphan-files.ts';

/** Hourly, at minute 17 (CST), away from the sweep's ten-minute marks. */
export const ORPHAN_FILES_QUEUE = 'storage-orphan-files';

export const orphanFileSweep: ScheduledJob = {
  queue: ORPHAN_FILES_QUEUE,
  cron: '17 * * * *',
  async run({ db, storage, clock, logger }) {
    if (!storage) throw new Error('The orphan-file job needs the file storage.');
    const result = await removeOrphanFiles(db, storage, { now: clock.now() });
    logger.info(result, 'orphan files removed');
    return result;
  },
};

export const applicationJobs: JobModule = { name: 'application', scheduled: [orphanFileSweep] };
