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
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { SaveIndicator } from '../components/save-indicator';
import { focusQuestion, SectionChips, UnansweredList } from '../components/step-nav';
import { formatDate, plural } from '../lib/format';
import { useTitle } from '../lib/page';

const SECONDS_PER_QUESTION = 20;

/**
 * Where a returning stakeholder resumes: the intro when nothing is answered, else the first section
 * with an open question, else the closing step. Decided once on arrival, never again while answering,
 * so that answering a section's last open question cannot move the page away.
 */
const resumeStep = (model: QuestionnaireDocument, answers: Record<string, unknown>) => {
  const questions = model.dimensions.flatMap((d) => d.questions);
  if (!questions.some((q) => answers[q.id] !== undefined)) return 0;
  const firstOpen = model.dimensions.findIndex((d) => d.questions.some((q) => answers[q.id] === undefined));
  return firstOpen === -1 ? model.dimensions.length + 1 : firstOpen + 1;
};

/** The stakeholder's questionnaire, reached through the personal invite link. */
export const RespondPage = ({ token }: { token: string }) => {
  const [model, setModel] = useState<QuestionnaireDocument | null>(null);
  const [doc, setDoc] = useState<ResponseDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [step, setStep] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const [, rerender] = useState(0);
  const autosave = useMemo<Autosave>(() => createAutosave(token, setDoc), [token]);
  useEffect(() => () => autosave.dispose(), [autosave]);

  useEffect(() => {
    Promise.all([getModel(), getResponse(token)]).then(
      ([m, d]) => {
        setModel(m);
        setDoc(d);
        setStep((s) => s ?? resumeStep(m, { ...d.answers, ...autosave.pending().answers }));
        void autosave.flush();
      },
      (e: unknown) =>
        setProblem(
          e instanceof ApiFailure && (e.status === 404 || e.status === 400)
            ? 'This link is not valid. It may have been replaced or withdrawn; ask your consultant for a new one.'
            : 'The questionnaire cannot be loaded right now. Check your connection and reload the page.',
        ),
    );
  }, [token, autosave]);

  useFocusStepTitle(step, justSubmitted);
  useTitle(doc ? `Questionnaire for ${doc.assessment.clientName}` : 'Questionnaire');

  if (problem)
    return (
      <div class="respond-frame">
        <div class="state state-error" role="alert">
          <h1>This questionnaire cannot be opened</h1>
          <p>{problem}</p>
        </div>
      </div>
    );
  if (!model || !doc)
    return (
      <div class="respond-frame">
        <p class="state" aria-busy="true">
          <span class="spinner" aria-hidden="true" /> Loading your questionnaire…
        </p>
      </div>
    );

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
  const closed = doc.assessment.status === 'closed';
  const total = model.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const answered = model.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => answers[q.id] !== undefined).length;
  const lastStep = model.dimensions.length + 1;
  const current = step ?? resumeStep(model, answers);
  const minutesLeft = Math.max(1, Math.ceil(((total - answered) * SECONDS_PER_QUESTION) / 60));
  const done = justSubmitted && doc.submittedAt !== null;
  const dimension =
    current >= 1 && current <= model.dimensions.length ? model.dimensions[current - 1] : undefined;
  const go = (n: number) => {
    void autosave.flush();
    setConfirmation(null);
    setJustSubmitted(false);
    setStep(n);
    window.scrollTo(0, 0);
  };
  const goToQuestion = (n: number, questionId: string) => {
    go(n);
    focusQuestion(questionId);
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      await autosave.flush();
      const saved = await submitResponse(token, {});
      setDoc(saved);
      setJustSubmitted(true);
      setConfirmation(
        'Thank you: your answers are submitted. You can still change them until the assessment closes.',
      );
    } catch (e) {
      setConfirmation(
        e instanceof ApiFailure ? e.message : 'Submitting failed; your answers are kept. Try again.',
      );
    } finally {
      setSubmitting(false);
    }
  };

  if (done) {
    return (
      <div class="respond-frame">
        <section class="done-screen card">
          <p class="done-mark" aria-hidden="true">
            ✓
          </p>
          <h2 class="step-title" tabIndex={-1}>
            Thank you: your answers are in
          </h2>
          <p>
            {doc.assessment.clientName} receives them as part of the assessment, reported by role group only:
            nobody sees your individual answers.
          </p>
          <p>
            {answered} of {total} questions answered
            {doc.assessment.dueDate
              ? `. You can still change them until ${formatDate(doc.assessment.dueDate)}`
              : ''}
            {doc.assessment.dueDate ? '.' : ', until the assessment closes.'}
          </p>
          <button type="button" onClick={() => go(1)}>
            Review or change my answers
          </button>
        </section>
      </div>
    );
  }

  return (
    <div class="wizard respond-frame">
      <header class="respond-header">
        <div>
          <p class="respond-brand">
            <span class="brand-mark" aria-hidden="true" />
            PMO Blueprint <span class="muted">· maturity assessment</span>
          </p>
          <h1 class="respond-title">{doc.assessment.clientName}: how projects are run</h1>
          <p class="muted respond-meta">
            Invited by your consultant to answer as {doc.stakeholder.name ? `${doc.stakeholder.name}, ` : ''}
            {ROLE_NAME[doc.stakeholder.role].toLowerCase()} · {plural(total, 'question')}, about{' '}
            {Math.ceil((total * SECONDS_PER_QUESTION) / 60)} minutes
            {doc.assessment.dueDate ? ` · please answer by ${formatDate(doc.assessment.dueDate)}` : ''}
          </p>
        </div>
        <SaveIndicator
          state={autosave.state.value}
          error={autosave.error.value}
          idle={answered === 0 && doc.expectations.length === 0}
        />
      </header>
      <div class="progress">
        <progress max={total} value={answered} aria-label={`${answered} of ${total} questions answered`} />
        <span>
          {answered} of {total} answered · about {minutesLeft} min left
          {doc.submittedAt ? ' · submitted' : ''}
        </span>
      </div>
      {current > 0 && (
        <SectionChips dimensions={model.dimensions} answers={answers} current={current} onGo={go} />
      )}
      {closed && (
        <p class="warning" role="status">
          This assessment is closed. Your answers are shown but can no longer be changed.
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
            Every answer is saved as you give it, so you can stop and come back with this link on any device.
            Your individual answers are never shown to anyone else; results are reported by role group only.
          </p>
          <p class="muted">
            Keyboard: keys 1 to 5 pick a level, D “Don't know”, N “Not applicable”; Tab moves on.
          </p>
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
          <UnansweredList dimensions={model.dimensions} answers={answers} onGo={goToQuestion} />
          {confirmation && (
            <p role="status" class="confirmation">
              {confirmation}
            </p>
          )}
          {!closed && (
            <button type="button" class="primary" onClick={submit} disabled={submitting}>
              {submitting ? 'Submitting…' : doc.submittedAt ? 'Submit my changes' : 'Submit my answers'}
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
