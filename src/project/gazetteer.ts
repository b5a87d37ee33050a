/**
 * The built-in gazetteer: places that Russian, Kazakh and English posts from Kazakhstan name,
 * so that a post about Sochi or Syria can be told from a post about the project's own city.
 * Kazakhstan's regions and large towns, Russia's and the neighbours' large cities, the countries
 * of the world and the capitals and famous cities that news names. Written from common knowledge.
 *
 * One line a place: `id country: name, name, …`. Names are written once in their base form, in
 * Russian, Kazakh (Cyrillic and the Latin alphabet of 2021) and English; case forms, Kazakh
 * endings and Latin transliterations are matched without listing them. A name of several words
 * ("Алматинская область", "Северная Корея") matches as a phrase, each word in any case form.
 *
 * A name marked `?` is also a common word or a given name ("Орёл" an eagle, "Семей" of families,
 * "Орал" shouted, "Грозный" fearsome): it counts only written with a capital letter, and not as
 * the first word of a sentence. Names that are mostly something else ("Того", "Чад", "Перу",
 * "София", "Владимир", "Мира", "Победа") are left out; a project can add them under `scope:`.
 *
 * A name ending in `*` is a beginning of words: "алматин*" is алматинцы, алматинский, алматинке;
 * before a word for money or a language it names no place ("американских долларов"). A country's
 * adjective that is also the everyday word for its goods or language ends in `~` and counts only
 * before a word for the state or its people: "китайские власти" names a place, "китайские
 * автобусы" in a post about the city does not. A name marked `^` counts only with a capital letter,
 * which may open a sentence ("Белый дом"). A state's seat names its country ("Кремль", "Госдума").
 *
 * A region's name "… область" or "… облысы" is also matched as "… обл" ("Алматы обл.").
 *
 * A Kazakhstan town's Russian name is followed by its genitive in brackets, as the title of its
 * akimat and akim takes it ("Астана (Астаны)": "Акимат города Астаны"). Names Russian does not
 * decline write it unchanged ("Алматы (Алматы)", "Актобе (Актобе)"), so that no ending is
 * guessed for them; a name without brackets has no known genitive.
 */

import { normaliseForMatching } from '../text/normalise.js';

/** One place: an id, the country it is in (its own id for a country), and its names. */
export interface GazetteerPlace {
  readonly id: string;
  readonly country: string;
  readonly names: readonly string[];
  /** The Russian genitive of a name, where the data gives it: Астана → Астаны. */
  readonly genitives: Readonly<Record<string, string>>;
}

