/** What the consultant can and cannot see: the same promise as the invitation and docs/privacy.md. */
export const PrivacyNote = ({ minGroupSize }: { minGroupSize: number }) => (
  <div class="privacy-note">
    <p>
      <strong>What your consultant sees:</strong> whether you have opened, started or submitted the
      questionnaire, and results by role group once at least three people have submitted, in batches of three
      or more.
    </p>
    <p>
      <strong>What nobody sees:</strong> your individual answers, your notes, or when exactly you answered.
      Groups smaller than {minGroupSize} are pooled or withheld. Your link works only in the browser you first
      answer in; once you submit, your answers are final.
    </p>
  </div>
);
