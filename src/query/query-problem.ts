/**
 * What is wrong with a query, as a code and its parameters, and the sentence that says it in
 * English, Russian or Kazakh. The parser and compilers name the problem; whoever shows it (the
 * terminal in English, the dashboard in its page's language) picks the words.
 */

export type QueryLanguage = 'en' | 'ru' | 'kk';

export const QUERY_LANGUAGES: readonly QueryLanguage[] = ['en', 'ru', 'kk'];

type Texts = Readonly<Record<QueryLanguage, string>>;

const DATE_FORMS = 'date:2025-10-06, date:2025-10-06..2025-10-31, date:2025-10-06.. / date:..2025-10-31';

/** Each problem's sentence per language; `{name}` stands for a parameter. */
export const QUERY_PROBLEM_TEXTS = {
  queryTooLong: {
    en: 'the query is longer than {max} characters; split it or use saved queries',
    ru: 'запрос длиннее {max} символов; разделите его или используйте сохранённые запросы',
    kk: 'сұрау {max} таңбадан ұзын; оны бөліңіз немесе сақталған сұрауларды қолданыңыз',
  },
  controlCharacter: {
    en: '{code} is a control character, no part of a query; remove it (a tab or a line break may separate words)',
    ru: '{code} — управляющий символ, он не может быть частью запроса; удалите его (слова можно разделять табуляцией или переводом строки)',
    kk: '{code} — басқару таңбасы, ол сұраудың бөлігі бола алмайды; оны өшіріңіз (сөздерді табуляциямен не жол ауысуымен бөлуге болады)',
  },
  emptyQuery: {
    en: 'the query is empty; give a word to look for',
    ru: 'запрос пуст; введите слово для поиска',
    kk: 'сұрау бос; іздейтін сөзді жазыңыз',
  },
  unopenedParenthesis: {
    en: 'this ) has no ( before it',
    ru: 'перед этой ) нет (',
    kk: 'бұл ) белгісінің алдында ( жоқ',
  },
  unclosedParenthesis: {
    en: 'this ( is never closed; add )',
    ru: 'эта ( не закрыта; добавьте )',
    kk: 'бұл ( жабылмаған; ) қойыңыз',
  },
  onlyExcludes: {
    en: 'this only excludes; NOT must follow something to find, e.g. автобус NOT трамвай',
    ru: 'здесь только исключение; NOT должно идти после того, что нужно найти, например автобус NOT трамвай',
    kk: 'бұл тек шығарып тастайды; NOT табылатын нәрседен кейін тұруы керек, мысалы автобус NOT трамвай',
  },
  andOrMixed: {
    en: 'AND and OR meet at one level; add parentheses to say which comes first, e.g. (a AND b) OR c, or a AND (b OR c)',
    ru: 'AND и OR стоят на одном уровне; скобками укажите, что идёт первым, например (a AND b) OR c или a AND (b OR c)',
    kk: 'AND мен OR бір деңгейде тұр; қайсысы бірінші екенін жақшамен көрсетіңіз, мысалы (a AND b) OR c немесе a AND (b OR c)',
  },
  sideBySideOrMixed: {
    en: 'words side by side (AND) and OR meet at one level; add parentheses to say which comes first, ' +
      'e.g. (a AND b) OR c, or a AND (b OR c)',
    ru: 'слова подряд (AND) и OR стоят на одном уровне; скобками укажите, что идёт первым, ' +
      'например (a AND b) OR c или a AND (b OR c)',
    kk: 'қатар тұрған сөздер (AND) мен OR бір деңгейде тұр; қайсысы бірінші екенін жақшамен көрсетіңіз, ' +
      'мысалы (a AND b) OR c немесе a AND (b OR c)',
  },
  nearChainMixed: {
    en: 'a chain of NEAR operators uses one operator and one distance; add parentheses',
    ru: 'в цепочке NEAR один оператор и одно расстояние; добавьте скобки',
    kk: 'NEAR тізбегінде бір оператор және бір қашықтық болады; жақша қойыңыз',
  },
  nearTooFar: {
    en: 'the largest NEAR distance is {max} words',
    ru: 'наибольшее расстояние NEAR: {max} слов',
    kk: 'NEAR үшін ең үлкен қашықтық: {max} сөз',
  },
  nearOperand: {
    en: 'NEAR joins words, "phrases" or (a OR b) of them; move field filters, AND and NOT outside it',
    ru: 'NEAR соединяет слова, "фразы" или (a OR b) из них; вынесите фильтры полей, AND и NOT за его пределы',
    kk: 'NEAR сөздерді, "тіркестерді" не олардан (a OR b) байланыстырады; өріс сүзгілерін, AND пен NOT-ты одан тыс шығарыңыз',
  },
  nearNeedsDistance: {
    en: '{operator} needs a distance in words after a slash, such as {operator}/5',
    ru: 'после {operator} через косую черту нужно расстояние в словах, например {operator}/5',
    kk: '{operator} кейін қиғаш сызықпен сөзбен өлшенген қашықтық керек, мысалы {operator}/5',
  },
  expectedBeforeClose: {
    en: 'expected a word, a "phrase", a field filter or ( before this )',
    ru: 'перед этой ) ожидалось слово, "фраза", фильтр поля или (',
    kk: 'бұл ) белгісінің алдында сөз, "тіркес", өріс сүзгісі не ( күтілген еді',
  },
  queryEndsEarly: {
    en: 'the query ends where a word, a "phrase", a field filter or ( should follow',
    ru: 'запрос обрывается там, где должно идти слово, "фраза", фильтр поля или (',
    kk: 'сұрау сөз, "тіркес", өріс сүзгісі не ( келуі тиіс жерде бітеді',
  },
  unexpectedOperator: {
    en: 'expected a word, a "phrase", a field filter or ( here, not {operator}; ' +
      'write operators in lower case to search for them as words',
    ru: 'здесь ожидалось слово, "фраза", фильтр поля или (, а не {operator}; ' +
      'чтобы искать оператор как слово, напишите его строчными буквами',
    kk: 'мұнда {operator} емес, сөз, "тіркес", өріс сүзгісі не ( күтілген еді; ' +
      'операторды сөз ретінде іздеу үшін оны кіші әріппен жазыңыз',
  },
  tooDeep: {
    en: 'parentheses nest deeper than {max} levels; simplify the query',
    ru: 'скобки вложены глубже {max} уровней; упростите запрос',
    kk: 'жақшалар {max} деңгейден терең салынған; сұрауды қысқартыңыз',
  },
  tooManyWords: {
    en: 'the query has more than {max} words; split it or use saved queries',
    ru: 'в запросе больше {max} слов; разделите его или используйте сохранённые запросы',
    kk: 'сұрауда {max} сөзден көп; оны бөліңіз немесе сақталған сұрауларды қолданыңыз',
  },
  emptyPhrase: {
    en: 'this phrase is empty; put words between the quotes',
    ru: 'фраза пуста; напишите слова между кавычками',
    kk: 'бұл тіркес бос; тырнақшалардың арасына сөз жазыңыз',
  },
  savedQueryLoop: {
    en: 'the saved query of {name} refers back to itself: {path}',
    ru: 'сохранённый запрос {name} ссылается сам на себя: {path}',
    kk: '{name} сақталған сұрауы өзіне қайта сілтейді: {path}',
  },
  tooManySavedExpansions: {
    en: 'saved queries are expanded more than {max} times here, each use counted, also inside another saved query; use them fewer times',
    ru: 'сохранённые запросы раскрываются здесь больше {max} раз (считается каждое использование, и внутри другого сохранённого запроса); используйте их реже',
    kk: 'мұнда сақталған сұраулар {max} реттен көп ашылады (әр қолданылуы, басқа сақталған сұрау ішінде де, саналады); оларды азырақ қолданыңыз',
  },
  savedQueryProblem: {
    en: 'the saved query of {name} has a problem: {inner}',
    ru: 'в сохранённом запросе {name} ошибка: {inner}',
    kk: '{name} сақталған сұрауында қате бар: {inner}',
  },
  notOfNot: {
    en: 'NOT of a NOT; write the inner part without both',
    ru: 'NOT от NOT; напишите внутреннюю часть без обоих',
    kk: 'NOT ішінде NOT; ішкі бөлігін екеуінсіз жазыңыз',
  },
  excludingAlternative: {
    en: 'an OR alternative that only excludes would match nearly every post; put the NOT after the OR group: (a OR b) NOT c',
    ru: 'вариант OR, который только исключает, подошёл бы почти к каждой публикации; поставьте NOT после группы OR: (a OR b) NOT c',
    kk: 'тек шығарып тастайтын OR нұсқасы кез келген жарияланымға дерлік сай келер еді; NOT-ты OR тобынан кейін қойыңыз: (a OR b) NOT c',
  },
  unclosedComment: {
    en: 'this <<< comment is never closed; end it with >>>',
    ru: 'комментарий <<< не закрыт; закончите его знаком >>>',
    kk: 'бұл <<< түсініктеме жабылмаған; оны >>> белгісімен аяқтаңыз',
  },
  unclosedQuote: {
    en: 'this quote is never closed; end the phrase with "',
    ru: 'кавычка не закрыта; закончите фразу знаком "',
    kk: 'бұл тырнақша жабылмаған; тіркесті " белгісімен аяқтаңыз',
  },
  dashExcludes: {
    en: '"{text}" would search for {word}, not leave it out; write NOT {word} to exclude it',
    ru: '"{text}" искало бы {word}, а не исключало; чтобы исключить, напишите NOT {word}',
    kk: '"{text}" {word} сөзін шығармай, іздейді; шығарып тастау үшін NOT {word} деп жазыңыз',
  },
  proximityTilde: {
    en: '{text} is how other tools write words near each other; here write {near}',
    ru: '{text} — так другие системы пишут близость слов; здесь напишите {near}',
    kk: '{text} — басқа жүйелер сөздердің жақындығын осылай жазады; мұнда {near} деп жазыңыз',
  },
  tildeNotOperator: {
    en: '~ is no operator here: "{text}" would search for {words}; a word already finds its forms, ' +
      'and {word}* every ending',
    ru: '~ здесь не оператор: "{text}" искало бы {words}; слово и так находит свои формы, ' +
      'а {word}* — любые окончания',
    kk: '~ мұнда оператор емес: "{text}" {words} іздер еді; сөз өз тұлғаларын онсыз да табады, ' +
      'ал {word}* — кез келген жалғауын',
  },
  equalsWithoutWord: {
    en: '= needs a word right after it, as in =Алматы',
    ru: 'сразу после = нужно слово, например =Алматы',
    kk: '= белгісінен кейін бірден сөз керек, мысалы =Алматы',
  },
  equalsTwice: {
    en: 'write = once, right before the word',
    ru: 'пишите = один раз, прямо перед словом',
    kk: '= белгісін бір рет, сөздің дәл алдына жазыңыз',
  },
  noLetters: {
    en: '"{written}" has no letters or digits to search for',
    ru: 'в "{written}" нет букв или цифр для поиска',
    kk: '"{written}" ішінде іздейтін әріп не цифр жоқ',
  },
  exactWildcard: {
    en: 'a wildcard already matches forms as written; drop the = or the wildcard',
    ru: 'шаблон и так ищет формы как написано; уберите = или шаблон',
    kk: 'үлгі сөз пішіндерін жазылғандай іздейді; = белгісін не үлгіні алып тастаңыз',
  },
  wildcardCharacters: {
    en: 'a wildcard word has only letters, digits and hyphens besides * and ?; split it into words',
    ru: 'в слове с шаблоном, кроме * и ?, бывают только буквы, цифры и дефисы; разбейте его на слова',
    kk: 'үлгісі бар сөзде * пен ? белгісінен басқа тек әріп, цифр және дефис болады; оны сөздерге бөліңіз',
  },
  starInside: {
    en: '* goes only at the end of a word (автоб*); use ? for one letter inside',
    ru: '* ставится только в конце слова (автоб*); для одной буквы внутри есть ?',
    kk: '* тек сөздің соңында тұрады (автоб*); ішіндегі бір әріп үшін ? қолданыңыз',
  },
  wildcardTooShort: {
    en: 'a wildcard needs at least {min} letters before it, as in авто*; "{text}" would match too many words',
    ru: 'перед шаблоном нужно не меньше {min} букв, например авто*; "{text}" подошло бы к слишком многим словам',
    kk: 'үлгінің алдында кемінде {min} әріп керек, мысалы авто*; "{text}" тым көп сөзге сай келер еді',
  },
  wildcardTooMany: {
    en: '{pattern} fits more than {max} word forms in this store; give more letters before the wildcard',
    ru: 'к {pattern} подходит больше {max} словоформ в этом хранилище; напишите больше букв перед шаблоном',
    kk: '{pattern} бұл қоймадағы {max} сөз пішінінен көбіне сай келеді; үлгінің алдына көбірек әріп жазыңыз',
  },
  tooManyCombinations: {
    en: 'this becomes more than {max} combinations of word forms; use fewer wildcards or words inside one phrase or NEAR',
    ru: 'это даёт больше {max} сочетаний словоформ; возьмите меньше шаблонов или слов в одной фразе или NEAR',
    kk: 'бұдан {max} сөз пішіні тіркесімінен көп шығады; бір тіркес не NEAR ішінде үлгі мен сөзді азайтыңыз',
  },
  personField: {
    en: 'there is no {field}: filter; tyndau follows issues, never persons',
    ru: 'фильтра {field}: нет; tyndau следит за проблемами, а не за людьми',
    kk: '{field}: сүзгісі жоқ; tyndau адамдарды емес, мәселелерді бақылайды',
  },
  unknownFieldSuggested: {
    en: 'unknown field {field}:; did you mean {suggestion}:? fields are {fields}; ' +
      'to search for the text itself, put it in quotes',
    ru: 'неизвестное поле {field}:; может быть, {suggestion}:? поля: {fields}; ' +
      'чтобы искать сам текст, возьмите его в кавычки',
    kk: 'белгісіз өріс {field}:; {suggestion}: деп жазбақ па едіңіз? өрістер: {fields}; ' +
      'мәтіннің өзін іздеу үшін оны тырнақшаға алыңыз',
  },
  unknownField: {
    en: 'unknown field {field}:; fields are {fields}; to search for the text itself, put it in quotes',
    ru: 'неизвестное поле {field}:; поля: {fields}; чтобы искать сам текст, возьмите его в кавычки',
    kk: 'белгісіз өріс {field}:; өрістер: {fields}; мәтіннің өзін іздеу үшін оны тырнақшаға алыңыз',
  },
  emptyFieldValue: {
    en: '{field}: needs a value right after the colon, with no space',
    ru: 'у {field}: значение пишется сразу после двоеточия, без пробела',
    kk: '{field}: мәні қос нүктеден кейін бос орынсыз жазылады',
  },
  valueNotAllowed: {
    en: '{field}: takes {allowed}; not "{value}"',
    ru: '{field}: принимает {allowed}; не "{value}"',
    kk: '{field}: мәндері: {allowed}; "{value}" емес',
  },
  valueNotAllowedSuggested: {
    en: '{field}: takes {allowed}; not "{value}"; did you mean {field}:{suggestion}?',
    ru: '{field}: принимает {allowed}; не "{value}"; может быть, {field}:{suggestion}?',
    kk: '{field}: мәндері: {allowed}; "{value}" емес; {field}:{suggestion} деп жазбақ па едіңіз?',
  },
  unknownIdSuggested: {
    en: 'the project has no {field} "{value}"; did you mean {field}:{suggestion}? {field} ids are {ids}',
    ru: 'в проекте нет {field} "{value}"; может быть, {field}:{suggestion}? id для {field}: {ids}',
    kk: 'жобада "{value}" деген {field} жоқ; {field}:{suggestion} деп жазбақ па едіңіз? {field} id-лері: {ids}',
  },
  unknownId: {
    en: 'the project has no {field} "{value}"; {field} ids are {ids}',
    ru: 'в проекте нет {field} "{value}"; id для {field}: {ids}',
    kk: 'жобада "{value}" деген {field} жоқ; {field} id-лері: {ids}',
  },
  dateReversed: {
    en: 'date: {from} is after {to}; give the earlier day first',
    ru: 'date: {from} позже {to}; сначала укажите более ранний день',
    kk: 'date: {from} күні {to} күнінен кейін; алдымен ертерегін жазыңыз',
  },
  sentimentPerOutlet: {
    en: 'outlet: and sentiment: do not go together: tyndau gives news outlets their volume only, never their sentiment',
    ru: 'outlet: и sentiment: вместе не используются: по изданиям tyndau даёт только объём публикаций, не их тональность',
    kk: 'outlet: пен sentiment: бірге қолданылмайды: tyndau басылымдар бойынша тек жарияланым көлемін береді, тональділігін емес',
  },
  dateUsage: {
    en: 'date: takes a day or a range of local days: date:2025-10-06, date:2025-10-06..2025-10-31, ' +
      'date:2025-10-06.. or date:..2025-10-31; not "{value}"',
    ru: `date: принимает день или диапазон местных дней: ${DATE_FORMS}; не "{value}"`,
    kk: `date: бір күнді не жергілікті күндер аралығын алады: ${DATE_FORMS}; "{value}" емес`,
  },
} as const satisfies Record<string, Texts>;

