import type { ComponentChildren } from 'preact';

/**
 * A table of figures that may scroll sideways on a phone: the scrolling region is reachable by
 * keyboard and named by the caption (axe scrollable-region-focusable), the columns are headed.
 */
export const DataTable = ({
  caption,
  columns,
  hideCaption = false,
  children,
}: {
  caption: string;
  /** Column headings; false leaves a column out. */
  columns: (string | false)[];
  /** Said to screen readers only, where a heading above already names the table. */
  hideCaption?: boolean;
  children: ComponentChildren;
}) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
  <section class="table-scroll" tabIndex={0} aria-label={caption}>
    <table class="data">
      <caption class={hideCaption ? 'sr-only' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns
            .filter((c): c is string => c !== false)
            .map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </section>
);
