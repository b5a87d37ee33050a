/**
 * A subject told in Russian as the doer of a public-works deed: "Аким Алматы отремонтировал
 * дорогу", "Акимат убрал мусор во дворе", "аким Шымкента открыл новую школу". The targeted model,
 * which learnt from news where such verbs are as often said of a criminal case or a meeting
 * ("открыл заседание", "возбудил дело"), and the clause's tone read these plain reports as neutral
 * or negative toward the doer; the deed is a credit to it, as "наконец отремонтировал" is in
 * finally-done.ts. Read on the mention's clause, normalised (lower case, ё as е), the mention
 * included.
 *
 * The verb must follow the mention within three words ("Аким Шымкента Иван Петров открыл") and
 * be singular and past (the plural "отремонтировали" tells what others did), and not be denied
 * ("не отремонтировал", "так и не починил"). "Открыл", "установил", "убрал", "заменил",
 * "восстановил" and "расширил" count only with what a city opens, puts up, clears, replaces,
 * restores or widens (a school, traffic lights, rubbish, pipes, a road), not a meeting, a
 * substance, a deputy or access to a website. Neither RuSentNE train's 6,637 mentions nor
 * SentiRuEval-2015 train's 10,733 pairs tell one.
 */
// Verbs of a public work done, in the masculine past: repair, fix, build, landscape, light,
// asphalt, plant, renew, lay, paint, restore (a building), green; each may
// take the feminine "-а" ("администрация отремонтировала").
const DEED_VERBS_RU = [
  'отремонтировал', 'починил', 'построил', 'благоустроил',
  'осветил', 'заасфальтировал', 'высадил', 'посадил', 'обновил',
  'проложил', 'покрасил', 'отреставрировал', 'озеленил',
];
// Verbs said as often of other things ("полиция установила вещество", "убрал заместителя",
// "заменил министра", "восстановил доступ к сайту", "расширил емкость сети") count only with what a city puts up, clears or replaces.
const THINGS_RU = '(?:\\p{L}+ ){0,2}(?:светофор|фонар|скамейк|лавочк|камер|остановк|урн|огражд|освещени' +
  '|детск|площадк|трубы|труб|лифт|окна|кровл|крыш|асфальт|бордюр|мусор|снег|свалк|двор|улиц|территори' +
  '|автобус|покрыти|водопровод|дорог|мост|тротуар|парк|сквер|подачу)\\p{L}*';
const DEED_PHRASES_RU = `(?:установила?|убрала?|заменила?|восстановила?|расширила?) ${THINGS_RU}` +
  '|решила? проблем\\p{L}*' +
  '|провела? (?:газ|воду|свет|освещение|дорогу|водопровод|канализацию|интернет)' +
  '|открыла? (?:\\p{L}+ ){0,2}(?:школ|детск|сад|парк|сквер|дорог|мост|больниц|поликлиник|стадион' +
  '|площадк|спорткомплекс|бассейн|библиотек|развязк|улиц|остановк|фонтан)\\p{L}*';
// Up to three words between the mention and the verb; the verb not denied.
const DEED = new RegExp(
  '^[^\\p{L}\\d]*(?:[\\p{L}\\d-]+[^\\p{L}\\d]+){0,3}?(?<!(?:^|[^\\p{L}])не )' +
    `(?:(?:${DEED_VERBS_RU.join('|')})а?|${DEED_PHRASES_RU})(?![\\p{L}])`,
  'u',
);

/**
 * Whether the mention's `clause` tells, right after the mention (`mentionEnd` is where it ends),
 * of a public work its subject did.
 */
export function tellsRussianDeed(clause: string, mentionEnd: number): boolean {
  return DEED.test(clause.slice(mentionEnd));
}
