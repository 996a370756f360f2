import { getModel } from '../api/client';
import { useLoad } from '../components/use-load';
import { language, t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import './home.css';

/** The landing page: what the product decides and where each user starts. */
export const HomePage = () => {
  usePublicTexts();
  // The number of dimensions is the questionnaire's own (the quick check loads the same model, so
  // this also readies its first step); until it arrives the sentence reads without a number.
  const { data: model } = useLoad(getModel, [language.value]);
  return (
    <section class="home">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead', { dimensions: model?.dimensions.length ?? 0 })}</p>
      <div class="cards">
        <article class="card">
          <h2>{t('home.owners')}</h2>
          <p>{t('home.ownersText')}</p>
          <a class="button primary" href="/quick-check">
            {t('home.ownersCta')}
          </a>
        </article>
        <article class="card">
          <h2>{t('home.consultants')}</h2>
          <p>{t('home.consultantsText')}</p>
          <a class="button" href="/sign-in">
            {t('nav.signIn')}
          </a>
        </article>
        <article class="card">
          <h2>{t('home.leadership')}</h2>
          <p>{t('home.leadershipText')}</p>
          <a class="button" href="/compare">
            {t('quick.compare')}
          </a>
        </article>
      </div>
    </section>
  );
};