const KAZAKHSTAN = `
kz kz: Казахстан, Қазақстан, Qazaqstan, Kazakhstan, РК, Республика Казахстан, Ақорда, Акорда, Akorda, Мажилис, Мәжіліс
almaty kz: Алматы (Алматы), Алма-Ата (Алма-Аты), Алмата, Almaty, Alma-Ata, алматин*, алматылық*, almatylyq*, Южная столица, оңтүстік астана
astana kz: Астана (Астаны), Нур-Султан (Нур-Султана), Нұр-Сұлтан, Целиноград (Целинограда), Акмолинск (Акмолинска), Акмола (Акмолы), Ақмола, Astana, Nur-Sultan, Aqmola, Akmola, астанч*, астаналық*, astanalyq*
shymkent kz: Шымкент (Шымкента), Чимкент (Чимкента), Şymkent, Shymkent, шымкентц*, шымкенттік*
karaganda kz: Караганда (Караганды), Қарағанды, Qaraǵandy, Karaganda, Karagandy, карагандинц*
aktobe kz: Актобе (Актобе), Ақтөбе, Aqtóbe, Aktobe, Актюбинск (Актюбинска)
taraz kz: ?Тараз (Тараза), Taraz, Жамбыл қаласы
pavlodar kz: Павлодар (Павлодара), Pavlodar
oskemen kz: Усть-Каменогорск (Усть-Каменогорска), Өскемен, Óskemen, Oskemen, Ust-Kamenogorsk
semey kz: ?Семей (Семея), Семипалатинск (Семипалатинска), ?Semeı, Semey
atyrau kz: Атырау (Атырау), Atyraý, Atyrau
kostanay kz: Костанай (Костаная), Қостанай, Qostanaı, Kostanay, Kostanai
kyzylorda kz: Кызылорда (Кызылорды), Қызылорда, Qyzylorda, Kyzylorda
oral kz: Уральск (Уральска), ?Орал, ?Oral, Uralsk
petropavl kz: Петропавловск (Петропавловска), Петропавл (Петропавла), Petropavl, Petropavlovsk
aktau kz: Актау (Актау), ?Ақтау, Aqtaý, Aktau
temirtau kz: Темиртау (Темиртау), Теміртау, Temirtaý, Temirtau
turkistan kz: Туркестан (Туркестана), Түркістан, Túrkistan, Turkistan, Turkestan
kokshetau kz: Кокшетау (Кокшетау), Көкшетау, Kókshetaý, Kokshetau
taldykorgan kz: Талдыкорган (Талдыкоргана), Талдықорған, Taldyqorǵan, Taldykorgan
ekibastuz kz: Экибастуз (Экибастуза), Екібастұз, Ekibastuz
rudny kz: ?Рудный (Рудного), Rudny
zhezkazgan kz: Жезказган (Жезказгана), Жезқазған, Jezqazǵan, Zhezkazgan
konaev kz: ?Конаев (Конаева), ?Қонаев, Qonaev, Konaev, Капчагай (Капчагая), Қапшағай, Kapchagay, Kapshagay
balkhash kz: Балхаш (Балхаша), Балқаш, Balqash, Balkhash
satpayev kz: Сатпаев қаласы, Satbaev qalasy
zhanaozen kz: Жанаозен (Жанаозена), Жаңаөзен, Jańaózen, Zhanaozen
kentau kz: Кентау (Кентау), Kentau
ridder kz: Риддер (Риддера), Ridder
stepnogorsk kz: Степногорск (Степногорска), Stepnogorsk
baikonur kz: Байконур (Байконура), Байқоңыр, Baikonur, Baikonyr
shchuchinsk kz: Щучинск (Щучинска), Shchuchinsk
burabay kz: ?Боровое (Борового), Бурабай (Бурабая), Burabaı, Burabay
talgar kz: Талгар (Талгара), Талғар, Talǵar, Talgar
kaskelen kz: Каскелен (Каскелена), Қаскелең, Qaskeleń, Kaskelen
esik kz: ?Есик (Есика), ?Есік, Esik, Issyk
zharkent kz: Жаркент (Жаркента), Jarkent, Zharkent
saryagash kz: Сарыагаш (Сарыагаша), Сарыағаш, Saryaǵash, Saryagash
shakhtinsk kz: Шахтинск (Шахтинска), Shakhtinsk, Shahtinsk, шахтинц*
saran kz: Сарань (Сарани), ?Saran
priozersk kz: Приозёрск (Приозёрска), Приозерск (Приозерска), Priozersk
karkaraly kz: Каркаралинск (Каркаралинска), Қарқаралы, Qarqaraly, Karkaraly, Karkaralinsk
karazhal kz: Каражал (Каражала), Қаражал, Qarajal, Karazhal
arkalyk kz: ?Аркалык (Аркалыка), ?Арқалық, Arqalyq, Arkalyk
lisakovsk kz: Лисаковск (Лисаковска), Lisakovsk
zhitikara kz: Житикара (Житикары), Жітіқара, Jitiqara, Zhitikara
khromtau kz: Хромтау (Хромтау), Khromtau
kandyagash kz: Кандыагаш (Кандыагаша), Қандыағаш, Qandyaǵash, Kandyagash
kulsary kz: Кульсары (Кульсары), Құлсары, Qulsary, Kulsary
atbasar kz: Атбасар (Атбасара), Atbasar
makinsk kz: Макинск (Макинска), Makinsk
ayagoz kz: Аягоз (Аягоза), Аягөз, Aıagóz, Ayagoz
shemonaikha kz: Шемонаиха (Шемонаихи), Shemonaikha
ushtobe kz: Уштобе (Уштобе), Үштөбе, Ushtobe
tekeli kz: Текели (Текели), Tekeli
lenger kz: Ленгер (Ленгера), Lenger
shardara kz: Шардара (Шардары), Shardara
zhetysai kz: Жетысай (Жетысая), Жетісай, Jetisaı, Zhetysai
aral kz: Аральск (Аральска), Aralsk
zhanatas kz: Жанатас (Жанатаса), Zhanatas
abai-region kz: Абайская область, Абай облысы, Abai oblysy, Abai region
akmola-region kz: Акмолинская область, Ақмола облысы, Aqmola oblysy, Akmola region
aktobe-region kz: Актюбинская область, Ақтөбе облысы, Aqtóbe oblysy, Aktobe region
almaty-region kz: Алматинская область, Алматы облысы, Almaty oblysy, Almaty region, Алмобласть
atyrau-region kz: Атырауская область, Атырау облысы, Atyraý oblysy, Atyrau region
east-kz-region kz: Восточно-Казахстанская область, ВКО, Шығыс Қазақстан облысы, ШҚО, East Kazakhstan
zhambyl-region kz: Жамбылская область, Жамбыл облысы, Jambyl oblysy, Zhambyl region
zhetysu-region kz: Жетысуская область, Жетісу облысы, Jetisý oblysy, Zhetysu region
west-kz-region kz: Западно-Казахстанская область, ЗКО, Батыс Қазақстан облысы, БҚО, West Kazakhstan
karaganda-region kz: Карагандинская область, Қарағанды облысы, Qaraǵandy oblysy, Karaganda region
kostanay-region kz: Костанайская область, Қостанай облысы, Qostanaı oblysy, Kostanay region
kyzylorda-region kz: Кызылординская область, Қызылорда облысы, Qyzylorda oblysy, Kyzylorda region
mangystau-region kz: Мангистауская область, Мангыстау, Маңғыстау, Mańǵystaý, Mangystau
pavlodar-region kz: Павлодарская область, Павлодар облысы, Pavlodar oblysy, Pavlodar region
north-kz-region kz: Северо-Казахстанская область, СКО, Солтүстік Қазақстан облысы, СҚО, North Kazakhstan
turkistan-region kz: Туркестанская область, Түркістан облысы, Túrkistan oblysy, Turkistan region
ulytau-region kz: Улытауская область, Ұлытау облысы, Ulytaý oblysy, Ulytau region
`;

