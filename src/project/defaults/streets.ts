/**
 * Almaty's main streets as residents write them: the Russian form (a street named after a person
 * in the genitive, "на Абая", "по Гоголя"; a Kazakh word as it is, "на Достык", "до Желтоксан"),
 * the Kazakh spelling of a Kazakh name, the Latin one, and the forms posts use for avenues named
 * with a title ("Абылай хана", "Богенбай батыра", "Хаджи Мукана", "Бухар жырау").
 *
 * A Kazakh spelling of a Russian surname ("Гоголь", "Сейфуллин") is left out: in a Russian post
 * it is the person's own name, and in a Kazakh one the street word after it ("Сейфуллин
 * даңғылы") already keeps it. From common knowledge of the city; a project can list its own.
 */
import type { Street } from '../project.js';

const street = (...names: string[]): Street => ({ names });

export const ALMATY_STREETS: readonly Street[] = Object.freeze([
  street('Абая', 'Абай', 'Abai', 'Abay'),
  street('Аль-Фараби', 'Әл-Фараби', 'Al-Farabi'),
  street('Достык', 'Достық', 'Dostyk'),
  street('Желтоксан', 'Желтоқсан', 'Zheltoksan', 'Jeltoqsan'),
  street('Толе би', 'Төле би', 'Tole bi'),
  street('Райымбека', 'Райымбек', 'Райымбека батыра', 'Райымбек батыр', 'Raiymbek'),
  street('Абылай хана', 'Абылай хан', 'Абылайхана', 'Абылайхан', 'Аблайхана', 'Ablai khan', 'Abylai khan'),
  street('Богенбай батыра', 'Бөгенбай батыр', 'Bogenbai batyr'),
  street('Кабанбай батыра', 'Қабанбай батыр', 'Kabanbai batyr'),
  street('Наурызбай батыра', 'Наурызбай батыр'),
  street('Карасай батыра', 'Қарасай батыр'),
  street('Утеген батыра', 'Өтеген батыр'),
  street('Хаджи Мукана', 'Хаджимукана', 'Қажымұқан', 'Kazhymukan'),
  street('Бухар жырау', 'Бұқар жырау', 'Bukhar zhyrau'),
  street('Жибек Жолы', 'Жібек жолы', 'Zhibek Zholy'),
  street('Айтеке би', 'Әйтеке би', 'Aiteke bi'),
  street('Казыбек би', 'Қазыбек би', 'Kazybek bi'),
  street('Жамбыла', 'Жамбыл', 'Zhambyl'),
  street('Курмангазы', 'Құрманғазы', 'Kurmangazy'),
  street('Суюнбая', 'Сүйінбай', 'Suyunbai'),
  street('Момышулы', 'Момышұлы', 'Momyshuly'),
  street('Байтурсынова', 'Байтұрсынұлы', 'Baitursynov'),
  street('Шевченко', 'Shevchenko'),
  street('Гоголя', 'Gogol'),
  street('Пушкина'),
  street('Масанчи', 'Masanchi'),
  street('Навои', 'Navoi'),
  street('Манаса', 'Manas'),
  street('Сейфуллина', 'Seifullin'),
  street('Байзакова', 'Baizakov'),
  street('Жандосова', 'Zhandosov'),
  street('Тимирязева', 'Timiryazev'),
  street('Розыбакиева', 'Rozybakiev'),
  street('Саина', 'Sain'),
  street('Сатпаева', 'Satpayev', 'Satpaev'),
  street('Ауэзова', 'Auezov'),
  street('Рыскулова', 'Ryskulov'),
  street('Гагарина', 'Gagarin'),
  street('Фурманова', 'Furmanov'),
  street('Кунаева', 'Kunayev', 'Kunaev'),
  street('Панфилова', 'Panfilov'),
  street('Макатаева', 'Makatayev'),
  street('Муканова', 'Mukanov'),
  street('Шарипова'),
  street('Маметовой'),
  street('Калдаякова'),
  street('Жарокова'),
  street('Шаляпина'),
  street('Мауленова'),
  street('Мынбаева'),
  street('Кабдолова'),
  street('Брусиловского'),
  street('Бекмаханова'),
  street('Радостовца'),
  street('Зенкова'),
  street('Тулебаева'),
  street('Жансугурова'),
  street('Нурмакова'),
  street('Кожамкулова'),
  street('Утепова'),
  street('Ратушного'),
  street('Тургут Озала', 'Turgut Ozal'),
]);
