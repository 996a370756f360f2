import { useState } from 'preact/hooks';
import type { AssessmentResults, AssessmentView, Result } from '../../api/client';
import {
  type BenchmarkView,
  type Branding,
  getBenchmark,
  getBranding,
  getTargets,
  type Targets,
} from '../../api/deliverables';
import { useLoad } from '../use-load';
import { BenchmarkPanel } from './benchmark-panel';
import { DeliverableButtons } from './deliverable-buttons';
import { TargetGaps } from './target-gaps';
import { TargetsEditor } from './targets-editor';
import './deliverables.css';

const today = () => new Date().toISOString().slice(0, 10);

/** What the hand-over adds to a report: the firm's branding, the targets and the benchmark, kept current. */
export interface Deliverables {
  branding: Branding | null;
  targets: Targets | null;
  benchmark: BenchmarkView | null;
  setTargets: (t: Targets) => void;
  setBenchmark: (b: BenchmarkView) => void;
}

/** Loads the report's deliverables once; edits on the page replace what was loaded. */
export const useDeliverables = (assessmentId: string): Deliverables | null => {
  const { data } = useLoad(
    () => Promise.all([getBranding(), getTargets(assessmentId), getBenchmark(assessmentId)]),
    [assessmentId],
  );
  const [targets, setTargets] = useState<Targets | null>(null);
  const [benchmark, setBenchmark] = useState<BenchmarkView | null>(null);
  if (!data) return null;
  return {
    branding: data[0],
    targets: targets ?? data[1],
    benchmark: benchmark ?? data[2],
    setTargets,
    setBenchmark,
  };
};

/** Slides and workbook of the same figures, for the toolbar. */
export const DeliverableDownloads = ({
  assessment,
  results,
  deliverables,
}: {
  assessment: AssessmentView;
  results: AssessmentResults & { result: Result };
  deliverables: Deliverables;
}) => (
  <DeliverableButtons
    input={() => ({
      clientName: assessment.clientName,
      results,
      targets: deliverables.targets,
      branding: deliverables.branding,
      benchmark: deliverables.benchmark,
      preparedOn: today(),
    })}
  />
);

/** Targets per dimension with the gap to them and the quick wins, and (on screen) the editor. */
export const TargetsSection = ({
  assessment,
  results,
  deliverables,
}: {
  assessment: AssessmentView;
  results: AssessmentResults & { result: Result };
  deliverables: Deliverables;
}) => (
  <div class="report-section" id="targets">
    <TargetGaps result={results.result} targets={deliverables.targets} baseline={results.baseline} />
    <TargetsEditor
      assessmentId={assessment.id}
      result={results.result}
      targets={deliverables.targets}
      onSaved={deliverables.setTargets}
    />
  </div>
);

/** The client's consent to the benchmark and, where the cell is large enough, the comparison. */
export const BenchmarkSection = ({
  assessment,
  deliverables,
}: {
  assessment: AssessmentView;
  deliverables: Deliverables;
}) => (
  <div class="report-section" id="benchmark">
    <BenchmarkPanel
      assessmentId={assessment.id}
      employees={assessment.context.employees}
      initial={deliverables.benchmark}
      onChange={deliverables.setBenchmark}
    />
  </div>
);