/**
 * District centres and larger villages, by region. Names that are also common words or given
 * names ("Алга" forward, "Темир" iron) count only with a capital letter; those that are also
 * streets or neighbourhoods of Almaty ("Аксай", "Айтеке би") are left out.
 */
const KAZAKHSTAN_TOWNS = `
almaty-region-towns kz: Узынагаш, Ұзынағаш, Шамалган, Шамалған, Иргели, Іргелі, Шелек, Чилик, Шілік, Кеген, Нарынкол, Нарынқол, Чунджа, Шонжы, Баканас, Бақанас, Байсерке, Отеген батыр, Өтеген батыр, Жетыген, Жетіген, Бесагаш, Бесағаш, Туздыбастау, Тұздыбастау, Кольсай, Көлсай, Сарыозек, Сарыөзек
zhetysu-towns kz: Текелі, Сарканд, Сарқан, Ушарал, Үшарал, Жансугуров, Жансүгіров, Лепсы, Коктал, Көктал
zhambyl-towns kz: Кордай, Қордай, Каратау, Қаратау, Мерке, Мойынкум, Мойынқұм
akmola-towns kz: Косшы, Қосшы, Аршалы, Ерейментау, Степняк, Державинск, Шортанды, Астраханка, ?Акколь, ?Ақкөл, Зеренда
aktobe-towns kz: ?Шалкар, ?Шалқар, Эмба, Ембі, ?Алга, ?Алға, Мартук, Мәртөк, ?Темир
atyrau-mangystau-towns kz: Макат, Мақат, Доссор, Бейнеу, Форт-Шевченко, Жетыбай, Жетібай, Курык, Құрық, Шетпе
pavlodar-towns kz: ?Аксу, ?Ақсу, Шарбакты, Шарбақты, Майкаин, Майқайың, Баянаул, Баянауыл
east-towns kz: Зайсан, Зыряновск, Курчатов, Серебрянск, Урджар, Үржар, Маканчи, Мақаншы, Катон-Карагай, Катонқарағай
north-towns kz: Булаево, Тайынша, Мамлютка, Новоишимский
kostanay-towns kz: Аулиеколь, Әулиекөл
karaganda-towns kz: Осакаровка, Осакаров ауданы, ?Топар
kyzylorda-towns kz: Казалинск, Қазалы, Жалагаш, Жалағаш, Шиели, Шиелі, Жанакорган, Жаңақорған, Теренозек, Тереңөзек
turkistan-towns kz: Мактаарал, Мақтаарал, Аксукент, Ақсукент, Шаульдер, Шәуілдір
west-towns kz: Чингирлау, Шыңғырлау, Жымпиты, Казталовка, Жанибек, Жәнібек`;

