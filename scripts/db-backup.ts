// npm run db:backup [-- --type=full|diff|incr]: a pgBackRest backup of the cluster configured in
// /etc/pgbackrest/pgbackrest.conf (or PGBACKREST_CONFIG), stanza `hall` (or PGBACKREST_STANZA).
// README: Running in production → Backups and point-in-time recovery.
import { backupNow } from '../apps/api/src/db/pgbackrest.ts';

const type = process.argv
  .slice(2)
  .find((arg) => arg.startsWith('--type='))
  ?.slice('--type='.length);
if (type !== undefined && type !== 'full' && type !== 'diff' && type !== 'incr') {
  console.error('Usage: npm run db:backup [-- --type=full|diff|incr]');
  process.exit(2);
}
try {
  process.stdout.write(backupNow({ type }));
} catch (error) {
  const { stderr, stdout } = error as { stderr?: string; stdout?: string };
  console.error(stderr || stdout || (error as Error).message);
  process.exit(1);
}
