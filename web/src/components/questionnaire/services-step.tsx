import type { AnswerValue } from '../../../../functions/contract/answers';
import type { StakeholderRole } from '../../../../functions/contract/roles';
import type { QuestionnaireDocument } from '../../api/client';
import { t } from '../../i18n';
import { UnansweredList } from '../step-nav';

/**
 * The last step: up to three services the stakeholder expects of a PMO, the questions still open,
 * and the submission.
 */
export const ServicesStep = ({
  model,
  expectations,
  onExpectations,
  closed,
  answers,
  handedOn,
  role,
  onGo,
  confirmation,
  submitting,
  onSubmit,
}: {
  model: QuestionnaireDocument;
  expectations: string[];
  onExpectations: (expectations: string[]) => void;
  closed: boolean;
  answers: Record<string, AnswerValue>;
  handedOn: string[];
  role: StakeholderRole;
  onGo: (step: number, questionId: string) => void;
  confirmation: string | null;
  submitting: boolean;
  onSubmit: () => void;
}) => (
  <section>
    <h2 class="step-title" tabIndex={-1}>
      {t('respond.servicesTitle')}
    </h2>
    <fieldset class="question" disabled={closed}>
      <legend>{t('respond.servicesLegend')}</legend>
      <div class="levels">
        {model.services.map((s) => {
          const chosen = expectations.includes(s.id);
          return (
            <label class={`level${chosen ? ' chosen' : ''}`} key={s.id}>
              <input
                type="checkbox"
                checked={chosen}
                disabled={!chosen && expectations.length >= 3}
                onChange={() =>
                  onExpectations(chosen ? expectations.filter((x) => x !== s.id) : [...expectations, s.id])
                }
              />
              <span>{s.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
    <UnansweredList
      dimensions={model.dimensions}
      answers={answers}
      handedOn={handedOn}
      stakeholderRole={role}
      onGo={onGo}
    />
    {confirmation && (
      <p role="status" class="confirmation">
        {confirmation}
      </p>
    )}
    {!closed && (
      <button type="button" class="primary" onClick={onSubmit} disabled={submitting}>
        {submitting ? t('respond.submitting') : t('respond.submit')}
      </button>
    )}
  </section>
);
