import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnswerValue } from '../../../functions/contract/answers';
import { ROLE_NAME } from '../../../functions/contract/roles';
import {
  ApiFailure,
  getModel,
  getResponse,
  type QuestionnaireDocument,
  type ResponseDocument,
  submitResponse,
} from '../api/client';
import { type Autosave, createAutosave } from '../components/autosave';
import { OtherDevicePage, TransferCode } from '../components/device-transfer';
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { PrivacyNote } from '../components/privacy-note';
import { SaveIndicator } from '../components/save-indicator';

const SECONDS_PER_QUESTION = 20;

/** The invite link, /respond#<token>: the token lives in the fragment, which never reaches a server. */
export const RespondLinkPage = () => {
  const token = typeof location === 'undefined' ? '' : location.hash.replace(/^#/, '');
  return <RespondPage token={token} />;
};

/** A link of the old form, /respond/<token>: the token moves to the fragment before anything loads. */
export const LegacyRespondPage = ({ token }: { token: string }) => {
  history.replaceState(null, '', `/respond#${token}`);
  return <RespondPage token={token} />;
};

/** The stakeholder's questionnaire, reached through the personal invite link. */
export const RespondPage = ({ token }: { token: string }) => {
  const [model, setModel] = useState<QuestionnaireDocument | null>(null);
  const [doc, setDoc] = useState<ResponseDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [otherDevice, setOtherDevice] = useState(false);
  const [step, setStep] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [, rerender] = useState(0);
  const autosave = useMemo<Autosave>(() => createAutosave(token, setDoc), [token]);
  useEffect(() => () => autosave.dispose(), [autosave]);

  useEffect(() => {
    Promise.all([getModel(), getResponse(token)]).then(
      ([m, d]) => {
        setModel(m);
        setDoc(d);
        void autosave.flush();
      },
      (e: unknown) => {
        if (e instanceof ApiFailure && e.code === 'device_mismatch') {
          void getModel().then(setModel, () => undefined);
          setOtherDevice(true);
          return;
        }
        setProblem(
          e instanceof ApiFailure && e.status === 410
            ? e.message
            : e instanceof ApiFailure && (e.status === 404 || e.status === 400)
              ? 'This link is not valid. It may have been replaced or withdrawn; ask your consultant for a new one.'
              : 'The questionnaire cannot be loaded right now. Check your connection and reload the page.',
        );
      },
    );
  }, [token, autosave]);

  useFocusStepTitle(step);

  if (problem) return <p role="alert">{problem}</p>;
  if (otherDevice)
    return (
      <OtherDevicePage
        token={token}
        onMoved={(moved) => {
          setDoc(moved);
          setOtherDevice(false);
        }}
      />
    );
  if (!model || !doc) return <p aria-busy="true">Loading your questionnaire…</p>;

  const pending = autosave.pending();
  const answers: Record<string, AnswerValue> = { ...doc.answers };
  for (const [id, v] of Object.entries(pending.answers)) {
    if (v === null) delete answers[id];
    else answers[id] = v;
  }
  const notes: Record<string, string> = { ...doc.notes };
  for (const [id, v] of Object.entries(pending.notes)) {
    if (v === null) delete notes[id];
    else notes[id] = v;
  }
  const expectations = pending.expectations ?? doc.expectations;
  // A submission is final, like a closed survey: the answers are shown but no longer change.
  const closed = doc.assessment.status === 'closed' || doc.submittedAt !== null;
  const total = model.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const answered = model.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => answers[q.id] !== undefined).length;
  const lastStep = model.dimensions.length + 1;
  const firstOpen = model.dimensions.findIndex((d) => d.questions.some((q) => answers[q.id] === undefined));
  const current = step ?? (answered === 0 ? 0 : firstOpen === -1 ? lastStep : firstOpen + 1);
  const dimension =
    current >= 1 && current <= model.dimensions.length ? model.dimensions[current - 1] : undefined;
  const go = (n: number) => {
    void autosave.flush();
    setStep(n);
    window.scrollTo(0, 0);
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      await autosave.flush();
      const saved = await submitResponse(token, {});
      setDoc(saved);
      setConfirmation('Thank you: your answers are submitted. They are final and count anonymously.');
    } catch (e) {
      setConfirmation(
        e instanceof ApiFailure ? e.message : 'Submitting failed; your answers are kept. Try again.',
      );
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div class="wizard">
      <header class="respond-header">
        <p class="muted">
          {doc.assessment.clientName} · answering as {doc.stakeholder.name ? `${doc.stakeholder.name}, ` : ''}
          {ROLE_NAME[doc.stakeholder.role].toLowerCase()}
          {doc.assessment.dueDate ? ` · please answer by ${doc.assessment.dueDate}` : ''}
        </p>
        <SaveIndicator state={autosave.state.value} error={autosave.error.value} />
        <TransferCode token={token} />
      </header>
      <nav aria-label="Progress" class="progress">
        <progress max={total} value={answered} aria-label={`${answered} of ${total} questions answered`} />
        <span>
          {answered} of {total} answered · about {Math.ceil(((total - answered) * SECONDS_PER_QUESTION) / 60)}{' '}
          min left
          {doc.submittedAt ? ' · submitted' : ''}
        </span>
      </nav>
      {closed && (
        <p class="warning" role="status">
          {doc.submittedAt
            ? 'Your answers are submitted: they are shown here but can no longer be changed.'
            : 'This assessment is closed. Your answers are shown but can no longer be changed.'}
        </p>
      )}

      {current === 0 && (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            How {doc.assessment.clientName} runs its projects
          </h2>
          <p>
            Ten short sections ask how projects are run today. For each question pick the description that is
            <strong> true now</strong>, not what should be. If you cannot tell, choose “Don't know”; if it
            does not apply to you, “Not applicable”. Neither counts in the scores.
          </p>
          <p>
            Every answer is saved as you give it, so you can stop and come back with this link in this browser
            (to move to another device, use “Continue on another device” above).
          </p>
          <PrivacyNote minGroupSize={doc.assessment.minGroupSize} />
        </section>
      )}

      {dimension && (
        <DimensionStep
          dimension={dimension}
          title={`${current}. ${dimension.name}`}
          intro={dimension.summary}
          answers={answers}
          disabled={closed}
          onAnswer={(id, v) => {
            autosave.setAnswer(id, v);
            rerender((n) => n + 1);
          }}
          notes={notes}
          onNote={(id, text) => {
            autosave.setNote(id, text);
            rerender((n) => n + 1);
          }}
          onNoteDone={() => void autosave.flush()}
        />
      )}

      {current === lastStep && (
        <section>
          <h2 class="step-title" tabIndex={-1}>
            What should a project office do for you?
          </h2>
          <fieldset class="question" disabled={closed}>
            <legend>Pick up to three services that would help you most.</legend>
            <div class="levels">
              {model.services.map((s) => {
                const chosen = expectations.includes(s.id);
                return (
                  <label class={`level${chosen ? ' chosen' : ''}`} key={s.id}>
                    <input
                      type="checkbox"
                      checked={chosen}
                      disabled={!chosen && expectations.length >= 3}
                      onChange={() => {
                        autosave.setExpectations(
                          chosen ? expectations.filter((x) => x !== s.id) : [...expectations, s.id],
                        );
                        rerender((n) => n + 1);
                      }}
                    />
                    <span>{s.label}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          {answered < total && (
            <p class="muted">
              {total - answered} question{total - answered === 1 ? ' is' : 's are'} still open; you can submit
              anyway, or go back and answer them.
            </p>
          )}
          {confirmation && (
            <p role="status" class="confirmation">
              {confirmation}
            </p>
          )}
          {!closed && (
            <button type="button" class="primary" onClick={submit} disabled={submitting}>
              {submitting ? 'Submitting…' : 'Submit my answers'}
            </button>
          )}
        </section>
      )}

      <div class="wizard-nav">
        {current > 0 ? (
          <button type="button" onClick={() => go(current - 1)}>
            ← Back
          </button>
        ) : (
          <span />
        )}
        {current < lastStep && (
          <button type="button" class="primary" onClick={() => go(current + 1)}>
            {current === 0 ? 'Start' : 'Next →'}
          </button>
        )}
      </div>
    </div>
  );
};
