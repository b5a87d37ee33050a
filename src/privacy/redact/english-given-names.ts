/**
 * Common given names of English-speaking countries as they are spelt in English ("John",
 * "Sarah"), for names in English posts. The seed lists hold foreign names as Russian and Kazakh
 * news spell them ("Джон"), whose Latin key ("dzhon") the English spelling never meets, so
 * "John Smith complained about the road" kept its name. Names whose key is already listed
 * (Mary, Linda, Oliver) or is a Russian or Kazakh word in Latin letters (Leo, Lisa, Amy) are
 * left out. The second list is of names that are also places or words (Jordan, Virginia,
 * Grace): they count only beside a surname.
 */
export const ENGLISH_GIVEN_NAMES = `
James John Michael William Richard Joseph Thomas Charles Christopher Matthew Anthony Steven Paul
Joshua Kenneth Brian Timothy Jason Jeffrey Ryan Jacob Nicholas Eric Jonathan Stephen Justin
Scott Brandon Benjamin Samuel Gregory Alexander Patrick Raymond Jerry Tyler Jose Nathan Henry
Douglas Zachary Kyle Ethan Walter Noah Jeremy Keith Roger Gerald Harold Sean Carl Arthur
Lawrence Jesse Bryan Bruce Willie Wayne Elijah Randy Vincent Ralph Eugene Russell Philip Harry
Charlie Freddie Archie Theo Lucas Patricia Jennifer Elizabeth Susan Jessica Sarah Ashley
Michelle Dorothy Deborah Stephanie Rebecca Cynthia Kathleen Shirley Brenda Nicole Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Ruth Julie Olivia Joyce Lauren
Christina Joan Judith Cheryl Hannah Jacqueline Martha Teresa Kathryn Janice Abigail Alice Judy
Sophia Julia Marilyn Brittany Natalie Isabella Charlotte Amelia Sophie Chloe Jessie Madeline
Caroline
`.split(/\s+/).filter((name) => name !== '');

export const AMBIGUOUS_ENGLISH_GIVEN_NAMES = `
Jack Grace Carol Jordan Austin Christian Virginia Victoria Madison Louis Jean Poppy Heather
Nancy Gloria Frances Oscar
`.split(/\s+/).filter((name) => name !== '');
