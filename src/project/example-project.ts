/**
 * The commented project file `tyndau init` writes: Almaty, with its mayor, the akimat and one
 * department as subjects. Every key is explained where it stands, so the file is its own manual.
 */
import { agenciesYaml } from './agencies-yaml.js';
import { ALMATY_AGENCIES } from './defaults/agencies.js';
import { ALMATY_STREETS } from './defaults/streets.js';
import { projectSchemaPath } from './project-schema.js';
import { generateSecret } from './project-secret.js';
import { namesAlmaty } from './consistency-problems.js';
import { gazetteerPlaceNamed, russianGenitiveOf } from './gazetteer.js';
import { streetsYaml } from './streets-yaml.js';

/**
 * The example project file, with a freshly generated secret unless one is given. For a city other
 * than Almaty (`tyndau init DIR --city Шымкент`) the file names that city and leaves out what
 * only Almaty has: its mayor and departments, districts, streets and responsibility map. Copied
 * from Almaty's example, they were refused one at a time (the districts, then eight district
 * akimats), and the mayor, the akimat and the utilities stayed Almaty's without a word.
 * `cityNames` are the city's other names posts write (Караганда, Karaganda, карагандинц*), read
 * as context beside "акимат" and "аким".
 */
export function exampleProjectYaml(
  secret: string = generateSecret(), city = 'Almaty', cityNames: readonly string[] = [],
): string {
  const place = namesAlmaty(city) ? ALMATY_PARTS : otherCityParts(city, cityNames);
  return `# yaml-language-server: $schema=${projectSchemaPath()}
#
# A tyndau monitoring project. tyndau counts what the press and residents write about how the
# city is run, sorted by issue, district and sentiment; it never keeps who wrote a post. The line
# above points editors that speak YAML at the file's JSON Schema, for completion and checks.
# Relative paths below are read from the folder holding this file.

# The project's name, shown in the digest and on the dashboard.
name: ${place.name}

# The name as a digest, an e-mail or the dashboard in Russian, Kazakh or English shows it; a
# language left out shows the name above.
${place.labels}

# The city the project follows. The digest and the dashboard are headed by the name above, so
# let it say the city: "Шымкент — городские службы".
city: ${place.city}

# IANA time zone. Times a source writes without an offset are read in it, and a day in the digest
# runs from its midnight to midnight. Asia/Almaty has been UTC+5 since 1 March 2024.
timezone: Asia/Almaty

# Language of the weekly digest: ru, kk or en.
language: ru

# The public officials and bodies whose mentions are counted, with the sentiment toward each.
# Their names stay in stored text; names of private persons are redacted.
#
#   id       a short name for exports and the dashboard: lower-case Latin letters, digits, hyphens
#   kind     official (a person holding an office) or body (an institution)
#   name     the name the digest shows; it is matched in posts too
#   aliases  other ways posts write the name, in Russian, Kazakh and Latin letters. Declension
#            (Досаеву), Kazakh case endings (Досаевтың) and transliteration (Dosayev) are found
#            without listing them, and so are one-letter typos in surnames. A body's or an
#            official's own account, written with its @ and in quotes ('@akimat_example'), stays
#            in the text (other handles are redacted) and counts as a mention.
#   context and ambiguousAliases
#            an ambiguous alias could name someone else (a bare "аким" is the akim of any city);
#            it counts only when one of the context words stands within a few words of it.
#            A context word ending in * matches every word it begins: алматин* → алматинский.
#
# Officials change. When someone new takes an office, add them as a new subject and keep the
# former holder, so that earlier posts still count toward the person they were about. Bodies are
# renamed and merged: keep former names as aliases. Check the names against the akimat's website.
${place.subjects}

# The city's districts, for the breakdown by place: "default" is Almaty's eight (Alatau, Almaly,
# Auezov, Bostandyk, Zhetysu, Medeu, Nauryzbai, Turksib) with their Russian, Kazakh and Latin
# spellings and their best-known microdistricts (Аксай, Самал-2, мкр Орбита), also when this key
# is left out. Another city lists its own, and a town without districts writes districts: [] so
# that no Almaty district is found in its posts. A district's names count beside the word for
# district ("Есіл ауданында", "в районе Есиль"), as the Russian adjective ("в Есильском") or in
# the locative after "в" ("в Есиле"); elsewhere a bare name names no district, and one the
# privacy gate takes for a person's is redacted ("на тротуарах Усолки" lost the name).
# neighbourhoods name their district alone in any case form and are kept ("в Чубарах", "дороги
# Чубаров"): list there the areas residents name without a word for district, also a town's
# areas under a district of their own. ambiguousNeighbourhoods, also ordinary words or given
# names, count only beside "мкр", "шағын ауданы" or with a part number ("мкр Коктал", "Коктал-1"):
#   districts:
#     - id: yesil
#       labels: {ru: Есильский район, kk: Есіл ауданы, en: Yesil District}
#       names: [Есильский, Есіл, Есиль, Esil, Yesil]
#       neighbourhoods: [Чубары]
${place.districts}

# Streets named after people or with words that are also given names (Абая, Шевченко, Достык).
# Residents locate a problem by the street, and the privacy gate would redact such a name as a
# person's: listed here, it is kept where the post names an address ("на Шевченко", "до
# Желтоксан", "Достык 45", "угол Абая и Гоголя", "ул. Масанчи") and still redacted where it
# names a person ("Шевченко Анна", "А. Масанчи", "сосед Шевченко", "жалоба на Шевченко"). Write
# a street named after a person in the genitive Russian posts use (Гоголя, Сейфуллина), then its
# Kazakh and Latin spellings; other Latin spellings of a Cyrillic name are found without listing.
${place.streets}

# The issues posts are sorted into. "default" is the built-in taxonomy of city issues (transport,
# roads, housing and utilities, outages, ecology, construction, parks, healthcare, education,
# social support, safety, corruption and governance, prices) and of the social slices they affect
# (youth, the elderly, families, students...). To add issues to it, or to change one by its id:
#   taxonomy:
#     extends: default
#     issues:
#       - id: stray-dogs
#         labels: {ru: Бездомные собаки, kk: Иесіз иттер, en: Stray dogs}
#         keywords: {ru: [бездомн* собак*, отлов], kk: [иесіз ит*], en: [stray dog*]}
# A keyword matches by stem, a word ending in * by prefix, several words as a phrase. Keywords
# may also be one list, [бездомн* собак*, иесіз ит*, stray dog*]: each word then goes to the
# languages its letters are written in. A plain list of issues instead of "default" replaces the
# built-in issues.
taxonomy: default

# The responsibility map: which public body answers for which issues, and where. A post that
# names a body (in any case form: "Алматы Су", "Білім басқармасына", "акимате Ауэзовского
# района") is attributed to it; a post that names none goes, for each of its issues, to the body
# the map gives: a district's own body before a city-wide one, a body whose keywords the post
# has before one without. The digest's "weak points" section ranks the bodies by what residents
# write about them. Only bodies belong here, never a person: officials are subjects above.
#
#   kind      akimat, department, district-akimat, utility or state-body
#   name, labels, aliases, context, ambiguousAliases
#             as for subjects; labels are the names the digest shows in ru, kk and en
#   issues    ids of the taxonomy issues the body answers for
#   districts ids of the districts it answers for; left out, the whole city
#   keywords  words that narrow its issues to its part (hot water is the heating network's),
#             per language as for issues, {ru: [...], kk: [...], en: [...]}, or as one list
#   outlets   outlet names of its own channels: their articles on an issue count as its answer
#
${place.agencies}

# Where posts come from. kind is files (saved exports: a file, a folder or a wildcard such as
# imports/*, read by \`tyndau import\` when it is given no file), feed (an RSS, Atom or JSON Feed
# URL), telegram, youtube or vk. interval is the time between \`tyndau collect --watch\` runs of
# the live kinds, as minutes or a duration such as 30m, 2h or 1d (default 60 minutes).
sources:
  - id: saved-exports
    kind: files
    location: imports/*
  # - id: city-news
  #   kind: feed
  #   location: https://example.org/news/rss.xml
  #   interval: 30m

# How live collection (\`tyndau collect\`) reaches the web and the platforms; every setting has a
# default. API keys are only ever named as env:NAME, never written here (docs/sources.md).
collect:
  # Least seconds between two requests to one host (default 1; a robots.txt may ask for more).
  hostIntervalSeconds: 1
  # Days within which a near-identical text counts as a copy of an earlier post (default 7).
  nearDuplicateDays: 7
  # Addresses on this machine or a private network (127.0.0.1, 10.x, 192.168.x) are refused
  # unless allowed: an intranet's feed, or a test server.
  # allowPrivateAddresses: true
  # The platforms' API keys, each named as env:NAME.
  # youtube: { apiKey: env:YOUTUBE_API_KEY, dailyQuota: 10000 }
  # vk: { accessToken: env:VK_ACCESS_TOKEN }

# The project's place. Posts naming only other places (Moscow, Syria: a built-in list)
# are set aside from the figures and counted apart; the city, its districts, neighbourhoods,
# listed streets and officials make a post the city's. Search them with scope:elsewhere.
scope:
  # More names of this project's place: suburbs, settlements, old names.
  home: []
  # Other places' names the built-in list lacks; ?Name counts only with a capital letter.
  elsewhere: []
  # false counts every post, as a national project needs (default true).
  setAside: true

# The privacy settings. Who wrote a post is never kept, whatever is set here.
privacy:
  # Key for the keyed hashes that replace platform ids: enough to tell posts apart, useless for
  # looking anyone up. Generated for this project by \`tyndau init\`. Keep it out of version
  # control, or move it to an environment variable and write env:TYNDAU_SECRET here. Changing it
  # makes every post look new on the next import.
  secret: "${secret}"
  # Days a social post's text is kept; analysis results and aggregates remain (default 90).
  retentionDays: 90
  # No breakdown is shown or exported for fewer posts than this (default 10, at least 2).
  minGroupSize: 10

# Where posts and their analyses are kept.
store:
  # The SQLite file posts and analyses are kept in, relative to this file.
  sqlite: tyndau.sqlite
  # For a server or several machines, keep them in PostgreSQL instead (docs/scaling.md):
  # postgres: postgres://tyndau@127.0.0.1:5432/tyndau

# Distributed mode: collectors publish to NATS JetStream and \`tyndau worker\` processes analyse
# and store posts in PostgreSQL. Empty means everything runs in one process. To use it, set
# store.postgres above and write instead: queue: { nats: nats://127.0.0.1:4222 }
queue: {}
`;
}

