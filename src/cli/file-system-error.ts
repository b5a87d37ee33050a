/** Reasons for the file errors a user can fix, in words instead of errno names. */
const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or folder; check the path or create the folder first'],
  ['EISDIR', 'it is a folder; name a file'],
  ['EEXIST', 'a file of that name is in the way; name a folder'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EROFS', 'the file system is read-only'],
  ['ENOSPC', 'the disk is full'],
]);

const ACTIONS: ReadonlyMap<string, string> = new Map([
  ['mkdir', 'create the folder'],
  ['open', 'open'],
  ['write', 'write'],
  ['rename', 'replace'],
]);

/**
 * A Node file error (`EISDIR: illegal operation on a directory, open '/tmp/x'`) in words that
 * say what to do, or undefined for any other error. `--out` pointing at a folder, a file or a
 * missing folder is the usual cause.
 */
export function describeFileSystemError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : REASONS.get(code);
  if (reason === undefined || typeof path !== 'string') return undefined;
  const action = (syscall === undefined ? undefined : ACTIONS.get(syscall)) ?? 'use';
  return `cannot ${action} ${path}: ${reason}`;
}
