import {
  createWriteStream, fstatSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, type Dirent, type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { removedOnExit } from '../ingest/removed-on-exit.js';

/** How a command line names standard input among the files to read. */
export const STANDARD_INPUT = '-';

export interface InputFiles {
  readonly files: string[];
  /** What was passed over in the folders named: one line a folder, for the user. */
  readonly folderNotes: string[];
  /** Removes what reading standard input left behind; call when the files are read. */
  readonly release: () => void;
}

/**
 * The files to read, with `-` standing for standard input (`zcat export.jsonl.gz | tyndau import
 * -p tyndau.yaml -`). A pipe, a redirected file or a terminal is read in place through
 * /dev/stdin; a socket, which is what a program that starts tyndau often passes and which
 * /dev/stdin cannot open, is first copied to a temporary file. Standard input can be read once.
 */
export async function inputFiles(given: readonly string[]): Promise<InputFiles> {
  const uses = given.filter((file) => file === STANDARD_INPUT).length;
  if (uses > 1) throw new Error('- (standard input) is named more than once; it can be read only once');
  const folderNotes: string[] = [];
  const named = given.flatMap((file) => (isFolder(file) ? folderFiles(file, folderNotes) : [file]));
  if (uses === 0) return { files: named, folderNotes, release: () => undefined };

  let path = '/dev/stdin';
  let release = (): void => undefined;
  if (fstatSync(0).isSocket()) {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-stdin-'));
    const forget = removedOnExit(folder);
    release = () => {
      forget();
      rmSync(folder, { recursive: true, force: true });
    };
    path = join(folder, 'stdin');
    try {
      await pipeline(process.stdin, createWriteStream(path));
    } catch (error) {
      release();
      throw error;
    }
  }
  return { files: named.map((file) => (file === STANDARD_INPUT ? path : file)), folderNotes, release };
}

/**
 * What an export's folder holds besides its posts: Telegram Desktop's HTML export keeps styles,
 * scripts, photos, stickers and voice messages beside messages.html; a scraper's output folder
 * keeps its images. Each would fail as "not a known format" and bury the files that matter.
 */
const NOT_POSTS = new Set([
  '.css', '.js', '.map', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico', '.bmp', '.tif',
  '.tiff', '.heic', '.mp4', '.mov', '.webm', '.mkv', '.avi', '.mp3', '.ogg', '.oga', '.opus', '.m4a',
  '.wav', '.tgs', '.woff', '.woff2', '.ttf', '.otf', '.pdf', '.doc', '.docx', '.zip', '.gz', '.7z',
]);

function isFolder(path: string): boolean {
  try {
    return path !== STANDARD_INPUT && statSync(path).isDirectory();
  } catch {
    return false; // The import reports a path it cannot read.
  }
}

/**
 * The files of a folder named on the command line and of its subfolders, in natural order
 * (messages.html, messages2.html, …, messages10.html), without hidden files and the media and
 * assets an export keeps beside its posts; a note says how many were passed over.
 */
function folderFiles(folder: string, notes: string[]): string[] {
  const found: FolderContents = { files: [], passedOver: 0, brokenLinks: 0, linkLoops: 0 };
  walkFolder(folder, new Set([realpathSync(folder)]), found);
  const files = found.files.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

  const media = found.passedOver === 0 ? '' : found.passedOver === 1
    ? '; 1 media, style or script file passed over'
    : `; ${found.passedOver} media, style and script files passed over`;
  const links = found.brokenLinks === 0 ? '' : found.brokenLinks === 1
    ? '; 1 link to a file that does not exist passed over'
    : `; ${found.brokenLinks} links to files that do not exist passed over`;
  const loops = found.linkLoops === 0 ? '' : found.linkLoops === 1
    ? '; 1 link that points at itself through other links passed over'
    : `; ${found.linkLoops} links that point at themselves through other links passed over`;
  const read = files.length === 1 ? '1 file read' : `${files.length} files read`;
  notes.push(`${folder}: a folder, ${read}${media}${links}${loops}`);
  return files;
}

interface FolderContents {
  readonly files: string[];
  passedOver: number;
  brokenLinks: number;
  /** Links that lead back to themselves (`a -> b`, `b -> a`): told apart from links to nothing. */
  linkLoops: number;
}

/**
 * Adds a folder's files to `found`, following links: exports are often linked into the folder
 * rather than copied (`ln -s ~/Downloads/ChatExport_2024-12-05 imports/`), and a linked file or
 * folder was passed over without a word. A folder met again through a link (one pointing at a
 * folder above it) is read once; a link to nothing is counted.
 */
function walkFolder(folder: string, seen: Set<string>, found: FolderContents): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? linkedKind(path) : entryKind(entry);
    if (kind === 'folder') {
      const real = realpathSync(path);
      if (seen.has(real)) continue;
      seen.add(real);
      walkFolder(path, seen, found);
    } else if (kind === 'file') {
      if (NOT_POSTS.has(extname(entry.name).toLowerCase())) found.passedOver += 1;
      else found.files.push(path);
    } else if (kind === 'nothing') {
      found.brokenLinks += 1;
    } else if (kind === 'loop') {
      found.linkLoops += 1;
    }
  }
}

type EntryKind = 'file' | 'folder' | 'nothing' | 'loop' | 'other';

function entryKind(entry: Dirent): EntryKind {
  if (entry.isDirectory()) return 'folder';
  return entry.isFile() ? 'file' : 'other';
}

/** What a link points to: a link to a device or a socket is none of a folder's exports. */
function linkedKind(path: string): EntryKind {
  let target: Stats;
  try {
    target = statSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'nothing';
  }
  if (target.isDirectory()) return 'folder';
  return target.isFile() ? 'file' : 'other';
}
