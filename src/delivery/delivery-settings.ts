/**
 * Where digests and alerts go: `delivery.yaml` beside the project file. Kept out of the project
 * file because it holds credentials (written as `env:NAME` to read them from the environment)
 * and differs between a test setup and production while the project stays the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv } from 'ajv';
import { ProjectError, type KeyProblem } from '../project/project-error.js';
import type { ReportLanguage } from '../project/project.js';
import { schemaProblems } from '../project/schema-problems.js';
import { documentData, parseYamlFile, placed, settingsFileText } from '../project/yaml-file.js';

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user: string | null;
  readonly password: string | null;
  readonly from: string;
}

export interface TelegramSettings {
  /** The Bot API's base URL; a local server in tests. */
  readonly apiBase: string;
  readonly token: string;
  readonly chatId: string;
}

export interface DeliverySettings {
  /**
   * The dashboard's address as its users open it (`https://tyndau.city.example/`); when set, each
   * alert links to the search of its posts there and the digest e-mail links to the dashboard.
   */
  readonly dashboardUrl: string | null;
  readonly smtp: SmtpSettings | null;
  readonly digest: {
    readonly to: readonly string[];
    /** 1 = Monday … 7 = Sunday, in the project's time zone. */
    readonly weekday: number;
    readonly hour: number;
    readonly language: ReportLanguage | null;
  } | null;
  readonly alerts: {
    /** Local hour at which the previous day is judged. */
    readonly hour: number;
    readonly email: readonly string[];
    readonly webhook: string | null;
    readonly telegram: TelegramSettings | null;
    readonly language: ReportLanguage | null;
  } | null;
}

export const DELIVERY_FILE_NAME = 'delivery.yaml';
export const NO_DELIVERY: DeliverySettings = { dashboardUrl: null, smtp: null, digest: null, alerts: null };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ADDRESSES = {
  type: 'array',
  items: { type: 'string', pattern: '^[^\\s@]+@[^\\s@]+$', patternErrorMessage: 'must be an e-mail address such as duty@city.example' },
};
// A server after the scheme and no space anywhere: 'http://' and 'https://h ook.kz/x' passed a
// check of the scheme alone, and failed only when the first alert was sent, a day later.
const HTTP_URL = {
  type: 'string', pattern: '^https?://[^\\s/?#]+([/?#]\\S*)?$', patternErrorMessage: 'must be an http(s) URL',
};
// The dashboard's own address: the links sent out add the page after a '#', so one written with
// a '#' of its own (copied from the browser on a page) would have made every link a broken one.
const DASHBOARD_URL = {
  type: 'string', pattern: '^https?://[^\\s/?#]+([/?][^\\s#]*)?$',
  patternErrorMessage:
    'must be the http(s) address the dashboard is opened at, without a # part, such as https://tyndau.city.example/',
};
// The sender as mail headers take it: an address, or a name and the address in <>. Anything else
// ("tyndau", a line break pasted in) was taken, and failed only when the first digest was sent.
const SENDER = {
  type: 'string',
  pattern: '^([^\\s@<>]+@[^\\s@<>]+|[^\\r\\n<>]*<[^\\s@<>]+@[^\\s@<>]+>)$',
  patternErrorMessage: 'must be an e-mail address, or a name and the address in <>, such as "tyndau <tyndau@city.example>"',
};
const LANGUAGE = { enum: ['ru', 'kk', 'en'] };

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dashboardUrl: DASHBOARD_URL,
    smtp: {
      type: 'object',
      additionalProperties: false,
      required: ['host', 'from'],
      properties: {
        host: { type: 'string', pattern: '^[^\\s/@]+$', patternErrorMessage: 'must be a host name or an IP address' },
        port: { type: 'integer', minimum: 1, maximum: 65535 }, secure: { type: 'boolean' },
        user: { type: 'string' }, password: { type: 'string' }, from: SENDER,
      },
    },
    digest: {
      type: 'object',
      additionalProperties: false,
      required: ['to'],
      properties: {
        to: ADDRESSES, weekday: { enum: WEEKDAYS }, hour: { type: 'integer', minimum: 0, maximum: 23 },
        language: LANGUAGE,
      },
    },
    alerts: {
      type: 'object',
      additionalProperties: false,
      properties: {
        hour: { type: 'integer', minimum: 0, maximum: 23 },
        email: ADDRESSES,
        webhook: HTTP_URL,
        language: LANGUAGE,
        telegram: {
          type: 'object',
          additionalProperties: false,
          required: ['token', 'chatId'],
          properties: {
            apiBase: HTTP_URL, token: { type: 'string' },
            chatId: { type: ['string', 'integer'] },
          },
        },
      },
    },
  },
} as const;

// As the project file's: every problem at once, each with the schema it broke (verbose), so that
// it is told in the project file's words, at its line and column, with the key that was meant.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true });
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
const validate = ajv.compile(SCHEMA);

