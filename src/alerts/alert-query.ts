import type { AlertTarget } from './alert.js';

/**
 * The query that lists the posts of an alert's key on its day. An alert shows three excerpts;
 * the duty officer's next step is to read the rest, from the dashboard's alert card or from the
 * link the e-mailed, posted or Telegram alert carries.
 */
export function alertQuery(target: AlertTarget, day: string, setsAside = false): string {
  const date = `date:${day}..${day}${setsAside ? ` ${COUNTED_SCOPES}` : ''}`;
  if (target.kind === 'subject') return `subject:${target.subjectId} ${date}`;
  // '*' is the store's WHOLE_CITY, written out: importing the store here would make the
  // dashboard's source type-check the whole store, and its stemmers, for one constant.
  if (target.districtId === '*') return `issue:${target.issueId} ${date}`;
  return `issue:${target.issueId} district:${target.districtId} ${date}`;
}

/**
 * What a link adds when the project sets posts about other places aside (`scope.setAside`): the
 * figures it leads from left them out, so the search it opens must too, or an issue counted 30
 * listed 33 posts.
 */
export const COUNTED_SCOPES = 'NOT scope:elsewhere';
