import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../web/src/components/confirm-dialog';
import { InviteLinks, type IssuedLink, linksAsCsv, linksAsText } from '../../web/src/components/invite-links';
import { csvCell, toCsv } from '../../web/src/lib/csv';

const LINKS: IssuedLink[] = [
  {
    id: 's1',
    role: 'management',
    name: 'Priya Nair',
    email: 'priya@client.example',
    url: 'https://pmo.example/respond#aaa',
    emailed: true,
  },
  {
    id: 's2',
    role: 'team-member',
    name: null,
    email: null,
    url: 'https://pmo.example/respond#bbb',
    emailed: false,
  },
];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Lets pending promises (the clipboard's answer) settle, even under fake timers. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });

const stubClipboard = (writeText: (text: string) => Promise<void>) =>
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(writeText) } });

describe('CSV of invite links', () => {
  it('quotes as RFC 4180 says and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Nair, Priya')).toBe('"Nair, Priya"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    // French and German spreadsheets split on semicolons: a name carrying one stays one cell.
    expect(csvCell("Jane;=cmd|' /C calc'!A0")).toBe(`"Jane;=cmd|' /C calc'!A0"`);
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1`).includes(`'${start}1`)).toBe(true);
    expect(csvCell(null)).toBe('');
    expect(
      toCsv([
        ['a', 'b'],
        ['c', null],
      ]),
    ).toBe('a,b\r\nc,\r\n');
  });

  it('holds name, e-mail, role and link for each new link', () => {
    expect(linksAsCsv(LINKS)).toBe(
      'Name,E-mail,Role,Link\r\nPriya Nair,priya@client.example,Manager,https://pmo.example/respond#aaa\r\n,,Team member,https://pmo.example/respond#bbb\r\n',
    );
  });
});

describe('freshly issued invite links', () => {
  it('shows each link with the name and role of the person it is for', () => {
    render(<InviteLinks links={LINKS} clientName="Contoso" />);
    expect(screen.getByText('Priya Nair (Manager)')).toBeTruthy();
    expect(screen.getByText('Team member (no name given)')).toBeTruthy();
    expect((screen.getByLabelText('Invite link for Priya Nair (Manager)') as HTMLInputElement).value).toBe(
      'https://pmo.example/respond#aaa',
    );
    expect(screen.getByText(/Shown only now/)).toBeTruthy();
    expect(screen.getByText(/earlier links cannot be downloaded again/)).toBeTruthy();
  });

  it('says "Copied" on the button and in the status region, then goes back after a few seconds', async () => {
    vi.useFakeTimers();
    stubClipboard(async () => undefined);
    render(<InviteLinks links={LINKS} clientName="Contoso" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy the link for Priya Nair (Manager)' }));
    });
    await settle();
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith('https://pmo.example/respond#aaa');
    expect(
      screen.getByRole('button', { name: 'Copied: the link for Priya Nair (Manager)' }).textContent,
    ).toBe('Copied');
    expect(screen.getByRole('status').textContent).toBe('The link for Priya Nair (Manager) is copied.');
    await act(async () => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole('button', { name: 'Copy the link for Priya Nair (Manager)' }).textContent).toBe(
      'Copy',
    );
  });

  it('selects the link and says how to copy it when the clipboard is refused', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    render(<InviteLinks links={LINKS} clientName="Contoso" />);
    const input = screen.getByLabelText('Invite link for Priya Nair (Manager)') as HTMLInputElement;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy the link for Priya Nair (Manager)' }));
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/press Ctrl\+C/));
    expect(document.activeElement).toBe(input);
  });

  it('copies all links as "Name (role): URL" lines and says how many', async () => {
    stubClipboard(async () => undefined);
    render(<InviteLinks links={LINKS} clientName="Contoso" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy all links' }));
    });
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(
      'Priya Nair (Manager): https://pmo.example/respond#aaa\nTeam member (no name given): https://pmo.example/respond#bbb',
    );
    expect(linksAsText(LINKS).split('\n')).toHaveLength(2);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 links copied.'));
  });

  it('offers the share sheet only where the browser has one', async () => {
    render(<InviteLinks links={LINKS} clientName="Contoso" />);
    expect(screen.queryByRole('button', { name: /^Share/ })).toBeNull();
  });

  it('shares who the link is for together with the link', async () => {
    const share = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    render(<InviteLinks links={LINKS} clientName="Contoso" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Share the link for Priya Nair (Manager)' }));
    });
    expect(share).toHaveBeenCalledWith({
      text: 'Personal questionnaire link for Priya Nair (Manager): https://pmo.example/respond#aaa',
    });
  });
});

describe('the confirmation dialog', () => {
  const Harness = ({ onConfirm, safeFirst }: { onConfirm: () => Promise<void>; safeFirst?: boolean }) => {
    const [open, setOpen] = useState(false);
    return (
      <main>
        <button type="button" onClick={() => setOpen(true)}>
          Close the assessment
        </button>
        {open && (
          <ConfirmDialog
            title="Close the assessment?"
            confirmLabel="Close it"
            cancelLabel="Cancel"
            onConfirm={onConfirm}
            onClose={() => setOpen(false)}
            safeFirst={safeFirst}
          >
            <p>3 of 16 stakeholders have not submitted.</p>
          </ConfirmDialog>
        )}
      </main>
    );
  };

  it('opens with focus on the safe choice, cancels on Escape and gives focus back', async () => {
    const onConfirm = vi.fn(async () => undefined);
    render(<Harness onConfirm={onConfirm} />);
    const trigger = screen.getByRole('button', { name: 'Close the assessment' });
    trigger.focus();
    fireEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Close the assessment?' });
    expect(dialog.textContent).toContain('3 of 16');
    // A stray Enter must not close an assessment: focus starts on the way out.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(trigger);
  });

  it('runs the action on confirm and keeps a failure inside the dialog', async () => {
    const onConfirm = vi.fn(async () => {
      throw new Error('The server cannot be reached.');
    });
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close the assessment' }));
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Close it' }));
    });
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert').textContent).toBe('The server cannot be reached.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('opens on the safe choice when asked to, for what cannot be undone', async () => {
    render(<Harness onConfirm={vi.fn(async () => undefined)} safeFirst />);
    fireEvent.click(screen.getByRole('button', { name: 'Close the assessment' }));
    await screen.findByRole('dialog', { name: 'Close the assessment?' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });
});
