/**
 * Words shaped like verbs, by their endings: what the adjective rule needs to tell "Лицевой счёт"
 * (an adjective before its noun) from "Толстой написал" (a surname before its verb). A rule that
 * also left a verb opening a sentence out of the name after it ("Звонила [NAME]") was withdrawn:
 * unlisted Turkic given names end alike (Ербол, Гульжамал, Давлет, Рашит) and were kept in clear.
 */

/**
 * Russian verb forms: the past in -л, -ла, -ло, -ли and their reflexive forms ("Звонил",
 * "Писала", "Обратилась"), the present third person in -ет, -ит, -ут, -ют, -ят with or without
 * -ся ("Приходит", "Говорят", "Пишется"), and the plural imperative ("Позвоните", "Передайте").
 * Three letters at least before the ending: "Смит" is a surname.
 */
const RUSSIAN_VERB = new RegExp(
  '^\\p{L}{3,}(?:[аеиоуыяэ]л(?:[аои]|ся|ась|ось|ись)?|[еиую]т(?:ся)?|ят(?:ся)?|[ий]те(?:сь)?)$',
  'u',
);
/**
 * Kazakh verb forms, the ending's first letter as the sound before it asks: the past third person
 * in -ды, -ді after a vowel or a voiced consonant and -ты, -ті after a voiceless one ("Келді",
 * "Жасады", "Хабарласты", "Айтты"), and the past participle in -ған, -ген and -қан, -кен
 * ("Келген", "Айтқан"). "Ақтоты" (a vowel before -ты) is a given name.
 */
const KAZAKH_VERB = new RegExp(
  '^\\p{L}{2,}(?:[аәеиоөуұүыіюяйлмнңрзжвбгғд](?:д[ыі]|[гғ][ае]н)|[кқпстфхцчшщ](?:т[ыі]|[кқ][ае]н))$',
  'u',
);
/** Letters only Kazakh has: a word holding one is no Russian verb ("Дәлел"). */
const KAZAKH_LETTER = /[әғқңөұүһі]/u;
/**
 * Names that end like a verb: Kazakh given names built on one (Құдайберген, Құдайберді, "God
 * gave"), and those built on Али, Ғали, Қали (Нұрали, Сейткали, Бекали), which end like the
 * Russian past plural ("Сказали"). Unlisted, they are names still; "Искали" is left to the
 * classifier.
 */
const NAME_BUILT_ON_A_VERB = new RegExp(
  '(?:берген|берді|берды|берди|[гкқғ]али|' +
    '^(?:нур|нұр|жан|бек|ер|тур|тұр|ораз|мухам+ед|кайыр|қайыр|ахмет|мұхамед)али)$',
  'u',
);

/** Whether the token is a verb form, of any language the redactor reads. */
export function isVerbShaped(word: string): boolean {
  if (NAME_BUILT_ON_A_VERB.test(word)) return false;
  return (!KAZAKH_LETTER.test(word) && RUSSIAN_VERB.test(word)) || KAZAKH_VERB.test(word);
}

/**
 * Russian verbs in the past plural that residents open a sentence with ("Сказали, что…",
 * "Обещали починить", "Искали всем двором"). Shaped like Kazakh given names built on Али
 * (Сейткали, Нұрали, Досали), they are read as names by the classifier when the post names a
 * person elsewhere; no one is called by these words, so a list can keep them.
 */
// LIMITATION: a verb in the past plural off this list ("Перекопали всю улицу, Айгерім …") is
// still taken for a name there; telling it from an unlisted -али name needs a Russian lexicon.
const COMMON_PAST_PLURALS = new Set(`
сказали рассказали показали заказали обещали пообещали искали писали написали читали
прочитали отдали продали выдали ждали подождали забрали убрали выбрали собрали узнали
стали начали перестали устали мешали понимали поняли сняли снимали сломали ломали приехали
уехали поехали переехали приезжали сделали делали поменяли меняли отправили звонили позвонили
говорили поговорили просили попросили починили отключили включили ответили спросили пришли
ушли нашли пошли вышли зашли прислали послали объявили сообщили предупредили разрешили
запретили закрыли открыли закрывали открывали ремонтировали отремонтировали копали
раскопали перекрыли положили поставили привезли увезли вывезли сидели стояли жили были хотели
видели слышали думали решили проверили пришлось
`.split(/\s+/).filter((word) => word !== ''));

/**
 * Present and future plurals that open residents' reports the same way ("Обещают уже год",
 * "Говорят авария на ТЭЦ", "Пишут что починят"); shaped like no given name, and listed for the
 * same reason.
 */
const COMMON_PRESENT_PLURALS = new Set(`
говорят обещают пишут звонят отвечают просят требуют ждут жалуются ставят копают чинят ремонтируют
отключают включают перекрывают закрывают открывают приезжают уезжают стоят сидят ходят ездят
молчат кормят обещаем просим ждём ждем требуем пишем звоним жалуемся сидим стоим ходим
`.split(/\s+/).filter((word) => word !== ''));

/** Whether `word` (lower case) is a common Russian verb in the past or present plural. */
export function isCommonPluralVerb(word: string): boolean {
  return COMMON_PAST_PLURALS.has(word) || COMMON_PRESENT_PLURALS.has(word);
}
