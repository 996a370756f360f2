import { useState } from 'preact/hooks';
import type { AssessmentResults, AssessmentView, Result } from '../../api/client';
import {
  type BenchmarkView,
  getBenchmark,
  getBranding,
  getTargets,
  type Targets,
} from '../../api/deliverables';
import { useLoad } from '../use-load';
import { BenchmarkPanel } from './benchmark-panel';
import { DeliverableButtons } from './deliverable-buttons';
import { FirmBanner } from './firm-banner';
import { ShareLinksPanel } from './share-links-panel';
import { TargetGaps } from './target-gaps';
import { TargetsEditor } from './targets-editor';
import './deliverables.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * What the report adds for the hand-over: the firm's banner, slides and workbook, targets and the
 * gap to them, the benchmark, and share links for leadership. One inserted component.
 */
export const ReportExtras = ({
  assessment,
  results,
}: {
  assessment: AssessmentView;
  results: AssessmentResults;
}) => {
  const { data } = useLoad(
    () => Promise.all([getBranding(), getTargets(assessment.id), getBenchmark(assessment.id)]),
    [assessment.id],
  );
  const [targets, setTargets] = useState<Targets | null>(null);
  const [benchmark, setBenchmark] = useState<BenchmarkView | null>(null);
  if (!data) return null;
  const [branding] = data;
  const currentTargets = targets ?? data[1];
  const currentBenchmark = benchmark ?? data[2];
  const result = results.result;
  return (
    <div class="report-extras">
      <FirmBanner branding={branding} />
      {result && (
        <div class="toolbar no-print">
          <DeliverableButtons
            input={() => ({
              clientName: assessment.clientName,
              results: { ...results, result: result as Result },
              targets: currentTargets,
              branding,
              benchmark: currentBenchmark,
              preparedOn: today(),
            })}
          />
        </div>
      )}
      {result && (
        <>
          <TargetGaps result={result} targets={currentTargets} baseline={results.baseline} />
          <TargetsEditor
            assessmentId={assessment.id}
            result={result}
            targets={currentTargets}
            onSaved={setTargets}
          />
          <BenchmarkPanel
            assessmentId={assessment.id}
            employees={assessment.context.employees}
            initial={currentBenchmark}
            onChange={setBenchmark}
          />
        </>
      )}
      <ShareLinksPanel assessmentId={assessment.id} />
    </div>
  );
};