const RUSSIA = `
ru ru: Россия, Ресей, Reseı, Russia, РФ, Российская Федерация, Russian Federation, российск*, ресейлік*
moscow ru: Москва, Мәскеу, Máskeý, Moscow, Moskva, москвич*, Подмосковье, Кремль, Kremlin, московск*
russian-state ru: Госдума, Государственная дума, ?Дума, Совет Федерации, Совфед
saint-petersburg ru: Санкт-Петербург, Петербург, Питер, СПб, Ленинград, Saint Petersburg, St. Petersburg, петербуржц*, петербургск*
novosibirsk ru: Новосибирск, Novosibirsk
yekaterinburg ru: Екатеринбург, Свердловск, Yekaterinburg, Ekaterinburg
kazan ru: ?Казань, Қазан қаласы, Kazan
nizhny-novgorod ru: Нижний Новгород, Nizhny Novgorod
chelyabinsk ru: Челябинск, Chelyabinsk
samara ru: Самара, Samara
omsk ru: Омск, Omsk
rostov ru: Ростов-на-Дону, Ростов, Rostov
ufa ru: Уфа, Ufa
krasnoyarsk ru: Красноярск, Krasnoyarsk
voronezh ru: Воронеж, Voronezh
perm ru: Пермь, Perm
volgograd ru: Волгоград, Сталинград, Volgograd
krasnodar ru: Краснодар, Krasnodar, Кубань
saratov ru: Саратов, Saratov
tyumen ru: Тюмень, Tyumen
tolyatti ru: Тольятти, Tolyatti
izhevsk ru: Ижевск, Izhevsk
barnaul ru: Барнаул, Barnaul
ulyanovsk ru: Ульяновск, Ulyanovsk
irkutsk ru: Иркутск, Irkutsk
khabarovsk ru: Хабаровск, Khabarovsk
yaroslavl ru: Ярославль, Yaroslavl
vladivostok ru: Владивосток, Vladivostok
makhachkala ru: Махачкала, Makhachkala
tomsk ru: Томск, Tomsk
orenburg ru: Оренбург, Orenburg
kemerovo ru: Кемерово, Kemerovo, Кузбасс
novokuznetsk ru: Новокузнецк, Novokuznetsk
ryazan ru: Рязань, Ryazan
astrakhan ru: Астрахань, Astrakhan
penza ru: Пенза, Penza
lipetsk ru: Липецк, Lipetsk
kirov ru: ?Киров, Вятка
cheboksary ru: Чебоксары, Cheboksary
kaliningrad ru: Калининград, Kaliningrad
tula ru: ?Тула, Tula
kursk ru: Курск, Kursk
sevastopol ru: Севастополь, Sevastopol
sochi ru: Сочи, Sochi, Адлер, Красная Поляна
stavropol ru: Ставрополь, Stavropol
ulan-ude ru: Улан-Удэ, Ulan-Ude
tver ru: Тверь, Tver
magnitogorsk ru: Магнитогорск, Magnitogorsk
ivanovo ru: ?Иваново
bryansk ru: Брянск, Bryansk
belgorod ru: Белгород, Belgorod
surgut ru: Сургут, Surgut
arkhangelsk ru: Архангельск, Arkhangelsk
chita ru: Чита, Chita
smolensk ru: Смоленск, Smolensk
kaluga ru: Калуга, Kaluga
grozny ru: ?Грозный, Grozny, Чечня, Чечня республикасы, Chechnya
murmansk ru: Мурманск, Murmansk
yakutsk ru: Якутск, Якутия, Yakutsk, Yakutia
vologda ru: Вологда, Vologda
kurgan ru: ?Курган
tambov ru: Тамбов, Tambov, тамбовск*
kostroma ru: Кострома, Kostroma
novgorod ru: Великий Новгород, Новгород
pskov ru: Псков, Pskov
petrozavodsk ru: Петрозаводск, Petrozavodsk
nalchik ru: Нальчик, Nalchik
vladikavkaz ru: Владикавказ, Vladikavkaz
norilsk ru: Норильск, Norilsk
crimea ru: Крым, Қырым, Crimea, Симферополь, Ялта, Керчь, Simferopol, Yalta
dagestan ru: Дагестан, Dagestan
tatarstan ru: Татарстан, Tatarstan
bashkortostan ru: Башкирия, Башкортостан, Bashkortostan
siberia ru: Сибирь, Сібір, Siberia, сибиряк*
chukotka ru: Чукотка, Камчатка, Сахалин, Kamchatka, Sakhalin
`;

