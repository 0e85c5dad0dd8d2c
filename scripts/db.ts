// npm run db:migrate | db:seed | db:migrate:new -- <name>: the same commands against the embedded database
// (when DATABASE_URL is unset) or the server DATABASE_URL names.
import { execFileSync } from 'node:child_process';
import { prepareDatabase } from '../apps/api/src/db/prepare-database.ts';
import { resolveDatabase } from '../apps/api/src/db/database.ts';
import { provisionApiRole } from '../apps/api/src/db/api-role.ts';

const [command, name] = process.argv.slice(2);

if (command === 'migrate' || command === 'seed') {
  const database = await prepareDatabase({ seed: command === 'seed' });
  console.log(command === 'seed' ? 'Migrated and seeded.' : 'Migrations applied.');
  await database.embedded?.stop();
} else if (command === 'grant') {
  // npm run db:grant -- <role>: as the owner (DATABASE_URL), give the API's login role row access only.
  if (!name) throw new Error('Usage: npm run db:grant -- <api_role>');
  const database = await resolveDatabase();
  await provisionApiRole(database.url, name);
  console.log(`Granted ${name} what the API needs (rows only: no DDL, TRUNCATE or trigger changes).`);
  await database.embedded?.stop();
} else if (command === 'migrate-dev') {
  if (!name) throw new Error('Usage: npm run db:migrate:new -- <migration_name>');
  const database = await resolveDatabase();
  execFileSync('npx', ['prisma', 'migrate', 'dev', '--name', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url },
  });
  await database.embedded?.stop();
} else if (command === 'drift') {
  // Fails (exit 2) when schema.prisma holds changes that no committed migration does.
  const database = await resolveDatabase();
  try {
    execFileSync(
      'npx',
      [
        'prisma',
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      ],
      { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url } },
    );
    console.log('No drift: the migrations hold every change of schema.prisma.');
  } catch {
    console.error(
      'Drift: schema.prisma has changes no migration holds. Run npm run db:migrate:new -- <name>.',
    );
    process.exitCode = 2;
  } finally {
    await database.embedded?.stop();
  }
} else {
  console.error('Usage: tsx scripts/db.ts migrate | seed | drift | grant <role> | migrate-dev <name>');
  process.exit(2);
}