const KIND = 'delivery file';

/** The settings beside `projectDir`, or no delivery when there is no such file. */
export function loadDeliverySettings(projectDir: string, env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const path = join(projectDir, DELIVERY_FILE_NAME);
  if (!existsSync(path)) return NO_DELIVERY;
  return parseDeliverySettings(settingsFileText(readFileSync(path), path, KIND), path, env);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/**
 * The settings in `text`. A mistake is reported as the project file's are, at its line and column
 * with the key meant; "/alerts must NOT have additional properties" named neither the key
 * (`huor`) nor the line, and a YAML syntax error did not name the file.
 */
export function parseDeliverySettings(text: string, path: string, env: NodeJS.ProcessEnv): DeliverySettings {
  const parsed = parseYamlFile(text, path);
  if (parsed.syntax.length > 0) throw new ProjectError(path, parsed.syntax, KIND);
  const raw: Raw = documentData(parsed, path, KIND) ?? {};
  // Checked through a copy: the validator's type guard would narrow `raw` itself to unknown.
  const checked: unknown = raw;
  if (!validate(checked)) {
    throw new ProjectError(path, placed(schemaProblems(validate.errors ?? []), parsed.positions, path), KIND);
  }
  const unsendable = [...recipientsWithoutSmtp(raw), ...unreadableUrls(raw)];
  if (unsendable.length > 0) throw new ProjectError(path, placed(unsendable, parsed.positions, path), KIND);
  const secret = (value: string | undefined, what: string): string | null => {
    if (value === undefined) return null;
    if (!value.startsWith('env:')) return value;
    const name = value.slice(4);
    const found = env[name];
    if (!found) throw new Error(`${path}: ${what} says env:${name}, but ${name} is not set`);
    return found;
  };

  return {
    dashboardUrl: raw.dashboardUrl ?? null,
    smtp: raw.smtp ? {
      host: raw.smtp.host,
      port: raw.smtp.port ?? (raw.smtp.secure ? 465 : 587),
      secure: raw.smtp.secure ?? false,
      user: secret(raw.smtp.user, 'smtp.user'),
      password: secret(raw.smtp.password, 'smtp.password'),
      from: raw.smtp.from,
    } : null,
    digest: raw.digest ? {
      to: raw.digest.to,
      weekday: WEEKDAYS.indexOf(raw.digest.weekday ?? 'monday') + 1,
      hour: raw.digest.hour ?? 8,
      language: raw.digest.language ?? null,
    } : null,
    alerts: raw.alerts ? {
      hour: raw.alerts.hour ?? 7,
      email: raw.alerts.email ?? [],
      webhook: raw.alerts.webhook ?? null,
      language: raw.alerts.language ?? null,
      telegram: raw.alerts.telegram ? {
        apiBase: (raw.alerts.telegram.apiBase ?? 'https://api.telegram.org').replace(/\/+$/, ''),
        token: secret(raw.alerts.telegram.token, 'alerts.telegram.token')!,
        chatId: String(raw.alerts.telegram.chatId),
      } : null,
    } : null,
  };
}

/**
 * E-mail recipients in a file with no smtp section. Without this check the digest was archived
 * and the alerts reached the webhook, while the people listed never got a message and nothing
 * said why. An empty digest list stays allowed: the digest is then only archived.
 */
function recipientsWithoutSmtp(raw: Raw): KeyProblem[] {
  if (raw.smtp) return [];
  const problems: KeyProblem[] = [];
  const needsSmtp = 'e-mail needs an smtp section (host and from) to send through; add one';
  if (raw.digest?.to?.length > 0) {
    problems.push({ keyPath: ['digest', 'to'], at: 'value', message: `${needsSmtp}, or write to: [] to only archive the digest` });
  }
  if (raw.alerts?.email?.length > 0) {
    problems.push({ keyPath: ['alerts', 'email'], at: 'value', message: `${needsSmtp}, or remove email` });
  }
  return problems;
}

/**
 * Addresses of the right shape that are still no URL: a port past 65535, an unclosed IPv6
 * bracket (`http://[::1`). They passed the pattern and failed only when the first alert was sent
 * or linked, a day later.
 */
function unreadableUrls(raw: Raw): KeyProblem[] {
  const urls: [string[], unknown][] = [
    [['dashboardUrl'], raw.dashboardUrl],
    [['alerts', 'webhook'], raw.alerts?.webhook],
    [['alerts', 'telegram', 'apiBase'], raw.alerts?.telegram?.apiBase],
  ];
  return urls
    .filter(([, value]) => typeof value === 'string' && !URL.canParse(value))
    .map(([keyPath, value]) => ({
      keyPath, at: 'value' as const, message: `is not a URL that can be opened: "${String(value)}"; check its host and port`,
    }));
}