/** Russia's regions: "… область" in every case form, krais, republics and lands. */
const RUSSIA_REGIONS = `
russia-oblasts ru: Амурская область, Архангельская область, Астраханская область, Белгородская область, Брянская область, Владимирская область, Волгоградская область, Вологодская область, Воронежская область, Ивановская область, Иркутская область, Калининградская область, Калужская область, Кемеровская область, Кировская область, Костромская область, Курганская область, Курская область, Ленинградская область, Липецкая область, Магаданская область, Московская область, Мурманская область, Нижегородская область, Новгородская область, Новосибирская область, Омская область, Оренбургская область, Орловская область, Пензенская область, Псковская область, Ростовская область, Рязанская область, Самарская область, Саратовская область, Сахалинская область, Свердловская область, Смоленская область, Тамбовская область, Тверская область, Томская область, Тульская область, Тюменская область, Ульяновская область, Челябинская область, Ярославская область
russia-krais ru: Алтайский край, Забайкальский край, Камчатский край, Краснодарский край, Красноярский край, Пермский край, Приморский край, Ставропольский край, Хабаровский край
russia-republics ru: Адыгея, Бурятия, Ингушетия, Кабардино-Балкария, Калмыкия, Карачаево-Черкесия, Карелия, Марий Эл, Мордовия, Северная Осетия, Тыва, Удмуртия, Хакасия, Чувашия, ХМАО, Ямал, Югра
russia-lands ru: Приморье, Забайкалье, Ставрополье, Поволжье, Прикамье, Зауралье, Дальний Восток, Урал, Омбы, Орынбор, Новосібір
`;

const NEIGHBOURS = `
kg kg: Кыргызстан, Киргизия, Қырғызстан, Qyrǵyzstan, Kyrgyzstan, Kyrgyz Republic, кыргызск~, киргизск~
bishkek kg: Бишкек, Бішкек, Bishkek, Фрунзе
osh kg: ?Ош, ?Osh
issyk-kul kg: Иссык-Куль, Ыстықкөл, Issyk-Kul, Чолпон-Ата, Каракол
uz uz: Узбекистан, Өзбекстан, Ózbekstan, Uzbekistan, узбекск~
tashkent uz: Ташкент, Tashkent, Toshkent
samarkand uz: Самарканд, Самарқанд, Samarkand, Samarqand, Бухара, Buxoro, Bukhara, Хива, Khiva
tj tj: Таджикистан, Тәжікстан, Tájikstan, Tajikistan, Душанбе, Dushanbe
tm tm: Туркменистан, Туркмения, Түрікменстан, Turkmenistan, Ашхабад, Ashgabat
cn cn: Китай, Қытай, Qytaı, China, КНР, Китайская Народная Республика, китайск~, қытайлық~
beijing cn: Пекин, Бейжің, Beijing, Шанхай, Shanghai, Гуанчжоу, Шэньчжэнь, Guangzhou, Shenzhen
xinjiang cn: Синьцзян, Шыңжаң, Xinjiang, Урумчи, Үрімжі, Urumqi, Хоргос, Қорғас, Khorgos
hong-kong cn: Гонконг, Hong Kong, Тайвань, Taiwan, Макао, Macau
mn mn: Монголия, Моңғолия, Mongolia, Улан-Батор, Ulaanbaatar
az az: Азербайджан, Әзірбайжан, Azerbaijan, Баку, Baku
am am: Армения, Armenia, Ереван, Yerevan, Карабах, Karabakh
ge ge: Грузия, Georgia, Тбилиси, Tbilisi, Батуми, Batumi, Абхазия, Abkhazia
ua ua: Украина, Ukraine, украинск*, Верховная рада
kyiv ua: Киев, Киів, Kyiv, Kiev, Харьков, Kharkiv, Одесса, Odesa, Odessa, Днепропетровск, Запорожье, Херсон, Kherson, киевск*, харьковск*, одесск*
donbas ua: Донбасс, Донбас, Donbas, Донецк, Donetsk, Луганск, Luhansk, Мариуполь, Mariupol, Бахмут, Bakhmut
lviv ua: ?Львов, Lviv
by by: Беларусь, Белоруссия, Белорусь, Belarus, Минск, Minsk, белорусск*, минск*
md md: Молдова, Молдавия, Moldova, Кишинев, Chisinau, Приднестровье
baltic lv: Латвия, Latvia, Рига, Riga, Литва, Lithuania, Вильнюс, Vilnius, Эстония, Estonia, Таллин, Tallinn
`;

