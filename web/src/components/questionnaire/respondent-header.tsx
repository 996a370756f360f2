import type { ResponseDocument } from '../../api/client';
import { language, t } from '../../i18n';
import type { Autosave } from '../autosave';
import { TransferCode } from '../device-transfer-lazy';
import { SaveIndicator } from '../save-indicator';
import './questionnaire.css';

/** Whose questionnaire this is, who asked and by when, what is saved, and the move to another device. */
export const RespondentHeader = ({
  doc,
  autosave,
  done,
  token,
}: {
  doc: ResponseDocument;
  autosave: Autosave;
  done: number;
  token: string;
}) => (
  <header class="respond-header">
    <div>
      <p class="respond-brand">
        <span class="brand-mark" aria-hidden="true" />
        PMO Blueprint
      </p>
      <h1 class="respond-title">{doc.assessment.clientName}</h1>
      <p class="muted respond-meta">
        {doc.assessment.invitedBy ? `${t('respond.invitedBy', { firm: doc.assessment.invitedBy })} · ` : ''}
        {t('respond.answeringAs', {
          // Lower case within the sentence, except in German, where a noun keeps its capital.
          who: `${doc.stakeholder.name ? `${doc.stakeholder.name}, ` : ''}${
            language.value === 'de'
              ? t(`role.${doc.stakeholder.role}`)
              : t(`role.${doc.stakeholder.role}`).toLocaleLowerCase(language.value)
          }`,
        })}
        {doc.assessment.dueDate ? ` · ${t('respond.answerBy', { dueDate: doc.assessment.dueDate })}` : ''}
      </p>
    </div>
    <SaveIndicator
      state={autosave.state.value}
      error={autosave.error.value}
      idle={done === 0 && doc.expectations.length === 0}
    />
    <TransferCode token={token} />
  </header>
);
