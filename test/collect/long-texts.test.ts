import { describe, expect, it } from 'vitest';

import { streamJsonl } from '../../src/collect/files/stream-jsonl.js';
import {
  cutText, MAX_OUTLET_CHARACTERS, MAX_TEXT_CHARACTERS, MAX_TITLE_CHARACTERS,
} from '../../src/collect/long-texts.js';
import type { ImportBatch } from '../../src/collect/raw-post.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { fixture, IMPORT_TIME, importFixture } from './fixture.js';

const FIXTURE = 'jsonl-record-over-length-limit.jsonl';

describe('over-long texts', () => {
  it('are cut at a space within the limit, with a note naming the record; the other records are untouched', async () => {
    const batch = await importFixture(FIXTURE);
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['short-1', 'dump-2', 'title-3', 'short-4']);
    const [short, dump, titled] = batch.posts;
    expect(short!.text).toBe('Автобус 92 опять не пришёл утром.');
    expect(dump!.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARACTERS);
    expect(dump!.text.length).toBeGreaterThan(MAX_TEXT_CHARACTERS * 0.9);
    expect(dump!.text.startsWith('жители района жалуются')).toBe(true);
    expect(dump!.text.endsWith(' ')).toBe(false);
    expect(titled!.title!.length).toBeLessThanOrEqual(MAX_TITLE_CHARACTERS);
    expect(titled!.text).toBe('Коротко о ремонте дороги на Абая.');

    const notes = (batch.notes ?? []).map((note) => [note.location.line, note.note]);
    expect(notes).toEqual([
      [2, expect.stringMatching(/^text of 120,0\d\d characters cut to the first 100,000$/)],
      [3, 'title of 4,999 characters cut to the first 2,000'],
    ]);
    expect(batch.skipped).toEqual([]);
  });

  it('are cut the same way when a large file is streamed', async () => {
    const batches: ImportBatch[] = [];
    for await (const batch of streamJsonl(fixture(FIXTURE), { file: FIXTURE, timezone: 'Asia/Almaty', now: IMPORT_TIME }, 2)) {
      batches.push(batch);
    }
    const whole = await importFixture(FIXTURE);
    expect(batches.flatMap((batch) => batch.posts.map((post) => post.text))).toEqual(whole.posts.map((post) => post.text));
    expect(batches.flatMap((batch) => (batch.notes ?? []).map((note) => note.location.line))).toEqual([2, 3]);
  });

  it('are cut by the privacy gate too, for posts that arrive another way (a queue message)', () => {
    const gate = new PrivacyGate({ secret: 'long-texts-test', subjects: [] });
    const text = 'слово '.repeat(40_000);
    const post = gate.admit({ kind: 'social', platform: 'telegram', nativeId: 'q1', text, location: { file: 'queue' } }, IMPORT_TIME);
    expect(post.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARACTERS);
    expect(post.text.length).toBeGreaterThan(MAX_TEXT_CHARACTERS * 0.9);
  });
});

// A media-monitoring export whose outlet column held the article's text: the name of 4,619
// characters became an outlet of its own in the digest, and a cell of the XLSX export longer
// than the 32,767 characters Excel holds when it ran past that.
describe('an over-long outlet name', () => {
  it('is cut to its limit, with a note naming the record', async () => {
    const batch = await importFixture('jsonl-outlet-column-holding-article-text.jsonl');
    const [named, long] = batch.posts;

    expect(named!.outlet).toBe('Tengrinews.kz');
    expect(long!.outlet!.length).toBeLessThanOrEqual(MAX_OUTLET_CHARACTERS);
    expect(long!.outlet!.startsWith('Жители Ауэзовского района жалуются')).toBe(true);
    expect((batch.notes ?? []).map((note) => [note.location.line, note.note])).toEqual([
      [2, 'outlet name of 4,619 characters cut to the first 300'],
    ]);
  });
});

describe('cutText', () => {
  it('leaves text within the limit alone', () => {
    expect(cutText('короткий текст', 14)).toBe('короткий текст');
  });

  it('cuts at the last space in the final tenth of the limit', () => {
    expect(cutText('aaaaaaaaa bbbbbbbbbb', 15)).toBe('aaaaaaaaa bbbbb');
    expect(cutText('aaaaaaaaaaaaaa bbbbbb', 20)).toBe('aaaaaaaaaaaaaa bbbbb');
    expect(cutText('aaaaaaaaaaaaaaaaaa bbbbbb', 20)).toBe('aaaaaaaaaaaaaaaaaa');
  });

  it('never splits a surrogate pair (an emoji) at the cut', () => {
    const text = `${'a'.repeat(9)}😀😀`;
    const cut = cutText(text, 10);
    expect(cut).toBe('a'.repeat(9));
    expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
  });
});
