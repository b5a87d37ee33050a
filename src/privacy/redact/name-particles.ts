/**
 * Foreign surnames written with a capitalised particle in Russian: "Люк Ван Велли", "Франк Де
 * Блекере", "Рафаэль Ван дер Варт", "Урсула Фон дер Ляйен". The particle is part of the surname,
 * and a given name before it belongs to the name even when it is also an ordinary word ("Люк",
 * "Франк"), which alone would need more evidence.
 */
import type { NameToken } from './name-token.js';

const PARTICLES = new Set([
  'ван', 'фан', 'фон', 'де', 'ди', 'да', 'дю', 'дель', 'делла', 'дер', 'дос', 'дус', 'ду', 'ле', 'ла',
]);

export function isNameParticle(text: string, token: NameToken): boolean {
  return token.end - token.start <= 5 && PARTICLES.has(text.slice(token.start, token.end).toLowerCase());
}

/**
 * Marks in `named` the particles and the given name before them in "given name, particles,
 * named surname": a particle joined to a named word, after a given name that is listed or
 * built like one.
 */
export function nameParticleSurnames(text: string, tokens: readonly NameToken[], named: boolean[]): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (!isNameParticle(text, tokens[index]!) || !tokens[index]!.joined) continue;
    let surname = index + 1;
    while (surname < tokens.length && isNameParticle(text, tokens[surname]!) && tokens[surname]!.joined) surname++;
    const given = tokens[index - 1]!;
    if (surname >= tokens.length || !tokens[surname]!.joined || !named[surname]) continue;
    if (given.place || given.subject || given.given === undefined) continue;
    for (let part = index - 1; part < surname; part++) named[part] = true;
  }
}
