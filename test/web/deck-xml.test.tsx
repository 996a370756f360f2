import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../web/src/deliverables/deck';
import { deliverableInput } from '../unit/deliverables/fixtures';

// In the browser's environment (jsdom), where the deck is built and DOMParser checks the XML.
describe('the deck, built in the browser', () => {
  it('stays a well-formed file whatever the firm and client are called', async () => {
    const input = deliverableInput();
    const tricky = { ...input, clientName: 'Fabrikam & Sons <Energy>' };
    const branding = input.branding ? { ...input.branding, firmName: 'Smith & Jones </Company><X>' } : null;
    const zip = await JSZip.loadAsync(await buildDeck({ ...tricky, branding }));
    for (const name of Object.keys(zip.files).filter((f) => f.endsWith('.xml'))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), name).toHaveLength(0);
    }
    const app = (await zip.file('docProps/app.xml')?.async('string')) ?? '';
    expect(app).toContain('Smith &amp; Jones &lt;/Company&gt;&lt;X&gt;');
  });
});
