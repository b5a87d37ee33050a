import { beforeAll, describe, expect, it } from 'vitest';

import type { Mention } from '../../src/analyze/analysis.js';
import {
  createSentimentAnalyzer,
  type SentimentAnalyzer,
} from '../../src/analyze/sentiment/index.js';
import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { tellsDeedDoneAtLast } from '../../src/analyze/sentiment/finally-done.js';
import { tellsKazakhDeed } from '../../src/analyze/sentiment/kazakh-deed.js';
import { isObliqueKazakhForm, tellsKazakhFailure } from '../../src/analyze/sentiment/kazakh-failure.js';
import { tellsRussianDeed } from '../../src/analyze/sentiment/russian-deed.js';
import { mentionSentence } from '../../src/analyze/sentiment/mention-sentence.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';
import { FIXTURE_SUBJECTS, language, readFixtureTable } from './helpers.js';

function mentionOf(text: string, form: string, subjectId = 'akim', from = 0): Mention {
  const start = text.indexOf(form, from);
  if (start < 0) throw new Error(`fixture: "${form}" not in "${text}"`);
  return { subjectId, start, end: start + form.length, form, how: 'alias' };
}

describe('sentiment toward a subject', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer({ subjects: FIXTURE_SUBJECTS });
  });

  const cases = readFixtureTable('subject-differs-from-post.tsv', ['overall', 'toward', 'text']);
  it.each(cases.map((row) => [row.overall, row.toward, row.text] as const))(
    'post %s, toward the akim %s: %s',
    (overall, toward, text) => {
      const normalised = normaliseForMatching(text);
      const mention = mentionOf(text, text.includes('Аким') ? 'Аким' : 'аким');
      const [result] = analyzer.towardSubjects(text, normalised, [mention], language('ru'));

      expect(analyzer.overall(normalised, language('ru')).label).toBe(overall);
      expect(result?.label).toBe(toward);
    },
  );

  /** Tone toward the first name of the city's administration in an English post. */
  function englishToward(text: string): string | undefined {
    const found = /akimat|akim|mayor|city administration/i.exec(text);
    if (found === null) throw new Error(`fixture: no subject named in "${text}"`);
    const mention = mentionOf(text, found[0], 'akim', found.index);
    return analyzer.towardSubjects(text, normaliseForMatching(text), [mention], language('en'))[0]?.label;
  }

  const english = readFixtureTable('english-toward-subject.tsv', ['toward', 'text']);
  it.each(english.map((row) => [row.toward, row.text] as const))(
    'English post toward the akimat %s: %s',
    (toward, text) => {
      expect(englishToward(text)).toBe(toward);
    },
  );

  it('reads at least 17 of the 24 English posts held out while the word lists were written', () => {
    // Labelled with the posts above before the phrases of inaction, remedy, plans and praise were
    // added, and read once after: 14 of 24 before, 17 after.
    const heldOut = readFixtureTable('english-toward-subject-held-out.tsv', ['toward', 'text']);
    const right = heldOut.filter((row) => englishToward(row.text) === row.toward).length;
    expect(right).toBeGreaterThanOrEqual(17);
  });

  it('gives one result per distinct subject, in order of first mention', () => {
    const text = 'Аким наконец открыл парк. Маслихат опять перенёс сессию. Аким молодец!';
    const mentions = [
      mentionOf(text, 'Аким'),
      mentionOf(text, 'Маслихат', 'maslikhat'),
      mentionOf(text, 'Аким', 'akim', text.lastIndexOf('Аким')),
    ];
    const results = analyzer.towardSubjects(
      text,
      normaliseForMatching(text),
      mentions,
      language('ru'),
    );

    expect(results.map((result) => result.subjectId)).toEqual(['akim', 'maslikhat']);
    for (const result of results) {
      const { negative, neutral, positive } = result.probabilities;
      expect(negative + neutral + positive).toBeCloseTo(1, 12);
    }
  });

  it("reads a question as a complaint by its whole sentence, not by the mention's clause", () => {
    // The clause "үкіметке ешқандай қарызым жоқ???" has lost the "Неге" that makes it a complaint.
    const text = 'Неге маған одобрение жоқ осы приложенияда, үкіметке ешқандай қарызым жоқ???';
    const mention = mentionOf(text, 'үкіметке', 'maslikhat');
    const [result] = analyzer.towardSubjects(text, normaliseForMatching(text), [mention], language('kk'));
    expect(result?.label).toBe('negative');
  });

  it('returns nothing for a post without mentions', () => {
    expect(analyzer.towardSubjects('Пробки', 'пробки', [], language('ru'))).toEqual([]);
  });

  // Written and labelled before the targeted tone was run on them: the akim told of in a Kazakh
  // sentence, alone or after a Russian one. The post's Russian share weighed the Russian model on
  // the Kazakh sentence, and a plain Kazakh report of a deed read neutral: 11 of 26 right before,
  // 24 after (the fixture was then used to set the Kazakh deed's weight; no fresh estimate); 26
  // since a failure told by a negated verb is read (kazakh-failure.ts).
  it('reads the tone toward the akim in all 26 Kazakh and Kazakh-Russian posts', async () => {
    const analyzer = await createAnalyzer(ALMATY_PROJECT);
    const posts = readFixtureTable('kazakh-toward-subject.tsv', ['toward', 'text']);
    const wrong = posts.filter((post) =>
      analyzer.analyze({ text: post.text }).subjectSentiment.find((each) => each.subjectId === 'mayor')?.label !==
        post.toward).map((post) => post.text);

    expect(wrong).toEqual([]);
  });

  // Written for the purpose and labelled before kazakh-failure.ts and the Kazakh event notice
  // were written: failures told by a negated verb alone toward the mayor or the akimat, event
  // notices, and controls (deeds, negated verbs of no service, events praised or beside a
  // complaint, news). 32 of 51 right before, 46 after; the five left were wrong before too.
  it('reads Kazakh failures by a negated verb as negative and event notices as neutral', async () => {
    const analyzer = await createAnalyzer(ALMATY_PROJECT);
    const posts = readFixtureTable('kazakh-negated-deeds-and-event-notices.tsv', ['about', 'expected', 'text']);
    const wrong = posts.filter((post) => {
      const analysis = analyzer.analyze({ text: post.text });
      const label = post.about === 'post'
        ? analysis.sentiment?.label
        : analysis.subjectSentiment.find((each) => each.subjectId === post.about)?.label;
      return label !== post.expected;
    }).map((post) => post.text);

    expect(wrong).toEqual([
      'Алматы әкімі бұл туралы ештеңе айтпады.',
      'Ертең концерт болады, ал жол әлі жөнделмеген.',
      'Жолды екі жыл бойы жөндемеді.',
      'Жол апатында ешкім қаза таппады.',
      'Сот талапты қанағаттандырмады.',
    ]);
  });

  it('faults a subject told in Kazakh as failing a service, not one who said or changed nothing', () => {
    const after = [
      ' жолды жөндемеді.',
      ' бізге су бермеді',
      ' уәде берді, бірақ саябақты абаттандырмады.',
      ' тұрғындарға жауап берген жоқ',
      ' қоқысты шығартпайды, ұят',
      ' joldy jóndemedi',
      ' жолды жөндеді.',
      ' өз шешімін өзгертпеді.',
      ' бұл туралы ештеңе айтпады',
      ' жолды жөндемеді деп айтуға болмайды, бәрі жасалды',
    ];
    expect(after.map(tellsKazakhFailure)).toEqual([true, true, true, true, true, true, false, false, false, false]);
  });

  it('does not fault a subject the failure was toward: a mention in an oblique case', () => {
    const forms = ['досаевқа', 'әкіміне', 'досаевтың', 'әкімдігімен', 'досаев', 'әкімі', 'әкімдігі', 'dosaevqa'];
    expect(forms.map(isObliqueKazakhForm)).toEqual([true, true, true, true, false, false, false, true]);
  });

  it("takes the tone of the mention's own clause in Kazakh, which has no targeted training data", () => {
    const text = 'Ауа райы жаман, бірақ әкім жолды тез жөндеді, рахмет.';
    const [result] = analyzer.towardSubjects(
      text,
      normaliseForMatching(text),
      [mentionOf(text, 'әкім')],
      language('kk'),
    );
    expect(result?.label).toBe('positive');
  });

  const russianDeeds = readFixtureTable('russian-deed-toward-subject.tsv', ['toward', 'text']);
  it.each(russianDeeds.flatMap((row) => (['social', 'article'] as const).map((kind) => [row.toward, kind, row.text] as const)))(
    'a Russian deed told plainly is %s toward its doer in a %s post: %s',
    (toward, kind, text) => {
      // Written for the Shymkent trial's fault ("Аким Алматы отремонтировал дорогу" was negative
      // toward the akim); 7 of 20 right before russian-deed.ts.
      const mention = mentionOf(text, text.startsWith('Акимат') ? 'Акимат' : 'Аким');
      const [result] = analyzer.towardSubjects(text, normaliseForMatching(text), [mention], language('ru'), kind);
      expect(result?.label).toBe(toward);
    },
  );
});

