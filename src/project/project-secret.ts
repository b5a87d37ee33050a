/**
 * The project secret keys the hashes of platform ids. It may be written in the file or, so that
 * the file can be shared or committed, read from an environment variable with `env:NAME`.
 */
import { randomBytes } from 'node:crypto';

/** Shorter keys could be guessed, and with them every hashed id matched back to its post. */
export const MIN_SECRET_LENGTH = 16;

const ENV_REFERENCE = /^env:(.*)$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type SecretResult = { readonly secret: string } | { readonly problem: string };

/** The secret `written` stands for: itself, or the value of the variable `env:NAME` names. */
export function resolveSecret(written: string, env: NodeJS.ProcessEnv): SecretResult {
  const reference = ENV_REFERENCE.exec(written.trim());
  if (!reference) return checkLength(written, 'the secret');

  const name = (reference[1] ?? '').trim();
  if (!ENV_NAME.test(name)) {
    return {
      problem: `"${written}" does not name an environment variable; write env:NAME, e.g. env:TYNDAU_SECRET`,
    };
  }
  const value = env[name];
  if (value === undefined || value === '') {
    return {
      problem:
        `the environment variable ${name} is not set; set it before running tyndau ` +
        `(e.g. export ${name}="$(openssl rand -base64 32)") and keep the same value for the project's life, ` +
        'or write the secret itself here',
    };
  }
  return checkLength(value, `the value of ${name}`);
}

function checkLength(secret: string, what: string): SecretResult {
  if (secret.length >= MIN_SECRET_LENGTH) return { secret };
  return {
    problem:
      `${what} has ${secret.length} characters; use at least ${MIN_SECRET_LENGTH} random ones ` +
      '(e.g. the output of `openssl rand -base64 32`)',
  };
}

/** A fresh random secret for a new project: 32 bytes, URL-safe base64 (43 characters). */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}
