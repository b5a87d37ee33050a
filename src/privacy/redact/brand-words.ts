/**
 * Makes of car, their models and the firms and apps of residents' daily life, as written in
 * Cyrillic: "Белая Камри 70 на тротуаре", "Такси Яндекс подняли цены". They are capitalised and
 * shaped like foreign names, and the name finder took them for persons; a complaint about
 * parking or a service lost what it was about. Names that are also persons' are left out (Форд,
 * Тесла, Лада, Мерседес, Логан, Поло, Рио, Санта, Опель, Гранта, Рено, Спарк, Чери): a word on
 * this list is never part of a name, so "Жан Рено" would lose its surname and keep its given name.
 */
const BRANDS = `
тойота камри королла прадо крузак крузер лексус хендай хундай хёндай хюндай элантра туксон
киа спортейдж серато шевроле нексия кобальт лачетти матиз жигули приора веста
нива газель уаз бмв бэха ауди фольксваген шкода октавия ниссан мицубиси митсубиси паджеро
мазда субару джили хавал гелик
яндекс каспи индрайв гугл вотсап ватсап телеграм инстаграм тикток ютуб фейсбук вконтакте
вайлдберриз кселл билайн алтел казахтелеком алсеко глово вольт
`.split(/\s+/).filter((word) => word !== '');

const FORMS: ReadonlySet<string> = new Set(BRANDS.flatMap(caseForms));

/** The Russian case forms of a borrowed name: "Тойота, Тойоты, Тойоте"; "Яндекс, Яндекса". */
function caseForms(word: string): string[] {
  if (word.endsWith('ия')) return [word, ...['ии', 'ию', 'ией'].map((ending) => word.slice(0, -1) + ending.slice(1))];
  if (word.endsWith('а')) return [word, ...['ы', 'и', 'е', 'у', 'ой'].map((ending) => word.slice(0, -1) + ending)];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return [word, ...['а', 'у', 'ом', 'е', 'ы', 'ов'].map((ending) => word + ending)];
  if (word.endsWith('ь')) return [word, ...['я', 'ю', 'ем', 'е'].map((ending) => word.slice(0, -1) + ending)];
  // Ending in a vowel other than а ("Камри", "Прадо", "Ауди"): not declined.
  return [word];
}

/** `word` lower case. Both spellings of a make with ё are listed ("хёндай", "хендай"). */
export function isBrandWord(word: string): boolean {
  return FORMS.has(word);
}
