import type { PriorityRow } from '../../../../functions/contract/calibration';
import { num } from '../../i18n';
import { tc } from '../../i18n/calibration';
import { DataTable } from '../data-table';
import './calibration.css';

const SIZE = { w: 520, h: 360, left: 56, right: 16, top: 16, bottom: 48 };
const x = (maturity: number) => SIZE.left + ((maturity - 1) / 4) * (SIZE.w - SIZE.left - SIZE.right);
const y = (importance: number) => SIZE.top + ((5 - importance) / 4) * (SIZE.h - SIZE.top - SIZE.bottom);

/**
 * The priority map: importance (up) against maturity (right), one point per dimension with both; the
 * table below lists every dimension by priority (importance × gap to target), highest first.
 */
export const PriorityMap = ({ priorities }: { priorities: readonly PriorityRow[] }) => {
  const plotted = priorities.filter(
    (p): p is PriorityRow & { importance: number; current: number } =>
      p.importance !== null && p.current !== null,
  );
  return (
    <section class="priority-map report-section" id="priorities" aria-labelledby="priorities-title">
      <h2 id="priorities-title">{tc('priority.title')}</h2>
      <p class="muted">{tc('priority.intro')}</p>
      {plotted.length === 0 ? (
        <p>{tc('priority.none')}</p>
      ) : (
        <svg
          class="priority-plot"
          viewBox={`0 0 ${SIZE.w} ${SIZE.h}`}
          role="img"
          aria-label={plotted
            .map((p) =>
              tc('priority.point', {
                name: p.name,
                importance: num(p.importance, 1),
                current: num(p.current, 2),
              }),
            )
            .join('; ')}
        >
          {[1, 2, 3, 4, 5].map((v) => (
            <g key={v}>
              <line class="grid" x1={x(v)} x2={x(v)} y1={SIZE.top} y2={SIZE.h - SIZE.bottom} />
              <line class="grid" x1={SIZE.left} x2={SIZE.w - SIZE.right} y1={y(v)} y2={y(v)} />
              <text class="tick" x={x(v)} y={SIZE.h - SIZE.bottom + 18} text-anchor="middle">
                {v}
              </text>
              <text class="tick" x={SIZE.left - 10} y={y(v) + 5} text-anchor="end">
                {v}
              </text>
            </g>
          ))}
          <text class="axis" x={(SIZE.left + SIZE.w) / 2} y={SIZE.h - 6} text-anchor="middle">
            {tc('priority.maturity')}
          </text>
          <text
            class="axis"
            x={14}
            y={SIZE.h / 2}
            transform={`rotate(-90 14 ${SIZE.h / 2})`}
            text-anchor="middle"
          >
            {tc('priority.importance')}
          </text>
          {plotted.map((p) => (
            <g key={p.id} class={p.priority !== null && p.priority > 0 ? 'point urgent' : 'point'}>
              <circle cx={x(p.current)} cy={y(p.importance)} r={7} />
              <text x={x(p.current) + 10} y={y(p.importance) - 8}>
                {p.name}
              </text>
            </g>
          ))}
        </svg>
      )}
      <DataTable
        caption={tc('priority.caption')}
        hideCaption
        columns={[
          tc('priority.dimension'),
          tc('priority.importance'),
          tc('priority.source'),
          tc('priority.maturity'),
          tc('priority.target'),
          tc('priority.priority'),
        ]}
      >
        {priorities.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td>{p.importance === null ? '–' : num(p.importance, 1)}</td>
            <td>{tc(`priority.source.${p.source}`)}</td>
            <td>{p.current === null ? '–' : num(p.current, 2)}</td>
            <td>{p.target}</td>
            <td>{p.priority === null ? '–' : num(p.priority, 2)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
};
