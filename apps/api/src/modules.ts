import type { HallModule } from './node/node-types.ts';
import { userModule } from './user/module.ts';
import { catalogueModule } from './catalogue/module.ts';
import { caseModule } from './case/module.ts';
import { windowModule } from './window/module.ts';
import { partnerModule } from './partner/module.ts';
import { evaluationModule } from './evaluation/module.ts';
import { licenseModule } from './license/module.ts';
import { applicationModule } from './application/module.ts';
import { limitsModule } from './limits/module.ts';
import { dashboardModule } from './dashboard/module.ts';
import { nationalModule } from './national/module.ts';
import { webhookModule } from './webhook/module.ts';
import { notificationModule } from './notification/module.ts';
import { accountModule } from './account/module.ts';
import { portalModule } from './portal/module.ts';
import { correctionModule } from './correction/module.ts';
import { favouriteModule } from './favourite/module.ts';
import { fileModule } from './file/module.ts';
import { bookingModule } from './booking/module.ts';
import { deliveryModule } from './delivery/module.ts';
import { questionModule } from './question/module.ts';

/** The modules of the API. A new module adds its `module.ts` here; the schema and node(id:) take the rest from it. */
export const HALL_MODULES: readonly HallModule[] = [
  userModule,
  catalogueModule,
  caseModule,
  windowModule,
  partnerModule,
  evaluationModule,
  licenseModule,
  applicationModule,
  limitsModule,
  dashboardModule,
  nationalModule,
  webhookModule,
  notificationModule,
  accountModule,
  portalModule,
  correctionModule,
  favouriteModule,
  fileModule,
  bookingModule,
  deliveryModule,
  questionModule,
];
