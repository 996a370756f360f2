import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { GroupPlan, type PlannedCounts, previewSentences } from '../../web/src/components/group-plan';
import { groupPreview } from '../../web/src/lib/group-preview';

describe('what a chosen k lets the consultant see', () => {
  it('shows large roles on their own, pools small ones and says whether the pool can ever show', () => {
    const p = groupPreview(3, { executive: 5, controller: 2 });
    expect(p.k).toBe(3);
    expect(p.total).toBe(7);
    expect(p.ownGroup).toEqual([{ role: 'executive', planned: 5, rest: 2 }]);
    expect(p.pooled).toEqual([{ role: 'controller', planned: 2 }]);
    // The 2 controllers and the 2 executives beyond the first full step of 3.
    expect(p.poolSize).toBe(4);
    expect(p.poolCanShow).toBe(true);
    expect(p.resultsPossible).toBe(true);
  });

  it('never goes below the floor of 3, and ignores blank, zero, negative and fractional plans', () => {
    const p = groupPreview(1, { executive: 0, management: -4, 'team-member': 3.7, other: Number.NaN });
    expect(p.k).toBe(3);
    expect(p.ownGroup).toEqual([{ role: 'team-member', planned: 3, rest: 0 }]);
    expect(p.pooled).toEqual([]);
    expect(p.total).toBe(3);
  });

  it('says when no result can ever appear, and when a pool stays too small', () => {
    expect(groupPreview(5, { executive: 2, controller: 2 }).resultsPossible).toBe(false);
    const p = groupPreview(5, { executive: 6, controller: 2 });
    expect(p.resultsPossible).toBe(true);
    expect(p.poolSize).toBe(3);
    expect(p.poolCanShow).toBe(false);
  });

  it('puts it in plain words', () => {
    const lines = previewSentences(groupPreview(3, { executive: 5, controller: 2 }));
    expect(lines).toContain('With 2 controllers and k = 3, that role is pooled with other small roles.');
    expect(lines).toContain(
      '5 executives: each role is shown as its own group from 3 submissions, in steps of 3.',
    );
    expect(lines.join(' ')).toMatch(/the count can reach 6/);
    expect(previewSentences(groupPreview(4, {}))).toEqual([
      'Results appear once 4 people have submitted, and every count moves in steps of 4.',
    ]);
    expect(previewSentences(groupPreview(3, { executive: 2 }))[0]).toMatch(/no result can ever be shown/);
  });

  it('updates the preview as the consultant types the numbers planned', () => {
    const Harness = () => {
      const [planned, setPlanned] = useState<PlannedCounts>({});
      return <GroupPlan k={3} planned={planned} onChange={setPlanned} />;
    };
    render(<Harness />);
    fireEvent.input(screen.getByLabelText('Controller'), { target: { value: '2' } });
    fireEvent.input(screen.getByLabelText('Executive'), { target: { value: '5' } });
    expect(
      screen.getByText('With 2 controllers and k = 3, that role is pooled with other small roles.'),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Controller'), { target: { value: '' } });
    expect(screen.queryByText(/controllers/)).toBeNull();
  });
});
