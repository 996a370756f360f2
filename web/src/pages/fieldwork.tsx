import { buildAgenda } from '../../../functions/core/fieldwork/agenda';
import type { AssessmentResults, AssessmentView } from '../api/client';
import { getAssessment, getResults } from '../api/consultant';
import { PrintFooter } from '../components/deliverables/print-footer';
import { LoadFailed } from '../components/load-failed';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';
import { AgendaSection } from '../fieldwork/agenda-section';
import { KitDownload } from '../fieldwork/kit-download';
import { DocumentsSection, GuideSection } from '../fieldwork/kit-sections';
import { type Fieldwork, loadFieldwork } from '../fieldwork/load';
import { language, t } from '../i18n';
import '../i18n/report';
import { useTitle } from '../lib/page';
import { session } from '../session';
import '../fieldwork/fieldwork.css';

export const FieldworkKit = ({
  assessment,
  results,
  kit,
}: {
  assessment: AssessmentView;
  results: AssessmentResults;
  kit: Fieldwork;
}) => {
  // Only what the disclosure rules published reaches the agenda: the results' aggregates, no more.
  const agenda = buildAgenda({ analysis: results.analysis, result: results.result });
  const sections: [string, string][] = [
    ['agenda', kit.say('agenda.title')],
    ['guide', kit.say('guide.title')],
    ['documents', kit.say('documents.title')],
  ];
  return (
    <article class="fieldwork">
      <div class="toolbar no-print">
        <a href={`/assessments/${assessment.id}/report`}>{kit.say('kit.back')}</a>
        <div class="toolbar">
          <button type="button" class="primary" onClick={() => window.print()}>
            {kit.say('kit.print')}
          </button>
          <KitDownload
            kit={kit}
            agenda={results.result ? agenda : null}
            clientName={assessment.clientName}
            firm={session.value?.organisation ?? 'PMO Blueprint'}
          />
        </div>
      </div>
      <header class="cover fieldwork-cover">
        <p class="eyebrow">{kit.say('kit.eyebrow')}</p>
        <h1>{kit.say('kit.pageTitle', { client: assessment.clientName })}</h1>
        <p class="muted">{kit.say('kit.edition', { edition: kit.edition })}</p>
        <p>{kit.say('kit.intro')}</p>
        <nav class="toc" aria-label={kit.say('kit.contents')}>
          <h2 class="small-heading">{kit.say('kit.contents')}</h2>
          <ol>
            {sections.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <AgendaSection agenda={agenda} scored={results.result !== null} kit={kit} />
      <GuideSection kit={kit} />
      <DocumentsSection kit={kit} />
      <PrintFooter
        text={`${assessment.clientName} · ${kit.say('kit.title')} · ${kit.say('kit.confidential')}`}
      />
    </article>
  );
};

/**
 * The fieldwork kit of an assessment, printable: the calibration workshop's agenda from the results'
 * published divergences, the interview guide and the document request list of its edition, in the
 * reader's language.
 */
export const FieldworkPage = ({ id }: { id: string }) => {
  const reading = language.value;
  const { data, error, reload } = useLoad(async () => {
    const [assessment, results] = await Promise.all([getAssessment(id), getResults(id)]);
    const kit = await loadFieldwork(reading, assessment.questionnaireVersion);
    return { assessment, results, kit };
  }, [id, reading]);
  useTitle(data ? data.kit.say('kit.pageTitle', { client: data.assessment.clientName }) : null);
  return (
    <RequireSession>
      {error ? (
        <LoadFailed error={error} reload={reload} id={id} />
      ) : !data ? (
        <p class="state" aria-busy="true">
          <span class="spinner" aria-hidden="true" /> {t('report.loading')}
        </p>
      ) : (
        <FieldworkKit assessment={data.assessment} results={data.results} kit={data.kit} />
      )}
    </RequireSession>
  );
};