const WORLD = `
us us: США, АҚШ, USA, United States, Америка, America, Соединенные Штаты, ?Штаты, американск*, американдық*, американц*, ^Белый дом, White House, Пентагон, Pentagon, Капитолий, Госдеп, Госдепартамент
washington us: Вашингтон, Вашингтон қаласы, Washington
new-york us: Нью-Йорк, New York, Манхэттен, Manhattan
us-cities us: Лос-Анджелес, Los Angeles, Чикаго, Chicago, Сан-Франциско, San Francisco, Лас-Вегас, Las Vegas, Бостон, Boston, Майами, Miami, Голливуд, Hollywood, Силиконовая долина
us-states us: Калифорния, California, Техас, Texas, Флорида, Florida, Аляска, Alaska, Аризона, Arizona, Мэриленд, Maryland, Невада, Nevada, Огайо, Ohio, Мичиган, Michigan, Пенсильвания, Pennsylvania, Нью-Джерси, New Jersey, Иллинойс, Illinois, Колорадо, Colorado, Луизиана, Louisiana, Вирджиния, Virginia, Гуам, Guam, Беверли-Хиллз, Beverly Hills
ca ca: Канада, Canada, Оттава, Ottawa, Торонто, Toronto, Монреаль, Montreal, Ванкувер, Vancouver, канадск*
mx mx: Мексика, Mexico, Мехико, мексиканск*
latin-america br: Бразилия, Brazil, Белиз, Belize, белизск*, Рио-де-Жанейро, Rio de Janeiro, Аргентина, Argentina, Буэнос-Айрес, Колумбия, Colombia, Венесуэла, Venezuela, Куба, Cuba, Гавана, Havana, Чили, Chile, Эквадор, Ecuador, Боливия, Bolivia, Уругвай, Парагвай, бразильск*, аргентинск*, колумбийск*, венесуэльск*, кубинск*, боливийск*
gb gb: Великобритания, Британия, Ұлыбритания, Англия, Britain, United Kingdom, England, Шотландия, Scotland, Ирландия, Ireland, британск*, английск~, англичан*, Даунинг-стрит, Downing Street
london gb: Лондон, London, лондонск*
fr fr: Франция, France, Париж, Paris, Марсель, Ницца, ?Лион, Marseille, Lyon, парижск*, Страсбург, Strasbourg, страсбургск*, французск~, француз, французы, французов, Елисейский дворец
de de: Германия, Germany, немецк~, немцы, немцев, Бундестаг, Bundestag, Берлин, Berlin, Мюнхен, Munich, Франкфурт, Frankfurt, Гамбург, Hamburg, Кельн, Cologne, берлинск*
it it: Италия, Italy, итальянск~, итальянц*, ?Рим, Rome, ?Милан, Milan, Венеция, Venice, Неаполь, Флоренция, Ватикан, Vatican
es es: Испания, Spain, испанск~, испанц*, Мадрид, Madrid, Барселона, Barcelona
pt pt: Португалия, Portugal, Лиссабон, Lisbon
nl nl: Нидерланды, Голландия, Netherlands, Амстердам, Amsterdam, Гаага
be be: Бельгия, Belgium, Брюссель, Brussels, Люксембург, Luxembourg
ch ch: Швейцария, Switzerland, Женева, Geneva, Цюрих, Zurich, Давос, Davos, швейцарск*
at at: Австрия, Austria, Зальцбург
pl pl: Польша, Poland, польск~, поляки, поляков, Варшава, Warsaw, Краков, варшавск*
cz cz: Чехия, Czechia, Czech Republic, Прага, Prague, Словакия, Slovakia, Братислава, чешск*
hu hu: Венгрия, Hungary, Будапешт, Budapest
ro ro: Румыния, Romania, Бухарест, Bucharest
bg bg: Болгария, Bulgaria
balkans rs: Сербия, Serbia, Белград, Belgrade, Хорватия, Croatia, Загреб, Черногория, Montenegro, Босния, Bosnia, Сараево, Косово, Kosovo, Македония, Албания, Словения
gr gr: Греция, Greece, греческ~, греки, греков, Афины, Athens, Кипр, Cyprus, ?Крит
nordic se: Швеция, Sweden, Стокгольм, Stockholm, Норвегия, Norway, Осло, Oslo, Финляндия, Finland, Хельсинки, Helsinki, Дания, Denmark, Копенгаген, Copenhagen, Исландия, Iceland, шведск*, норвежск*, финск*, датск*
europe eu: Европа, Еуропа, Europe, Евросоюз, Еуроодақ, European Union, Брюссель, европейск*
tr tr: Турция, Түркия, Túrkıa, ?Turkey, Türkiye, турецк~, Анкара, Ankara, Стамбул, Ыстамбұл, Istanbul, Анталья, Antalya, Измир
il il: Израиль, Israel, Кнессет, Иерусалим, Jerusalem, Тель-Авив, Tel Aviv, Палестина, Palestine, сектор Газа, Gaza, израильск*, палестинск*
sy sy: Сирия, Sırıa, Syria, Дамаск, Damascus, Алеппо, Aleppo, Идлиб, Пальмира, сирийск*
lb lb: Ливан, Lebanon, Бейрут, Beirut, Иордания
iq iq: Ирак, Iraq, Багдад, Baghdad, Мосул, иракск*
ir ir: Иран, Iran, Тегеран, Tehran, иранск*
af af: Афганистан, Ауғанстан, Afghanistan, Кабул, Kabul, талиб*, афганск*
pk pk: Пакистан, Pakistan, Исламабад, Islamabad, пакистанск*
in in: Индия, Үндістан, India, ?Дели, Delhi, Нью-Дели, Мумбаи, Mumbai, Бангладеш, Bangladesh, Непал, Nepal, Шри-Ланка, Sri Lanka, индийск*
arabia sa: Саудовская Аравия, Сауд Арабиясы, Saudi Arabia, Эр-Рияд, Riyadh, Мекка, Mecca, Йемен, Yemen, ?Оман, Oman, Кувейт, Kuwait, Бахрейн
gulf ae: ОАЭ, БАӘ, UAE, Эмираты, Дубай, Dubai, Абу-Даби, Abu Dhabi, ?Катар, Qatar, Доха, Doha
eg eg: Египет, Мысыр, Egypt, Каир, Cairo, Шарм-эш-Шейх, Хургада, египетск*
africa za: Африка, Africa, ЮАР, Нигер, Niger, Ливия, Libya, Тунис, Tunisia, Алжир, Algeria, Марокко, Morocco, Нигерия, Nigeria, Кения, Kenya, Эфиопия, Ethiopia, ?Судан, Sudan, Сомали, Somalia, африканск*, суданск*, ливийск*
jp jp: Япония, Жапония, Japan, японск~, японц*, Токио, Tokyo, Осака, Osaka, Фукусима, Fukushima, Хиросима
kr kr: Южная Корея, Оңтүстік Корея, South Korea, Корея, Korea, южнокорейск*, Сеул, Seoul, Пусан, Busan
kp kp: Северная Корея, Солтүстік Корея, North Korea, КНДР, Пхеньян, Pyongyang, северокорейск*
southeast-asia th: Вьетнам, Vietnam, ?Ханой, Hanoi, Таиланд, Тайланд, Thailand, Бангкок, Bangkok, Пхукет, Phuket, Паттайя, Индонезия, Indonesia, ?Бали, Bali, Джакарта, Малайзия, Malaysia, Сингапур, Singapore, Филиппины, Philippines, Мьянма, Камбоджа
oceania au: Австралия, Australia, Сидней, Sydney, Мельбурн, Melbourne, Новая Зеландия, New Zealand, австралийск*
`;

