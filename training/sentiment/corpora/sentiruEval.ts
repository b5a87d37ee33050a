import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { decodeXML } from 'entities';

import type { Mention } from '../../../src/analyze/analysis.js';

import { NEGATIVE, NEUTRAL, POSITIVE, type LabelIndex, type TargetExample } from '../examples.js';

/** A tweet with the sentiment toward each company it was labelled for. */
export interface CompanyTweet {
  readonly text: string;
  readonly labels: ReadonlyMap<string, LabelIndex>;
  /** Unix time of the tweet, in seconds. */
  readonly date: number;
}

/**
 * Where each company is named in a tweet: the stems tweets use, in Cyrillic and Latin. Matched
 * on normalised (lower-case) text.
 */
export const COMPANY_NAMES: Readonly<Record<string, RegExp>> = {
  sberbank: /сбер|sber/,
  vtb: /втб|vtb/,
  gazprom: /газпром|gazprom/,
  alfabank: /альфа|alfa/,
  bankmoskvy: /банк[а-я]* москв|bm\.ru/,
  raiffeisen: /райф|raif/,
  uralsib: /уралсиб|uralsib/,
  rshb: /россельхоз|рсхб|rshb/,
  beeline: /билайн|beeline/,
  komstar: /комстар|komstar/,
  megafon: /мегафон|megafon/,
  mts: /мтс|mts/,
  rostelecom: /ростелеком|rostelecom/,
  skylink: /скайлинк|skylink/,
};

/**
 * The first place `company` is named in a tweet, as the mention stage would report it; null when
 * the name is not found. Lower-casing keeps the length of these tweets, so offsets in
 * `normalised` fit `text`; a tweet whose normalised form is longer or shorter has no mention.
 */
export function companyMention(text: string, normalised: string, company: string): Mention | null {
  const found = normalised.length === text.length ? COMPANY_NAMES[company]!.exec(normalised) : null;
  if (!found) return null;
  return {
    subjectId: company,
    start: found.index,
    end: found.index + found[0].length,
    form: text.slice(found.index, found.index + found[0].length),
    how: 'alias',
  };
}

/** The companies as a project would list them: bodies, scored as organisations. */
export const COMPANY_SUBJECTS = Object.keys(COMPANY_NAMES).map((id) => ({
  id,
  kind: 'body' as const,
}));

const LABEL_BY_VALUE: Readonly<Record<string, LabelIndex>> = {
  '-1': NEGATIVE,
  '0': NEUTRAL,
  '1': POSITIVE,
};
const ROW = /<table name="[^"]+">([\s\S]*?)<\/table>/g;
const COLUMN = /<column name="([^"]+)">([^<]*)<\/column>/g;

/**
 * SentiRuEval-2015 tweets (phpMyAdmin XML). Its licence is not stated, so no text of it trains a
 * model: the train split only helps choose one mixing weight, the test split only measures.
 */
export function readSentiRuEval(
  dataDir: string,
  domain: 'banks' | 'telecoms',
  split: 'train' | 'test',
): CompanyTweet[] {
  const file = split === 'train' ? `${domain}-train.xml` : `${domain}-test-gold.xml`;
  const path = join(dataDir, 'sentiruEval-2015', file);
  const tweets: CompanyTweet[] = [];

  for (const row of readFileSync(path, 'utf8').matchAll(ROW)) {
    let text = '';
    let date = 0;
    const labels = new Map<string, LabelIndex>();
    for (const [, name, value] of row[1]!.matchAll(COLUMN)) {
      if (name === 'text') text = decodeXML(value!);
      if (name === 'date') date = Number(value);
      const label = LABEL_BY_VALUE[value!];
      if (name! in COMPANY_NAMES && label !== undefined) labels.set(name!, label);
    }
    if (labels.size > 0) tweets.push({ text, labels, date });
  }
  return tweets;
}

/**
 * One mention-level example per (tweet, company) pair whose company is named in the tweet; the
 * span is the first place the name occurs.
 */
export function companyMentions(tweets: readonly CompanyTweet[]): TargetExample[] {
  const examples: TargetExample[] = [];
  for (const tweet of tweets) {
    const lower = tweet.text.toLowerCase();
    // Lower-casing these tweets keeps their length, so offsets found in `lower` fit the text.
    if (lower.length !== tweet.text.length) continue;
    for (const [company, label] of tweet.labels) {
      const found = COMPANY_NAMES[company]!.exec(lower);
      if (!found) continue;
      const end = found.index + found[0].length;
      examples.push({
        sentence: tweet.text,
        start: found.index,
        end,
        label,
        corpus: 'sentirueval-2015',
        // Banks and telecom operators are what a project lists as bodies.
        entityKind: 'organization',
      });
    }
  }
  return examples;
}
