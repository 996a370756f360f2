import type { ComponentChildren } from 'preact';
import './office.css';

/**
 * A table of the office (services, returns, expectations): headed columns on a wide screen, one
 * card per row on a phone, each value with its column's name (cells carry `data-label`), so nothing
 * scrolls sideways. The region is still reachable by keyboard should a long word overflow.
 */
export const OfficeTable = ({
  caption,
  columns,
  numeric = [],
  children,
  foot,
}: {
  caption: string;
  columns: string[];
  /** Columns (by index) that hold figures: right-aligned, kept on one line. */
  numeric?: number[];
  children: ComponentChildren;
  foot?: ComponentChildren;
}) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
  <section class="table-scroll" tabIndex={0} aria-label={caption}>
    <table class="data office-table as-cards">
      {/* A heading above names the table on screen; the caption names it to screen readers. */}
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={c} class={numeric.includes(i) ? 'num' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  </section>
);
