/** Every dashboard page, in menu order. A new page is a file here and one line below. */
import type { Page } from '../page.js';
import { adminPage } from './admin.js';
import { agenciesPage } from './agencies.js';
import { alertsPage } from './alerts.js';
import { digestsPage } from './digests.js';
import { healthPage } from './health.js';
import { issuesPage } from './issues.js';
import { outletsPage } from './outlets.js';
import { overviewPage } from './overview.js';
import { searchPage } from './search.js';

export const PAGES: readonly Page[] = [
  overviewPage,
  issuesPage,
  agenciesPage,
  outletsPage,
  searchPage,
  alertsPage,
  digestsPage,
  healthPage,
  adminPage,
];
