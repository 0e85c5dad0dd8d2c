// npm run api-client -- create <client-id> --name <名称> --department <code> [--scopes cases:sync,cases:read]
// npm run api-client -- list
// npm run api-client -- disable <client-id>
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../db/database.ts';
import { createPrisma } from '../db/prisma.ts';
import { createApiClient } from './create-api-client.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    department: { type: 'string' },
    scopes: { type: 'string', default: 'cases:sync,cases:read' },
  },
});
const [command, clientId] = positionals;

const database = await resolveDatabase();
const db = createPrisma(database.url);
try {
  if (command === 'create' && clientId && values.name && values.department) {
    const result = await createApiClient(db, {
      clientId,
      name: values.name,
      departmentCode: values.department,
      scopes: values.scopes
        .split(',')
        .map((scope) => scope.trim())
        .filter(Boolean),
    });
    if (!result.ok) {
      console.error(`Not created: ${result.message}`);
      process.exitCode = 1;
    } else {
      console.log(`client_id:     ${result.client.clientId}`);
      console.log(`client_secret: ${result.secret}`);
      console.log(`scopes:        ${result.client.scopes.join(' ')}`);
      console.log('\nThe secret is shown only now; the hall stores only its hash.');
    }
  } else if (command === 'list') {
    const clients = await db.apiClient.findMany({
      include: { department: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const c of clients) {
      console.log(
        `${c.clientId}\t${c.name}\t${c.department.code}\t${c.scopes.join(' ')}\t${c.isActive ? 'active' : 'disabled'}`,
      );
    }
  } else if (command === 'disable' && clientId) {
    const { count } = await db.apiClient.updateMany({
      where: { clientId },
      data: { isActive: false, disabledAt: new Date() },
    });
    await db.apiAccessToken.updateMany({
      where: { apiClient: { clientId }, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    console.log(count ? `Disabled ${clientId} and revoked its tokens.` : `No client ${clientId}.`);
    process.exitCode = count ? 0 : 1;
  } else {
    console.error(
      'Usage: npm run api-client -- create <client-id> --name <name> --department <code> [--scopes a,b] | list | disable <client-id>',
    );
    process.exitCode = 2;
  }
} finally {
  await db.$disconnect();
  await database.embedded?.stop();
}
