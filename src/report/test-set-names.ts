/**
 * The labelled sets that model cards and the sentiment calibration name, in the digest's
 * language. Cards keep one English key per set (training writes them); the digest must not print
 * English words inside a Russian or Kazakh sentence, so each key the shipped cards use has its
 * description here. Corpus names (RuSentNE-2023, KazSAnDRA, NTREX-128…) are proper names and stay
 * as their publishers write them. A key not listed (a card someone added) is shown as written.
 */
import type { ReportLanguage } from '../project/project.js';

type Names = Readonly<Record<ReportLanguage, string>>;

/** Test sets of the model cards, by the key a card files them under. */
const TEST_SETS: Readonly<Record<string, Names>> = {
  kazsandra: {
    ru: 'KazSAnDRA, тестовая часть (полярность)',
    kk: 'KazSAnDRA, сынақ бөлігі (полярлық)',
    en: 'KazSAnDRA polarity test',
  },
  'open-sentiment-corpus': {
    ru: 'Open Sentiment Corpus, отложенная часть',
    kk: 'Open Sentiment Corpus, оқытуға алынбаған бөлігі',
    en: 'Open Sentiment Corpus, held-out part',
  },
  'rusentne-sentences': {
    ru: 'RuSentNE-2023, предложения валидационной части',
    kk: 'RuSentNE-2023, валидациялық бөлігінің сөйлемдері',
    en: 'RuSentNE-2023 validation sentences',
  },
  kaznerd: {
    ru: 'KazNERD, тестовые предложения (новости)',
    kk: 'KazNERD, сынақ сөйлемдері (жаңалықтар)',
    en: 'KazNERD test sentences (news)',
  },
  shipped: {
    ru: 'RuSentNE-2023, валидационная часть',
    kk: 'RuSentNE-2023, валидациялық бөлігі',
    en: 'RuSentNE-2023 validation',
  },
  'civic issue sentences, 150 ru+kk (issues)': {
    ru: 'предложения о городских проблемах, 150 на русском и казахском (проблемы)',
    kk: 'қала мәселелері туралы сөйлемдер, орысша және қазақша 150 (мәселелер)',
    en: 'civic issue sentences, 150 in Russian and Kazakh (issues)',
  },
  'civic issue sentences, 150 ru+kk (slices)': {
    ru: 'предложения о городских проблемах, 150 на русском и казахском (группы населения)',
    kk: 'қала мәселелері туралы сөйлемдер, орысша және қазақша 150 (халық топтары)',
    en: 'civic issue sentences, 150 in Russian and Kazakh (affected groups)',
  },
  'NTREX-128 test, Kazakh sentences': {
    ru: 'NTREX-128, тестовая часть, предложения на казахском',
    kk: 'NTREX-128, сынақ бөлігі, қазақша сөйлемдер',
    en: 'NTREX-128 test, Kazakh sentences',
  },
  'NTREX-128 test, Russian sentences': {
    ru: 'NTREX-128, тестовая часть, предложения на русском',
    kk: 'NTREX-128, сынақ бөлігі, орысша сөйлемдер',
    en: 'NTREX-128 test, Russian sentences',
  },
  'NTREX-128 test, English sentences': {
    ru: 'NTREX-128, тестовая часть, предложения на английском',
    kk: 'NTREX-128, сынақ бөлігі, ағылшынша сөйлемдер',
    en: 'NTREX-128 test, English sentences',
  },
  'lingua test, Kazakh word pairs': {
    ru: 'lingua, тестовая часть, пары слов на казахском',
    kk: 'lingua, сынақ бөлігі, қазақша сөз жұптары',
    en: 'lingua test, Kazakh word pairs',
  },
  'lingua test, Russian word pairs': {
    ru: 'lingua, тестовая часть, пары слов на русском',
    kk: 'lingua, сынақ бөлігі, орысша сөз жұптары',
    en: 'lingua test, Russian word pairs',
  },
  'RuSentNE-2023 validation, persons in inflected forms': {
    ru: 'RuSentNE-2023, валидационная часть, имена людей в падежных формах',
    kk: 'RuSentNE-2023, валидациялық бөлігі, септелген адам есімдері',
    en: 'RuSentNE-2023 validation, persons in inflected forms',
  },
};

/** The labelled texts the sentiment calibration measured each confusion on, by its `source`. */
const CALIBRATION_SOURCES: Readonly<Record<string, Names>> = {
  'RuSentiTweet train (Russian tweets)': {
    ru: 'RuSentiTweet, обучающая часть (твиты на русском)',
    kk: 'RuSentiTweet, оқыту бөлігі (орысша твиттер)',
    en: 'RuSentiTweet train (Russian tweets)',
  },
  'RuSentNE train, dev sentences (Russian news)': {
    ru: 'RuSentNE, предложения обучающей и валидационной частей (новости на русском)',
    kk: 'RuSentNE, оқыту және валидациялық бөліктерінің сөйлемдері (орысша жаңалықтар)',
    en: 'RuSentNE train, dev sentences (Russian news)',
  },
  'KazSAnDRA valid (reviews: negative, positive) + KazNERD valid held-out news sentences (neutral, assumed)': {
    ru: 'KazSAnDRA, валидационная часть (отзывы: негатив, позитив) + KazNERD, не использованные ' +
      'в обучении предложения новостей из валидационной части (считаются нейтральными)',
    kk: 'KazSAnDRA, валидациялық бөлігі (пікірлер: жағымсыз, жағымды) + KazNERD, валидациялық ' +
      'бөлігінің оқытуға алынбаған жаңалық сөйлемдері (бейтарап деп есептелген)',
    en: 'KazSAnDRA valid (reviews: negative, positive) + KazNERD valid held-out news sentences (neutral, assumed)',
  },
  'SentiRuEval-2015 train (Russian tweets about banks and telecoms)': {
    ru: 'SentiRuEval-2015, обучающая часть (твиты на русском о банках и операторах связи)',
    kk: 'SentiRuEval-2015, оқыту бөлігі (банктер мен байланыс операторлары туралы орысша твиттер)',
    en: 'SentiRuEval-2015 train (Russian tweets about banks and telecoms)',
  },
};

/** A model card's test set in `language`; a key not listed is shown as the card writes it. */
export function testSetName(key: string, language: ReportLanguage): string {
  return TEST_SETS[key]?.[language] ?? key;
}

/** A calibration's source in `language`; a source not listed is shown as the file writes it. */
export function calibrationSourceName(source: string, language: ReportLanguage): string {
  return CALIBRATION_SOURCES[source]?.[language] ?? source;
}
