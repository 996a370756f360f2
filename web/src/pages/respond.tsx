import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnswerValue } from '../../../functions/contract/answers';
import { minutesLeft, routeFor } from '../../../functions/core/questionnaire/reading-time';
import {
  ApiFailure,
  getModel,
  getResponse,
  type QuestionnaireDocument,
  type ResponseDocument,
  saveResponse,
  submitResponse,
} from '../api/client';
import { type Autosave, createAutosave } from '../components/autosave';
import { OtherDevicePage } from '../components/device-transfer-lazy';
import { DimensionStep, useFocusStepTitle } from '../components/dimension-step';
import { IntroStep } from '../components/questionnaire/intro-step';
import { RespondentHeader } from '../components/questionnaire/respondent-header';
import { resumeStep } from '../components/questionnaire/resume-step';
import { DoneScreen, ErasedScreen, LoadingQuestionnaire, NoLink } from '../components/questionnaire/screens';
import { ServicesStep } from '../components/questionnaire/services-step';
import { ContestedNotice, OwnData } from '../components/stakeholder-notices';
import { focusQuestion, SectionChips } from '../components/step-nav';
import { chosenByReader, language, setLanguage, t } from '../i18n';
import { readingDevice } from '../lib/device';
import { type InviteLink, takeInviteLink } from '../lib/invite-link';
import { useTitle } from '../lib/page';

/** Role groups in the reader's language; t() joins a list ("project managers and controllers"). */
const rolesInWords = (roles: readonly string[]): string[] =>
  roles.map((r) => t(`roles.${r}` as Parameters<typeof t>[0]));

/**
 * The invite link, /respond#<token> (or the old /respond/<token>): lib/invite-link.ts has moved
 * the token out of the address into this tab before the first render; a reload finds it there.
 * A link pasted into this tab while it shows the questionnaire is taken the same way.
 */