/** Every place of the gazetteer, parsed once. */
export const GAZETTEER: readonly GazetteerPlace[] = Object.freeze(
  [KAZAKHSTAN, KAZAKHSTAN_TOWNS, RUSSIA, RUSSIA_REGIONS, NEIGHBOURS, WORLD].flatMap(parsePlaces),
);

/** The place one of whose names `name` is ("Қарағанды", "Karaganda"); null when unknown. */
export function gazetteerPlaceNamed(name: string): GazetteerPlace | null {
  const wanted = normaliseForMatching(name);
  return GAZETTEER.find((place) => place.names.some((written) => normaliseForMatching(written) === wanted)) ?? null;
}

/**
 * The place other than `home` that a district's name also names: the district "Алматы" of Astana
 * and the city of Almaty, "Байқоңыр" and the cosmodrome's town. A district adjective names the
 * place its stem names ("Байконурский") or whose people's word it begins ("Алматинский", алматин*).
 */
export function otherPlaceNamedBy(name: string, home: GazetteerPlace | null): GazetteerPlace | null {
  const wanted = normaliseForMatching(name);
  const stem = wanted.replace(/(?:ский|цкий|ской)$/u, '');
  const adjective = stem !== wanted;
  const place = GAZETTEER.find((candidate) => candidate.names.some((written) => {
    const plain = normaliseForMatching(written.replace(/^[?^]/u, ''));
    if (plain.endsWith('*')) return adjective && wanted.startsWith(plain.slice(0, -1));
    return plain === wanted || (adjective && plain === stem);
  }));
  return place === undefined || place === home ? null : place;
}

