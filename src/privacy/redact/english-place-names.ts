/**
 * Continents, countries, regions and the cities of Kazakhstan and its neighbours as English
 * writes them ("Asia", "Georgia", "Shymkent"), for posts in English or with an English name in
 * them. The listed places are in Russian and Kazakh; a Latin word was read by its key alone, so
 * "Asia" met the key of the given name "Асия" and "Asia Park" lost its name. A place here that
 * English also gives as a first name (Sofia, Jordan, Austin, Virginia) is left out: those count
 * as names beside a surname, as before.
 */
const ENGLISH_PLACE_NAMES = new Set(`
asia europe africa america australia antarctica oceania eurasia arctic afghanistan albania
algeria andorra angola argentina armenia austria azerbaijan bahrain bangladesh belarus belgium
bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus
czechia denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece
hungary iceland india indonesia iran iraq ireland israel italy japan kazakhstan kenya korea
kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg malaysia mexico moldova
monaco mongolia montenegro morocco nepal netherlands nigeria norway oman pakistan palestine
peru poland portugal qatar romania russia serbia singapore slovakia slovenia spain sudan sweden
switzerland syria taiwan tajikistan thailand tunisia turkey turkmenistan ukraine uzbekistan
vietnam yemen siberia caucasus altai ural volga caspian baikal almaty astana shymkent karaganda
aktobe taraz pavlodar semey atyrau kostanay kyzylorda uralsk petropavl aktau temirtau turkestan
taldykorgan ekibastuz zhezkazgan balkhash kokshetau baikonur konaev talgar kaskelen tashkent
bishkek dushanbe ashgabat moscow beijing dubai istanbul ankara tokyo seoul delhi baku tbilisi
yerevan minsk kyiv kiev
`.split(/\s+/).filter((name) => name !== ''));

const LATIN_WORD = /^[A-Za-z]+$/u;

/** Whether a word written in Latin letters is one of the listed places ("Asia", "GEORGIA"). */
export function isEnglishPlaceName(written: string): boolean {
  return LATIN_WORD.test(written) && ENGLISH_PLACE_NAMES.has(written.toLowerCase());
}