export const RespondLinkPage = () => {
  const [link, setLink] = useState<InviteLink>(() => takeInviteLink());
  useEffect(() => {
    const onHash = () => setLink(takeInviteLink());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (link.kind === 'malformed') return <NoLink message={t('respond.malformedLink')} />;
  if (link.kind === 'none') return <NoLink message={t('respond.noLink')} />;
  return <RespondPage key={link.token} token={link.token} />;
};

/** A link of the old form, /respond/<token>: taken out of the address like any other. */
export const LegacyRespondPage = RespondLinkPage;

/** The stakeholder's questionnaire, reached through the personal invite link. */
export const RespondPage = ({ token }: { token: string }) => {
  const [model, setModel] = useState<QuestionnaireDocument | null>(null);
  const [doc, setDoc] = useState<ResponseDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [otherDevice, setOtherDevice] = useState(false);
  const [step, setStep] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [justSubmitted, setJustSubmitted] = useState(false);
  /** Opened after it was submitted: its answers and notes are not shown again. */
  const [alreadySubmitted, setAlreadySubmitted] = useState(false);
  // Whom the answers are published among: sent on reads only, so kept apart from later saves.
  const [among, setAmong] = useState<ResponseDocument['hiddenAmong']>(undefined);
  const [starting, setStarting] = useState(false);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const [erased, setErased] = useState(false);
  const [, rerender] = useState(0);
  const autosave = useMemo<Autosave>(() => createAutosave(token, setDoc), [token]);
  useEffect(() => () => autosave.dispose(), [autosave]);

  useEffect(() => {
    Promise.all([getModel(), getResponse(token)])
      .then(async ([current, d]) => {
        // An assessment is answered in the edition it was created with: its questions, not today's.
        const m =
          current.version === d.assessment.questionnaireVersion
            ? current
            : await getModel(d.assessment.questionnaireVersion);
        return [m, d] as const;
      })
      .then(
        ([m, d]) => {
          if (d.submittedAt) {
            // A submission is final: the link reads nothing back (client.ts forgot what this browser held).
            autosave.discard();
            setAlreadySubmitted(true);
            return;
          }
          setModel(m);
          setDoc(d);
          setAmong(d.hiddenAmong);
          // The questionnaire opens in the assessment's language unless this reader chose their own.
          if (!chosenByReader() && d.assessment.language !== language.value)
            void setLanguage(d.assessment.language);
          const waiting = autosave.pending();
          const given = { ...d.answers, ...waiting.answers };
          const passed = waiting.handedOn ?? d.handedOn;
          setStep(
            (s) =>
              s ??
              resumeStep(m, (id) => (given[id] !== undefined && given[id] !== null) || passed.includes(id)),
          );
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
                ? t('respond.invalidLink')
                : t('respond.cannotLoad'),
          );
        },
      );
  }, [token, autosave]);

  // Answers are kept by question id: switching language reloads the texts, never the answers.
  const reading = language.value;
  useEffect(() => {
    if (!model || model.language === reading) return;
    void getModel(model.version).then(setModel, () => undefined);
  }, [reading, model]);

  useFocusStepTitle(step, justSubmitted);
  useTitle(doc ? doc.assessment.clientName : null);

  if (erased) return <ErasedScreen />;
  if (problem) return <NoLink message={problem} />;
  if (alreadySubmitted) return <NoLink message={t('respond.alreadySubmitted')} />;
  if (otherDevice)
    return (
      <OtherDevicePage
        token={token}
        onMoved={(moved) => {
          setDoc(moved);
          setOtherDevice(false);
          // The blank document shown before Start put this device on the intro: resume where the
          // moved answers stop instead.
          setStep(
            model
              ? resumeStep(
                  model,
                  (id) =>
                    (moved.answers[id] !== undefined && moved.answers[id] !== null) ||
                    moved.handedOn.includes(id),
                )
              : null,
          );
        }}
      />
    );
  if (!model || !doc) return <LoadingQuestionnaire />;

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
  // Handed on ("not my area"): never alongside a rating, whatever order the saves arrive in.
  const handedOn = (pending.handedOn ?? doc.handedOn).filter((id) => answers[id] === undefined);
  const handled = (id: string) => answers[id] !== undefined || handedOn.includes(id);
  const role = doc.stakeholder.role;
  // A submission is final, like a closed survey: the answers are shown but no longer change.
  const closed = doc.assessment.status === 'closed' || doc.submittedAt !== null;
  const total = model.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const answered = model.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => answers[q.id] !== undefined).length;
  const passedOn = model.dimensions.flatMap((d) => d.questions).filter((q) => handedOn.includes(q.id)).length;
  const done = answered + passedOn;
  // The time is the stakeholder's own route: their questions read and rated, the others read and
  // handed on, at the reading speed and phone factor of functions/core/questionnaire/reading-time.ts.
  const where = readingDevice();
  const route = routeFor(model, role);
  const left = minutesLeft(model, role, handled, where, { servicesDone: closed || expectations.length > 0 });
  const lastStep = model.dimensions.length + 1;
  const current = step ?? resumeStep(model, handled);
  const finished = justSubmitted && doc.submittedAt !== null;
  const dimension =
    current >= 1 && current <= model.dimensions.length ? model.dimensions[current - 1] : undefined;
  const go = (n: number) => {
    void autosave.flush();
    setConfirmation(null);
    setJustSubmitted(false);
    setStep(n);
    window.scrollTo(0, 0);
  };
  /**
   * Start is the first write: it binds an unused link to this browser, and on a link in use elsewhere
   * (or already submitted) the refusal shows at once, before anything is answered in vain.
   */
  const start = async () => {
    if (closed) return go(1);
    setStarting(true);
    setStartProblem(null);
    try {
      setDoc(await saveResponse(token, {}));
      go(1);
    } catch (e) {
      if (e instanceof ApiFailure && e.code === 'device_mismatch') setOtherDevice(true);
      // Offline: answering goes on, and the answers wait on this device until they can be sent.
      else if (e instanceof ApiFailure && e.status === 0) go(1);
      else setStartProblem(t('respond.startFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setStarting(false);
    }
  };
  const erase = () => {
    autosave.discard();
    setErased(true);
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
      // The submission carried every change; submitResponse has forgotten the link in this browser.
      autosave.discard();
      setDoc(saved);
      setJustSubmitted(true);
      setConfirmation(t('respond.thanks'));
    } catch (e) {
      setConfirmation(e instanceof ApiFailure ? e.message : t('respond.submitFailed'));
    } finally {
      setSubmitting(false);
    }
  };

  if (finished)
    return (
      <DoneScreen
        done={done}
        total={total}
        minGroupSize={doc.assessment.minGroupSize}
        token={token}
        onErased={erase}
      />
    );

  return (
    <div class="wizard respond-frame">
      <RespondentHeader doc={doc} autosave={autosave} done={done} token={token} />
      <div class="progress">
        <progress max={total} value={done} aria-label={t('respond.doneLabel', { done, total })} />
        <span>
          {/* A closed or submitted questionnaire has no time left to tell. */}
          {t('respond.progressDone', { done, total, handedOn: passedOn, minutes: closed ? 0 : left })}
          {doc.submittedAt ? ` · ${t('respond.submittedMark')}` : ''}
        </span>
      </div>
      {current > 0 && (
        <SectionChips
          dimensions={model.dimensions}
          answers={answers}
          handedOn={handedOn}
          current={current}
          onGo={go}
        />
      )}
      <ContestedNotice at={doc.contestedAt} />
      {closed && (
        <p class="warning" role="status">
          {doc.submittedAt ? t('respond.submittedNotice') : t('respond.closedNotice')}
        </p>
      )}

      {current === 0 && (
        <IntroStep model={model} doc={doc} among={among} role={role} where={where} route={route} />
      )}

      {dimension && (
        <DimensionStep
          dimension={dimension}
          title={`${current}. ${dimension.name}`}
          intro={dimension.summary}
          special={model.scale.special}
          answers={answers}
          disabled={closed}
          onAnswer={(id, v) => {
            autosave.rate(id, v, handedOn);
            rerender((n) => n + 1);
          }}
          stakeholderRole={role}
          handedOn={handedOn}
          onHandOn={(id, on) => {
            autosave.setHandedOn(id, on, handedOn);
            rerender((n) => n + 1);
          }}
          audienceNote={(audience) => t('question.oftenBy', { roles: rolesInWords(audience) })}
          notes={notes}
          onNote={(id, text) => {
            autosave.setNote(id, text);
            rerender((n) => n + 1);
          }}
          onNoteDone={() => void autosave.flush()}
        />
      )}

      {current === lastStep && (
        <ServicesStep
          model={model}
          expectations={expectations}
          onExpectations={(chosen) => {
            autosave.setExpectations(chosen);
            rerender((n) => n + 1);
          }}
          closed={closed}
          answers={answers}
          handedOn={handedOn}
          role={role}
          onGo={goToQuestion}
          confirmation={confirmation}
          submitting={submitting}
          onSubmit={submit}
        />
      )}

      <div class="wizard-nav">
        {current > 0 ? (
          <button type="button" onClick={() => go(current - 1)}>
            {t('respond.back')}
          </button>
        ) : (
          <span />
        )}
        {current === 0 ? (
          <button type="button" class="primary" onClick={start} disabled={starting}>
            {starting ? t('respond.starting') : t('respond.start')}
          </button>
        ) : (
          current < lastStep && (
            <button type="button" class="primary" onClick={() => go(current + 1)}>
              {t('respond.next')}
            </button>
          )
        )}
      </div>
      {startProblem && (
        <p role="alert" class="error-box">
          {startProblem}
        </p>
      )}
      <OwnData token={token} onErased={erase} />
    </div>
  );
};