/**
 * The Russian genitive of a town's name for the title of its akimat ("Астаны" for Астана,
 * Astana or Нұр-Сұлтан; "Алматы" unchanged): the written name's own, else the place's first
 * Russian one. Null where the gazetteer gives none, as an ending guessed would break names
 * Russian does not decline.
 */
export function russianGenitiveOf(name: string): string | null {
  // Marked names count here ("?Семей", "?Рудный"): they name the town the user chose.
  const wanted = normaliseForMatching(name);
  const isName = (known: string) => normaliseForMatching(known.replace(/^[?^]/u, '')) === wanted;
  const place = GAZETTEER.find((candidate) => candidate.names.some(isName));
  if (place === undefined) return null;
  const written = place.names.find(isName) ?? '';
  return place.genitives[written] ?? Object.values(place.genitives)[0] ?? null;
}

function parsePlaces(block: string): GazetteerPlace[] {
  return block.trim().split('\n').map((line) => {
    const [head = '', list = ''] = line.split(':', 2);
    const [id = '', country = ''] = head.trim().split(' ');
    const genitives: Record<string, string> = {};
    const names = list.split(',').map((entry) => {
      const [, name = '', genitive] = /^\s*(.*?)\s*(?:\((.+)\))?\s*$/u.exec(entry) ?? [];
      if (genitive !== undefined) genitives[name] = genitive;
      return name;
    }).filter((name) => name !== '');
    return Object.freeze({
      id, country, names: Object.freeze(names.flatMap(withShortRegionWord)), genitives: Object.freeze(genitives),
    });
  });
}

/** "Алматы облысы" and "Алматинская область" with their abbreviation "обл" as well. */
function withShortRegionWord(name: string): string[] {
  const short = name.replace(/ (?:облысы|область)$/, ' обл');
  return short === name ? [name] : [name, short];
}
