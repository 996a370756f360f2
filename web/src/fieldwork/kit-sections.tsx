import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import type { ResolvedEntry } from '../../../functions/i18n/fieldwork';
import { levelName } from './agenda-text';
import type { Fieldwork } from './load';

const LEVELS = [1, 2, 3, 4, 5] as const;

const SourceNote = ({ entry, kit }: { entry: ResolvedEntry; kit: Fieldwork }) =>
  entry.source === 'edition' ? null : <p class="muted kit-source">{kit.say(`source.${entry.source}`)}</p>;

/** Per dimension: the questions for each role interviewed, and what an answer sounds like at each level. */
export const GuideSection = ({ kit }: { kit: Fieldwork }) => (
  <section id="guide" class="fieldwork-section" aria-labelledby="guide-title">
    <h2 id="guide-title">{kit.say('guide.title')}</h2>
    <p>{kit.say('guide.intro')}</p>
    {kit.entries.map((e) => (
      <section key={e.dimension.id} class="kit-dimension" aria-labelledby={`guide-${e.dimension.id}`}>
        <h3 id={`guide-${e.dimension.id}`}>{e.dimension.name}</h3>
        <SourceNote entry={e} kit={kit} />
        <h4>{kit.say('guide.ask')}</h4>
        <dl class="kit-roles">
          {STAKEHOLDER_ROLES.filter((role) => (e.entry.interview[role]?.length ?? 0) > 0).map((role) => (
            <div key={role}>
              <dt>{kit.say(`role.${role}`)}</dt>
              {(e.entry.interview[role] ?? []).map((q) => (
                <dd key={q}>{q}</dd>
              ))}
            </div>
          ))}
        </dl>
        <h4>{kit.say('guide.listen')}</h4>
        <dl class="kit-levels">
          {LEVELS.map((n) => (
            <div key={n}>
              <dt>{levelName(kit, n)}</dt>
              <dd>{e.entry.listenFor[n - 1]}</dd>
            </div>
          ))}
        </dl>
      </section>
    ))}
  </section>
);

/** Per dimension: the evidence that would show each level, with a box to tick when it arrives. */
export const DocumentsSection = ({ kit }: { kit: Fieldwork }) => (
  <section id="documents" class="fieldwork-section" aria-labelledby="documents-title">
    <h2 id="documents-title">{kit.say('documents.title')}</h2>
    <p>{kit.say('documents.intro')}</p>
    {kit.entries.map((e) => (
      <section key={e.dimension.id} class="kit-dimension" aria-labelledby={`docs-${e.dimension.id}`}>
        <h3 id={`docs-${e.dimension.id}`}>{e.dimension.name}</h3>
        <SourceNote entry={e} kit={kit} />
        <ul class="kit-documents">
          {LEVELS.map((n) => (
            <li key={n}>
              <span class="kit-box" aria-hidden="true" />
              <span>
                <strong>{levelName(kit, n)}</strong> {e.entry.documents[n - 1]}
              </span>
            </li>
          ))}
        </ul>
      </section>
    ))}
  </section>
);
