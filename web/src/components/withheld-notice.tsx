import type { AssessmentResults } from '../api/client';

/** Why the report withholds a group or a figure, in the words of the anonymity rules. */
export const WithheldNotice = ({ disclosure }: { disclosure: AssessmentResults['disclosure'] }) =>
  disclosure.withheld.length === 0 ? null : (
    <section class="withheld" aria-labelledby="withheld-title">
      <h2 id="withheld-title">Withheld to keep answers anonymous</h2>
      <p>
        Figures cover at least {disclosure.minGroupSize} people each and are published in batches of{' '}
        {disclosure.minGroupSize}: {disclosure.published} of {disclosure.counted} submissions are in this
        report.
      </p>
      <ul>
        {disclosure.withheld.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );

/** The report's footer: exactly what the consultant can and cannot see. */
export const ReportPrivacyFooter = ({ minGroupSize }: { minGroupSize: number }) => (
  <footer class="report-privacy muted">
    <p>
      You see: who was invited and whether each person has started or submitted; figures for groups of at
      least {minGroupSize} people, published in batches of {minGroupSize}. You cannot see: any person’s
      answers, notes or submission time, groups smaller than {minGroupSize}, or figures from which those could
      be derived. Submissions stay counted when a link is revoked, re-issued or removed.
    </p>
  </footer>
);
