import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { russianInLatin } from '../../src/text/russian-in-latin.js';

const posts = readFileSync(new URL('../fixtures/text/russian-in-latin.txt', import.meta.url), 'utf8').trim().split('\n');

describe('Russian typed in Latin letters', () => {
  test('residents\' posts are read in Cyrillic, word for word', () => {
    expect(posts.map(russianInLatin)).toEqual([
      'В Ауезовском районе третий ден нет горячей воды, пенсионеры жалуются, а акимат Алматы молчит',
      'Автобус 92 опят не пришел, ждем уже час на остановке',
      'Почему опят нет света на улице? Сколко можно терпет! [NAME] писал в акимат',
      'Аким Алматы Досаев обешал починит дорогу в Наурызбайском районе',
      'Когда уже сделают подъезд, все в грязи и мусоре, Жкх не отвечает',
    ]);
  });

  test('digraphs, й, ё, э and the reflexive ending', () => {
    expect(russianInLatin('eto moyo, a yolka vsyo ravno nravitsya khorosho i sejchas')).toBe(
      'это мойо, а ёлка всё равно нравится хорошо и сейчас');
    expect(russianInLatin("opyat' shchebenka na doroge, esli chestno, v mayore")).toBe(
      'опять щебенка на дороге, если честно, в майоре');
  });

  test('short complaints of two to four words are read when no word of another language is in them', () => {
    expect(['Opyat net sveta', 'Musor ne vyvozyat', 'Probki na Abaya'].map(russianInLatin)).toEqual([
      'Опят нет света', 'Мусор не вывозят', 'Пробки на Абая',
    ]);
    expect(russianInLatin('Net zero plan')).toBeNull();
    // A place's name and "net" with what is missing: "net" was no Russian word, so one noun was short.
    expect(['Aksay net sveta', 'Aksay-4 mkr net sveta', 'Shanyrak net gaza'].map(russianInLatin)).toEqual([
      'Аксай нет света', 'Аксай-4 мкр нет света', 'Шанырак нет газа',
    ]);
    expect(russianInLatin('net profit rose')).toBeNull();
    expect(russianInLatin('Check the net')).toBeNull();
    expect(russianInLatin('ko‘ra ko‘proq Gannibal')).toBeNull();
  });

  test('English, Kazakh and Uzbek in Latin letters are not Russian', () => {
    for (const text of [
      'No one on the council did anything to fix the road, so residents do it themselves',
      'I do not know what to do with my car on this road',
      'Almaty qalasynyn akimi jol jondeudi uade etti, biraq eshteme istelmedi',
      'Almaty qalasynyñ äkımı jol jöndeudı uäde ettı',
      'Shahar hokimligi yoʻllarni taʼmirlash uchun pul ajratdi va bu juda yaxshi',
      'Net zero by 2050: the city plan',
    ]) {
      expect(russianInLatin(text), text).toBeNull();
    }
  });

  test('a post with Cyrillic letters, or of one word, is left to the language identifier', () => {
    expect(russianInLatin('Опять net света на улице')).toBeNull();
    expect(russianInLatin('Spasibo')).toBeNull();
    expect(russianInLatin('[NAME] [PHONE]')).toBeNull();
  });
});