describe('mention sentence', () => {
  it("cuts the mention's sentence and clause out of a longer post, offsets in the redacted text", () => {
    const text =
      'Пробки жуткие. Дороги разбиты, но Аким\u00ADДосаев наконец выделил деньги! Спасибо.';
    const form = 'Аким\u00ADДосаев';
    const parts = mentionSentence(text, mentionOf(text, form));

    expect(parts).toEqual({
      before: ' дороги разбиты, но ',
      after: ' наконец выделил деньги!',
      clause: ' но акимдосаев наконец выделил деньги!',
      clauseMentionEnd: 14,
      start: 14,
      end: text.indexOf('!') + 1,
    });
  });

  it('credits a subject with a deed done at last, not a deed denied or done to it', () => {
    const clauses = [
      ['но аким наконец-то отремонтировал мост', 'аким'],
      ['әкім ақыры жолды жөндеді', 'әкім'],
      ['akimat finally fixed the road', 'akimat'],
      ['аким так и не отремонтировал дорогу', 'аким'],
      ['әкім ақыры жолды жөндемеді', 'әкім'],
      ['наконец прокурор наказал акима', 'акима'],
      ['акима наконец сняли с должности', 'акима'],
      ['аким наконец признал провал', 'аким'],
    ] as const;
    const credited = clauses.map(([clause, form]) =>
      tellsDeedDoneAtLast(clause, clause.indexOf(form) + form.length));
    expect(credited).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('credits a subject told in Kazakh as the doer of a public work, not one who failed or taxed', () => {
    const clauses = [
      ['қарағанды әкімі жолды жөндеді', 'әкімі'],
      ['досаев саябаққа жаңа шамдар орнатты', 'досаев'],
      ['әкімдік мектептің шатырын жөндеп берді', 'әкімдік'],
      ['әкім жаңа аурухана салып берді', 'әкім'],
      ['qaraǵandy ákimi joldy jóndedi', 'ákimi'],
      ['алматы әкімі жолды жөндемеді', 'әкімі'],
      ['әкім жаңа салық салды', 'әкім'],
      ['жолды жөндеді деп әкім айтты', 'әкім'],
    ] as const;
    const credited = clauses.map(([clause, form]) => tellsKazakhDeed(clause, clause.indexOf(form) + form.length));
    expect(credited).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('credits a subject told in Russian as the doer of a public work, not one who failed, was acted on or opened a case', () => {
    const clauses = [
      ['аким алматы отремонтировал дорогу', 'аким'],
      ['аким шымкента иван петров открыл новую школу', 'аким'],
      ['администрация района отремонтировала крышу школы', 'администрация'],
      ['акимат решил проблему с водой', 'акимат'],
      ['аким не отремонтировал дорогу', 'аким'],
      ['аким так и не починил освещение', 'аким'],
      ['аким открыл заседание маслихата', 'аким'],
      ['акимат отремонтировали за месяц', 'акимат'],
      ['дорогу отремонтировал подрядчик, а не аким', 'аким'],
      ['аким сказал, что за год в городе наконец построил кто-то мост', 'аким'],
      ['аким установил новые светофоры', 'аким'],
      // The one mention of the demo posts the first list of verbs credited.
      ['полиция малайзии установила вещество', 'полиция'],
      ['аким заменил заместителя', 'аким'],
    ] as const;
    const credited = clauses.map(([clause, form]) => tellsRussianDeed(clause, clause.indexOf(form) + form.length));
    expect(credited).toEqual([true, true, true, true, false, false, false, false, false, false, true, false, false]);
  });

  it("widens to the whole sentence when the mention's clause is little more than the name", () => {
    const text = 'Опять этот Halyk Bank, как всегда, завис при оплате';
    const parts = mentionSentence(text, mentionOf(text, 'Halyk Bank', 'halyk'));
    expect(parts.clause).toBe('опять этот halyk bank, как всегда, завис при оплате');
  });
});
