import { beforeEach, describe, expect, it, vi } from 'vitest';
import { context, uniformAnswers } from '../core/fixtures';

/**
 * French and German are imported when a reader first needs them (functions/i18n/load.ts), so the
 * API's cold start parses neither. Each test starts from modules imported afresh: nothing loaded.
 */
beforeEach(() => {
  vi.resetModules();
});

const fresh = async () => ({
  engine: await import('../../../functions/i18n/engine'),
  questionnaire: await import('../../../functions/i18n/questionnaire'),
  load: await import('../../../functions/i18n/load'),
  core: await import('../../../functions/core'),
});

describe('catalogues imported on demand', () => {
  it('say English at once, and refuse a language not loaded with an error that names the loader', async () => {
    const { engine, questionnaire, core } = await fresh();
    expect(engine.sayIn('en')({ key: 'model.weather-station' })).toBe('weather station');
    expect(questionnaire.localiseQuestionnaire(core.QUESTIONNAIRE, 'en')).toBe(core.QUESTIONNAIRE);
    expect(() => engine.sayIn('fr')).toThrow(/engine texts in 'fr'.*loadLanguage\('fr'\)/);
    expect(() => questionnaire.localiseQuestionnaire(core.QUESTIONNAIRE, 'de')).toThrow(
      /questionnaire texts in 'de'.*loadLanguage\('de'\)/,
    );
    expect(() => engine.ENGINE_CATALOGUES.de).toThrow(/loadLanguage/);
  });

  it('say a language once it is loaded, and only that language', async () => {
    const { engine, questionnaire, load, core } = await fresh();
    await Promise.all([load.loadLanguage('fr'), load.loadLanguage('fr')]);
    expect(engine.sayIn('fr')({ key: 'model.weather-station' })).toBe('station météo');
    expect(questionnaire.localiseQuestionnaire(core.QUESTIONNAIRE, 'fr').answerRule).not.toBe(
      core.QUESTIONNAIRE.answerRule,
    );
    expect(() => engine.sayIn('de')).toThrow(/loadLanguage\('de'\)/);
  });
});

describe('the API loads what a request reads before its handler runs', () => {
  const appOf = async () => {
    const { createApp } = await import('../../../functions/api/app');
    const { QUESTIONNAIRE } = await import('../../../functions/core/questionnaire');
    return createApp({ questionnaire: QUESTIONNAIRE });
  };

  it('serves the questionnaire in the language of ?lang= or of Accept-Language', async () => {
    const app = await appOf();
    const french = await app.request('/api/model?lang=fr');
    expect(french.status).toBe(200);
    expect(french.headers.get('content-language')).toBe('fr');
    const german = await app.request('/api/model', { headers: { 'accept-language': 'de-CH, fr;q=0.8' } });
    expect(german.status).toBe(200);
    const [fr, de] = (await Promise.all([french.json(), german.json()])) as { answerRule: string }[];
    expect(fr?.answerRule).toMatch(/niveau/);
    expect(de?.answerRule).toMatch(/Stufe/);
  });

  it('runs the quick check in the reader’s language, importing the engine with its words', async () => {
    const app = await appOf();
    for (const [lang, word] of [
      ['de', /Wetterstation|Kontrollturm|Ressourcenpool/],
      ['fr', /station météo|tour de contrôle|réservoir de ressources/i],
      ['en', /weather station|control tower|resource source/i],
    ] as const) {
      const res = await app.request(`/api/quick-check?lang=${lang}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ context: context(), answers: uniformAnswers(3) }),
      });
      expect(res.status, lang).toBe(200);
      expect(await res.text(), lang).toMatch(word);
    }
  });
});
