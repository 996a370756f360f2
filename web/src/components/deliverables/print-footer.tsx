import { useEffect } from 'preact/hooks';
import './print.css';

/** A text as a CSS string literal. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

/**
 * On every printed page, the cover and the one-page brief included: the firm, "Confidential" and the
 * assessment's date in the bottom margin, beside the page number. Chromium prints @page margin boxes;
 * their text comes from a stylesheet made here (the page's CSP forbids inline style elements, not
 * this), removed when the report closes.
 */
export const PrintFooter = ({ text }: { text: string }) => {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    const box = `@bottom-left { content: ${cssString(text)}; font: 8pt system-ui, sans-serif; color: #586174; }`;
    try {
      sheet.replaceSync(`@page { ${box} } @page :first { ${box} }`);
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
  return null;
};
