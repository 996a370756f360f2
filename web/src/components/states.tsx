import type { ComponentChildren } from 'preact';

/** A page or a part of one still loading: said in words, with a quiet spinner. */
export const Loading = ({ label }: { label: string }) => (
  <p class="state" aria-busy="true">
    <span class="spinner" aria-hidden="true" /> {label}
  </p>
);

/** A failed load: what failed, why, and what to do next (try again, or go elsewhere). */
export const LoadError = ({
  title,
  error,
  retry,
  back,
  level = 1,
}: {
  title: string;
  error: string;
  retry?: { label: string; onClick: () => void };
  back?: { href: string; label: string };
  /** The heading's level: 1 when the failure replaces the page, 2 inside one. */
  level?: 1 | 2;
}) => {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div class="state state-error" role="alert">
      <Heading>{title}</Heading>
      <p>{error}</p>
      <p class="toolbar">
        {retry && (
          <button type="button" class="primary" onClick={retry.onClick}>
            {retry.label}
          </button>
        )}
        {back && (
          <a class="button" href={back.href}>
            {back.label}
          </a>
        )}
      </p>
    </div>
  );
};

/** Nothing here yet: why, and the action that fills it. */
export const Empty = ({ title, children }: { title: string; children: ComponentChildren }) => (
  <div class="state state-empty">
    <h2>{title}</h2>
    {children}
  </div>
);
