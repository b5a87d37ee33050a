/**
 * Words that carry grammar rather than a topic, in Russian, Kazakh (Cyrillic, typed on a Russian
 * keyboard, and the 2021 Latin alphabet) and English: conjunctions, particles, pronouns,
 * auxiliaries, question words and the commonest sentence adverbs. A list of the words a spike is
 * about leaves them out; contrasting with the days before is not enough when the spike's posts are
 * in another language than the baseline's (Kazakh reviews on a key usually written about in
 * Russian made "болады, жоқ, неге" its "top terms").
 * Kazakh words are kept with the Kazakh-only letters folded, so either spelling is found.
 */
import { foldKazakhLetters } from './russian-keyboard.js';

const RUSSIAN = `
и или а но же ведь вот лишь только уже ещё еще даже хоть хотя зато однако впрочем поэтому потому
поскольку так также тоже тогда потом затем сначала всё все весь вся всех всем всего это эти этот
эта эту этим этого этой того тот та те там тут здесь сейчас теперь если когда пока чтобы будто
как где куда откуда кто что чей какой какая какое какие каких сколько почему зачем который
которая которое которые которых которому которой никто ничто ничего никогда нигде иногда всегда
очень просто вообще опять снова тоже можно нужно надо нельзя есть нет был была было были будет
будут быть буду будем будете бы ли ни не для при под над без через после перед около кроме
между среди из-за из-под про его её ее их им ими ему ей ней нему них нам вам нас вас мне меня
мной тебе тебя себя себе свой своя своё свои своих свою наш наша наше наши нашего ваш ваша ваше
ваши они она оно мы вы ты он уже ещё сам сама сами самый тоже либо разве неужели вроде причём
причем кстати итак значит конечно наверное может могут мог могла
`;

const KAZAKH = `
мен бен пен және жане немесе бірақ алайда дегенмен сондай-ақ сондықтан себебі өйткені яғни
демек мысалы міне сонымен осылайша сонда мұнда онда содан кейін алдымен бар жоқ деп деген дейді
деді ол олар бұл осы сол сондай осындай біз сіз сен менің сенің біздің сіздің оның олардың оны
оған одан онымен бізге сізге маған саған барлық бәрі әр кейбір көптеген ешкім ештеңе ешқашан
кім не неге қалай қандай қанша қашан қайда қайдан емес керек туралы бойынша арқылы үшін
дейін бері қарай сияқты секілді ғой еді екен болып болды болады болса болған болмайды бола
өте тым ең тағы әлі енді тек ғана қазір әрине рас шынында мүмкін
`;

const KAZAKH_LATIN = `
jäne jane biraq bıraq nemese sebebi öitkenı oitkeni yağni yagni osy osyndai sondai olar bızdıñ
bizdin sızdıñ sizdin onyñ onyn ony oğan ogan barlyq barlyk bärı bari emes kerek turaly boiynşa
boiynsha arqyly arkyly üşın ushin ushın deiın deiin keiın kein qalai kalai qandai kandai qanşa
qansha qaşan qashan qaida kaida nege eken bolyp boldy bolady bolsa bolğan bolgan tağy tagy älı
endı endi ğana gana qazır qazir kazir
`;

const ENGLISH = `
the and but for nor yet with without from into onto about above below over under after before
this that these those there here where when what which who whom whose why how all any some each
every both either neither not are was were been being have has had having does did doing will
would shall should can could may might must its our ours your yours their theirs his her hers
him them they she you than then too very just also only even still again ever never always
`;

const WORDS: ReadonlySet<string> = new Set(
  [RUSSIAN, KAZAKH, KAZAKH_LATIN, ENGLISH].flatMap((list) => list.split(/\s+/)).filter((word) => word !== '')
    .map(foldKazakhLetters),
);

/** Whether `word` (lower case) is a grammatical word of Russian, Kazakh or English. */
export function isGrammaticalWord(word: string): boolean {
  return WORDS.has(foldKazakhLetters(word));
}
