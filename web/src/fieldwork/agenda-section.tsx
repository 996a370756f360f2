import type { Agenda, AgendaItem } from '../../../functions/core/fieldwork/agenda';
import type { ResolvedEntry } from '../../../functions/i18n/fieldwork';
import { levelName, reasonText } from './agenda-text';
import type { Fieldwork } from './load';

const clampLevel = (n: number) => Math.min(5, Math.max(1, n));

/** The two levels a published score sits between: the room decides which one practice matches. */
export const levelsAround = (score: number): [number, number] => {
  const low = clampLevel(Math.min(4, Math.floor(score)));
  return [low, low + 1];
};

const Item = ({
  item,
  entry,
  kit,
}: {
  item: AgendaItem;
  entry: ResolvedEntry | undefined;
  kit: Fieldwork;
}) => {
  const [low, high] = levelsAround(item.score);
  return (
    <li class="agenda-item">
      <h3>
        {entry?.dimension.name ?? item.dimension}{' '}
        <span class="agenda-minutes">{kit.say('agenda.minutes', { n: item.minutes })}</span>
      </h3>
      <p class="small-heading">{kit.say('agenda.why')}</p>
      <ul>
        {item.reasons.map((r) => (
          <li key={r.kind}>{reasonText(r, kit)}</li>
        ))}
      </ul>
      {entry && (
        <>
          <p>{kit.say('agenda.calibrate', { score: item.score, low, high })}</p>
          <dl class="kit-levels">
            {[low, high].map((n) => (
              <div key={n}>
                <dt>{levelName(kit, n)}</dt>
                <dd>{entry.entry.listenFor[n - 1]}</dd>
              </div>
            ))}
          </dl>
          <p class="small-heading">{kit.say('agenda.bring')}</p>
          <ul>
            {[low, high].map((n) => (
              <li key={n}>{entry.entry.documents[n - 1]}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
};

/** The calibration workshop: opening, the divergent dimensions most divergent first, closing. */
export const AgendaSection = ({
  agenda,
  scored,
  kit,
}: {
  agenda: Agenda;
  scored: boolean;
  kit: Fieldwork;
}) => {
  const entryOf = (id: string) => kit.entries.find((e) => e.dimension.id === id);
  return (
    <section id="agenda" class="fieldwork-section" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{kit.say('agenda.title')}</h2>
      <p>{kit.say('agenda.intro')}</p>
      <p class="callout">{kit.say('agenda.privacy', { k: agenda.k })}</p>
      {!scored ? (
        <p class="agenda-empty">{kit.say('agenda.noFigures', { k: agenda.k })}</p>
      ) : (
        <>
          <ol class="agenda">
            <li class="agenda-item">
              <h3>
                {kit.say('agenda.opening')}{' '}
                <span class="agenda-minutes">{kit.say('agenda.minutes', { n: agenda.openingMinutes })}</span>
              </h3>
              <p>{kit.say('agenda.openingText')}</p>
            </li>
            {agenda.items.map((item) => (
              <Item key={item.dimension} item={item} entry={entryOf(item.dimension)} kit={kit} />
            ))}
            <li class="agenda-item">
              <h3>
                {kit.say('agenda.closing')}{' '}
                <span class="agenda-minutes">{kit.say('agenda.minutes', { n: agenda.closingMinutes })}</span>
              </h3>
              <p>{kit.say('agenda.closingText')}</p>
            </li>
          </ol>
          {agenda.items.length === 0 && <p class="agenda-empty">{kit.say('agenda.none')}</p>}
          <p>
            <strong>{kit.say('agenda.total', { n: agenda.totalMinutes })}</strong>
          </p>
          {agenda.reserve.length > 0 && (
            <>
              <p class="small-heading">{kit.say('agenda.reserve')}</p>
              <ul>
                {agenda.reserve.map((item) => (
                  <li key={item.dimension}>{entryOf(item.dimension)?.dimension.name ?? item.dimension}</li>
                ))}
              </ul>
            </>
          )}
          <p class="muted">{kit.say('agenda.aligned', { n: agenda.aligned })}</p>
        </>
      )}
    </section>
  );
};
