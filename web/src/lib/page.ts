import { useEffect } from 'preact/hooks';

const PRODUCT = 'PMO Blueprint';

/** Sets the document title for the page shown: "<what> · PMO Blueprint". */
export const useTitle = (title: string | null | undefined) => {
  useEffect(() => {
    if (title) document.title = `${title} · ${PRODUCT}`;
  }, [title]);
};

/**
 * After a client-side navigation, moves focus to the new page's main heading (once it has rendered),
 * so keyboard and screen-reader users start at the top of what changed.
 */
export const focusPageHeading = () => {
  let tries = 0;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>('main h1, main h2.step-title');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    } else if (tries++ < 40) setTimeout(attempt, 50);
  };
  setTimeout(attempt, 0);
};