/** What the example file says about one city. */
interface CityParts {
  readonly name: string;
  /** The `labels:` line naming the project in ru, kk and en, or a comment showing how. */
  readonly labels: string;
  readonly city: string;
  readonly subjects: string;
  readonly districts: string;
  readonly streets: string;
  readonly agencies: string;
}

const ALMATY_PARTS: CityParts = {
  name: 'Almaty city services',
  labels: 'labels: { ru: Алматы — городские службы, kk: Алматы қаласының қызметтері, en: Almaty city services }',
  city: 'Almaty',
  subjects: `subjects:
  - id: mayor
    kind: official
    name: Ерболат Досаев
    aliases:
      - Досаев
      - Dosaev
      - Dosayev
      # The Kazakh genitive, as headlines write it; other endings are found on their own.
      - Досаевтың
      # Residents address him by name and patronymic, in Russian and in Kazakh.
      - Ерболат Аскарбекович
      - Ерболат Асқарбекұлы
  # The title without a name ("аким Алматы", "Алматы әкімі") names the office, whoever holds
  # it, so it counts toward the akimat below.

  - id: akimat
    kind: body
    name: Акимат города Алматы
    aliases:
      - акимат Алматы
      - акимат города Алматы
      - Алматы қаласының әкімдігі
      - Алматы әкімдігі
      - Almaty akimat
      - akimat of Almaty
    context: [Алматы, Almaty, Алма-Ата, алматин*]
    ambiguousAliases: [акимат, әкімдік, akimat, аким, әкім, akim, мэр, мэрия, mayor, city hall]

  - id: transport-department
    kind: body
    name: Управление пассажирского транспорта и автомобильных дорог города Алматы
    aliases:
      - управление пассажирского транспорта и автомобильных дорог
      - УПТиАД
      - Жолаушылар көлігі және автомобиль жолдары басқармасы
      - Almaty passenger transport and roads department`,
  districts: 'districts: default',
  streets: `# These are Almaty's main streets; "streets: default" follows the built-in list instead, and
# with the key left out no street is kept this way.
${streetsYaml(ALMATY_STREETS).trimEnd()}`,
  agencies: `# This is Almaty's map as of writing; check names against the akimat's website, keep former
# names as aliases, and write "agencies: default" to follow the built-in map instead.
${agenciesYaml(ALMATY_AGENCIES).trimEnd()}`,
};

