import { isBrandWord } from './brand-words.js';

/**
 * Russian and Kazakh words that are never part of a person's name, though they open sentences
 * with a capital letter: conjunctions, particles, pronouns and sentence adverbs ("Причём",
 * "Всё-таки", "Словом", "Мысалы", "Сондай-ақ"; "Сам Мандела", "Имя Бекхэма" before a name; "Она
 * ушла" after a handle, where the verb lowers the threshold; but not "Сами", an Arabic given
 * name), and titles that stand before a name ("Пилот Кими Райкконен", "Министр Иванов", "Сэр
 * Алекс Фергюсон"; not "адвокат": "Дик Адвокат"), and the akim in any case form: "Аким" is also
 * a given name, but a resident's "Аким, ты где?" calls the mayor. The name classifier learns the
 * frequent ones from its training texts; the rare ones, seen once or never, are taken for foreign
 * names or dragged into the name beside them. Private persons' roles ("Жительница", "Тұрғын")
 * are not here: the name rules read them.
 * "Люди", "Людей" (people) fold onto the forms of the given name Люда: "Почему 32-й ходит раз
 * в час?? Люди на работу опаздывают" lost the word.
 * Left out: words that are also given names or parts of names ("Роман", "Вера", "Бақыт", "Ли",
 * "Да" of "Да Винчи", "Бен", "Сол").
 */
// The Kazakh ones in Latin letters too, 2021 and phone spellings: "Keshe Kairat aǵa keldi"; not
// "jane" (and), which is also "Jane".
const FUNCTION_WORDS = new Set(`
и или а но же ведь вот вон лишь только уже ещё еще даже хоть хотя зато однако впрочем
причём причем притом кстати итак словом короче значит следовательно поэтому потому поскольку
так также тоже тогда потом затем далее затем сначала наконец всё-таки все-таки всё-же
всё все весь вся каждый каждая многие некоторые другие иные это эти этот эта эту этим этого
того тот та те там тут здесь сейчас теперь сегодня вчера завтра ныне кроме помимо между среди
вместе вместо около возле после перед ради если когда пока чтобы будто словно якобы видимо
пожалуй конечно разумеется безусловно наверное возможно действительно например также
впоследствии напротив наоборот неужели разве зачем почему как где куда откуда кто что чей
который которая которые какой какая какие сколько никто ничто никогда нигде иногда всегда
часто редко обычно особенно именно точнее вернее иначе либо нибудь кое-что кое-кто мол дескать
хозяева новым новой новому
сам сама само самого самой самому саму самим самими самих имя он она они мы вы ты
президент премьер премьер-министр министр вице-министр мэр губернатор депутат сенатор спикер
судья прокурор посол генерал полковник майор капитан адмирал маршал лейтенант сержант тренер
пилот гонщик игрок вратарь форвард защитник нападающий чемпион футболист хоккеист боксёр
теннисист певица певец актёр актер актриса режиссёр режиссер писатель писательница поэт
поэтесса художник композитор дирижёр продюсер журналист корреспондент эксперт аналитик
профессор академик директор гендиректор глава лидер основатель менеджер сэр
аким акима акиму акимом акиме акимы акимов акимам акимами акимах акими акимге акимнин
король королева принц принцесса кардинал епископ митрополит патриарх астронавт космонавт
әкім әкімі әкімге әкімнің әкімді әкімнен әкіммен әкімдер министрі депутаты жаттықтырушы ақын жазушы әнші суретші режиссер журналист сарапшы
және немесе бірақ алайда дегенмен сондай-ақ сондықтан себебі өйткені яғни демек
мысалы міне сөйтіп негізінен әрине рас шынында қазір бүгін ертең кеше биыл былтыр енді тағы
әлі әйтпесе сонымен осылайша осыған сонда мұнда онда содан кейін алдымен соңында
бұл осы ол олар біз сіз сен мен менің біздің сіздің оның олардың барлық бәрі әр кейбір
көптеген ешкім ешқашан кім не қайда қашан неге қалай қандай қанша
люди людей людям людьми людях
jáne zhane biraq alaıda alaida degenmen sondyqtan sebebi óıtkeni oitkeni iaǵni demek mysaly
qazir kazir búgin bugin erteń erten keshe biyl byltyr endi taǵy tagy sonymen osylaısha
sodan keıin keiin aldymen sońynda bul osy olar meniń bizdiń sizdiń onyń barlyq bári eshkim
`.split(/\s+/).filter((word) => word !== ''));

/**
 * Adjectives that open the names of courts, parliaments, games, festivals, theatres and titles
 * and are written with a capital there: "Верховной Рады", "Каннского фестиваля", "Олимпийских
 * игр", "Большого театра", "Папа Римский". Their forms end like surnames ("Каннской" as
 * "Вишневской") and patronymics ("Верховной" as "Ивановной"). Not "Нобелевской": NEREL marks
 * it as a person, after whom the prize is named.
 */
const NAME_OPENING_ADJECTIVE_STEMS = [
  'верховн', 'олимпийск', 'паралимпийск', 'каннск', 'венецианск', 'римск', 'больш',
  'государственн', 'всемирн', 'международн', 'конституционн', 'арбитражн', 'федеральн',
];
const ADJECTIVE_ENDINGS = [
  'ый', 'ий', 'ой', 'ого', 'ому', 'ым', 'им', 'ом', 'ая', 'ую', 'ое', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими',
];
const NAME_OPENING_ADJECTIVES = new Set(
  NAME_OPENING_ADJECTIVE_STEMS.flatMap((stem) => ADJECTIVE_ENDINGS.map((ending) => stem + ending)));

/** `word` lower case. */
export function isNotANameWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || NAME_OPENING_ADJECTIVES.has(word) || isBrandWord(word);
}
