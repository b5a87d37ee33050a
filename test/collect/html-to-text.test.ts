import { describe, expect, it } from 'vitest';

import { cleanText } from '../../src/collect/markup/clean-text.js';
import { htmlToText } from '../../src/collect/markup/html-to-text.js';

describe('htmlToText', () => {
  it('keeps line breaks and block edges as newlines and drops other tags', () => {
    const html = '<p>Первый абзац<br>с переносом</p><ul><li>один</li><li>два</li></ul>';
    expect(htmlToText(html)).toBe('Первый абзац\nс переносом\nодин\nдва');
  });

  it('drops link targets, so profile links in <a href> never reach the text', () => {
    const html = 'Спасибо <a href="https://vk.com/id12345">Асель</a>!';
    expect(htmlToText(html)).toBe('Спасибо Асель!');
  });

  it('drops scripts, styles and comments with their content', () => {
    const html = '<style>p{color:red}</style>Текст<!-- <b>скрыто</b> --><script>alert(1)</script>';
    expect(htmlToText(html)).toBe('Текст');
  });

  it('decodes entities exactly once and keeps a bare < that starts no tag', () => {
    expect(htmlToText('&laquo;ЖКХ&raquo; &amp;amp; 1 < 2 &nbsp;итог')).toBe('«ЖКХ» &amp; 1 < 2 итог');
  });
});

describe('cleanText', () => {
  it('turns CR LF, U+2028 and Word\'s vertical tab into newlines and collapses spaces', () => {
    expect(cleanText('  а\r\nб\u2028в\u000Bг  \u00A0 д\n\n\n\nе ')).toBe('а\nб\nв\nг д\n\nе');
  });

  it('returns text that needs nothing as it is', () => {
    const text = 'Аким обещал.\nЖители ждут.';
    expect(cleanText(text)).toBe(text);
  });

  it('gives no text for one of only zero-width, format or control characters, and keeps them among letters', () => {
    expect(cleanText('\u200b\u200b')).toBe('');
    expect(cleanText('\u00ad \u2060\ufeff\u0001')).toBe('');
    expect(cleanText('Свет\u200bа нет')).toBe('Свет\u200bа нет');
  });
});