/**
 * The name the digest is headed by, in the language the file sets (ru) when the city is written
 * in Cyrillic: "Шымкент city services" headed a Russian digest half in English.
 */
function projectName(city: string): string {
  return /\p{Script=Cyrillic}/u.test(city) ? `${city} — городские службы` : `${city} city services`;
}

/**
 * The project's name in each digest language, from the city's names the gazetteer knows: a
 * Kazakh digest of a project for Қарағанды was headed "Караганда — городские службы".
 */
function projectLabels(city: string): string {
  // Ambiguous names too ("?Семей"): here they name the city the user chose, and without them
  // Semey's Russian name would be its Soviet one.
  const known = (gazetteerPlaceNamed(city)?.names ?? []).map((name) => name.replace(/^\?/, ''));
  const names = [city, ...known].filter((name) => !name.endsWith('*'));
  const russian = names.find((name) => /\p{Script=Cyrillic}/u.test(name) && !KAZAKH_LETTER.test(name));
  const kazakh = [city, kazakhNameAfter(known, russian)].find((name) => name !== undefined && KAZAKH_LETTER.test(name))
    ?? russian;
  const english = names.find((name) => /^[A-Za-z][A-Za-z' -]*$/.test(name));
  const labels = [
    ...(russian ? [`ru: ${JSON.stringify(`${russian} — городские службы`)}`] : []),
    ...(kazakh ? [`kk: ${JSON.stringify(`${kazakh} қаласының қызметтері`)}`] : []),
    ...(english ? [`en: ${JSON.stringify(`${english} city services`)}`] : []),
  ];
  return labels.length > 0 ? `labels: { ${labels.join(', ')} }` : '# labels: { ru: …, kk: …, en: … }';
}

/**
 * The Kazakh name the gazetteer writes right after a place's Russian name ("Караганда,
 * Қарағанды"). Former names follow the current ones, so a Kazakh-lettered name further on is an
 * old one: a Kazakh digest for Астана was headed "Нұр-Сұлтан қаласының қызметтері".
 */
function kazakhNameAfter(names: readonly string[], russian: string | undefined): string | undefined {
  const index = russian === undefined ? -1 : names.indexOf(russian);
  return index < 0 ? undefined : names[index + 1];
}

/** A letter Kazakh Cyrillic has and Russian lacks. */
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/**
 * The parts for another city: its akimat and its akim to start from, and no district, street or
 * body of Almaty's. The akim is a subject apart: counted toward the akimat, "аким Караганды
 * провалил отопительный сезон" mixed the tone toward a person with the tone toward the body.
 */
function otherCityParts(city: string, cityNames: readonly string[]): CityParts {
  // Double quotes make any name a YAML string (a colon or a # in it would not be one bare).
  const quoted = (text: string) => JSON.stringify(text);
  const context = [...new Set([city, `${city}*`, ...cityNames])].map(quoted).join(', ');
  // Russian titles take the city in the genitive ("Акимат города Астаны"); a city the gazetteer
  // gives no genitive for keeps the name as written, and the comment asks for the form.
  const genitive = russianGenitiveOf(city);
  const ofCity = genitive ?? city;
  const genitiveNote = genitive === null && /\p{Script=Cyrillic}/u.test(city)
    ? `\n# Russian writes the city in the genitive here ("Акимат города Астаны"): put ${city} in it.`
    : '';
  return {
    name: quoted(projectName(city)),
    labels: projectLabels(city),
    city: quoted(city),
    subjects: `# Start with the akimat; add the akim as an official with his or her name, and the departments
# residents write about. Write the city as posts write it, in Cyrillic and Latin letters and in
# Kazakh (Шымкент, Shymkent, Шымкент қаласының әкімдігі).${genitiveNote}
subjects:
  - id: akimat
    kind: body
    name: ${quoted(`Акимат города ${ofCity}`)}
    aliases:
      - ${quoted(`акимат ${ofCity}`)}
      - ${quoted(`акимат города ${ofCity}`)}
    context: [${context}]
    ambiguousAliases: [акимат, әкімдік, akimat, мэрия, city hall]

  # The akim, by the title until you write his or her name here (keep the title as an alias, so
  # that earlier posts still count). "Аким" alone counts only with the city near it, never a
  # district's or the region's akim.
  - id: akim
    kind: official
    name: ${quoted(`Аким города ${ofCity}`)}
    aliases:
      - ${quoted(`аким ${ofCity}`)}
      - ${quoted(`аким города ${ofCity}`)}
      - ${quoted(`${city} әкімі`)}
    context: [${context}]
    ambiguousAliases: [аким, әкім, akim, мэр, mayor]`,
    districts: `districts: []`,
    streets: `# No street is listed yet: list those of ${city} named after people, as above.
# streets:
#   - [Тауке хана, Тәуке хан, Tauke khan]`,
    agencies: `# No body is listed yet: list those of ${city} with the issues they answer for, for example
#   - id: water-utility
#     kind: utility
#     name: Водоканал
#     issues: [outages]
agencies: []`,
  };
}