export type QueryProblemCode = keyof typeof QUERY_PROBLEM_TEXTS;

export type QueryProblemParameters = Readonly<Record<string, string | number>>;

/** A problem and where in its query; `inner` is the problem inside a saved query. */
export interface QueryProblem {
  readonly code: QueryProblemCode;
  readonly parameters: QueryProblemParameters;
  readonly inner?: PlacedQueryProblem;
}

export interface PlacedQueryProblem {
  readonly column: number;
  readonly problem: QueryProblem;
}

const COLUMN: Texts = { en: 'column {column}: ', ru: 'позиция {column}: ', kk: '{column}-позиция: ' };
const LEAD: Texts = { en: 'query: ', ru: 'запрос: ', kk: 'сұрау: ' };

export function queryProblem(code: QueryProblemCode, parameters: QueryProblemParameters = {}): QueryProblem {
  return { code, parameters };
}

/** The problem's sentence in `language`, without the column. */
export function describeProblem(problem: QueryProblem, language: QueryLanguage = 'en'): string {
  const inner = problem.inner ? describePlaced(problem.inner, language) : '';
  return fill(QUERY_PROBLEM_TEXTS[problem.code][language], { ...problem.parameters, inner });
}

/** "column 12: …" in `language`. */
export function describePlaced(placed: PlacedQueryProblem, language: QueryLanguage = 'en'): string {
  return fill(COLUMN[language], { column: placed.column }) + describeProblem(placed.problem, language);
}

/** "query: column 12: …" in `language`, the first line of an error. */
export function queryProblemLine(placed: PlacedQueryProblem, language: QueryLanguage = 'en'): string {
  return LEAD[language] + describePlaced(placed, language);
}

function fill(text: string, parameters: QueryProblemParameters): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(parameters[name] ?? whole));
}
