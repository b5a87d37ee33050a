import type { AlertHistory } from '../alerts/alert-history.js';
import type { SentimentCorrection } from '../insight/period-insight.js';
import type { Project, ReportLanguage } from '../project/project.js';
import type { DigestArchive } from '../report/digest-archive.js';
import type { Store } from '../store/store.js';
import type { Accounts } from './state/accounts.js';

/** What every endpoint may use; built once by `startServer`. */
export interface ServerContext {
  readonly project: Project;
  readonly store: Store;
  readonly accounts: Accounts;
  readonly alerts: AlertHistory;
  readonly digests: DigestArchive;
  /** Makes and archives a digest now, in the language given; set when the server can render PDFs. */
  readonly makeDigest: (period: { from: string; to: string }, language: ReportLanguage) => Promise<number>;
  /** Folder of the built dashboard (index.html and assets). */
  readonly webRoot: string;
  /** Marks cookies Secure; on when the server is reached over HTTPS (a reverse proxy). */
  readonly secureCookies: boolean;
  /**
   * The sentiment models' measured confusion: the dashboard's sentiment shares are corrected
   * with it as the digest's are. Absent, shares are shown as classified.
   */
  readonly sentimentCorrection?: SentimentCorrection;
}
