import type { StakeholderRole } from '../../../../functions/contract/roles';
import type { routeFor } from '../../../../functions/core/questionnaire/reading-time';
import type { QuestionnaireDocument, ResponseDocument } from '../../api/client';
import { t } from '../../i18n';
import type { readingDevice } from '../../lib/device';
import { PrivacyNote } from '../privacy-note';
import { HiddenAmong } from '../stakeholder-notices';
import './questionnaire.css';

/** The first step: what the questionnaire asks, the promise of anonymity, then the time it takes. */
export const IntroStep = ({
  model,
  doc,
  among,
  role,
  where,
  route,
}: {
  model: QuestionnaireDocument;
  doc: ResponseDocument;
  among: ResponseDocument['hiddenAmong'];
  role: StakeholderRole;
  where: ReturnType<typeof readingDevice>;
  route: ReturnType<typeof routeFor>;
}) => (
  <section>
    <h2 class="step-title" tabIndex={-1}>
      {t('respond.introTitle', { client: doc.assessment.clientName })}
    </h2>
    <p>
      {t('respond.intro', {
        sections: model.dimensions.length,
        rule: model.answerRule,
        dontKnow: model.scale.special.find((s) => s.value === 'dont-know')?.label ?? '',
        notApplicable: model.scale.special.find((s) => s.value === 'n/a')?.label ?? '',
      })}
    </p>
    {/* The promise of anonymity comes before the time and the practicalities. */}
    <PrivacyNote minGroupSize={doc.assessment.minGroupSize} />
    <HiddenAmong among={among} ownRole={role} minGroupSize={doc.assessment.minGroupSize} />
    <p class="route-time">
      <strong>
        {t('respond.routeTime', {
          minutes: Math.max(1, Math.round(where === 'phone' ? route.phone : route.desktop)),
        })}
      </strong>{' '}
      {route.handedOn > 0 && t('respond.routeSplit', { own: route.own, others: route.handedOn })}
    </p>
    <p>{t('respond.saving')}</p>
    <p class="muted keys-hint">{t('respond.keys')}</p>
  </section>
);
