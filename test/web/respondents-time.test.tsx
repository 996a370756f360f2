import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DimensionStep } from '../../web/src/components/dimension-step';
import { QuestionField } from '../../web/src/components/question-field';
import { SectionChips, UnansweredList } from '../../web/src/components/step-nav';

const levels = ['One', 'Two', 'Three', 'Four', 'Five'];
const q = (id: string, text: string, audience: string[]) => ({ id, text, levels, audience });
const dimension = {
  id: 'standards',
  name: 'Standards',
  summary: 'A shared way of working.',
  questions: [
    q('a', 'Question for leaders', ['executive']),
    q('b', 'Question for the team', ['team-member']),
    q('c', 'Question for everyone', ['executive', 'team-member']),
  ],
};

describe('"Not my area" on a question', () => {
  it('is a separate pressed/unpressed button, not a rating nor a "don’t know", with H as its key', () => {
    const onHandOn = vi.fn();
    const onChange = vi.fn();
    render(
      <QuestionField
        question={dimension.questions[0] as never}
        number={1}
        value={undefined}
        onChange={onChange}
        onHandOn={onHandOn}
      />,
    );
    expect(screen.getAllByRole('radio')).toHaveLength(7);
    const button = screen.getByRole('button', { name: /Not my area/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(onHandOn).toHaveBeenCalledWith(true);
    fireEvent.keyDown(screen.getByRole('group'), { key: 'h' });
    expect(onHandOn).toHaveBeenLastCalledWith(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a handed-on question as such, and H takes it back', () => {
    const onHandOn = vi.fn();
    render(
      <QuestionField
        question={dimension.questions[0] as never}
        number={1}
        value={undefined}
        onChange={() => {}}
        handedOn
        onHandOn={onHandOn}
      />,
    );
    expect(screen.getByRole('button', { name: /Not my area/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/counted neither as an answer nor as “don’t know”/)).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('group'), { key: 'H' });
    expect(onHandOn).toHaveBeenCalledWith(false);
  });

  it('is absent where the page does not offer it (the quick check)', () => {
    render(
      <QuestionField
        question={dimension.questions[0] as never}
        number={1}
        value={undefined}
        onChange={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: /Not my area/ })).toBeNull();
  });
});

describe('a section for a stakeholder with a role', () => {
  it('shows their own questions first, then the others under a heading, each marked with who usually answers', () => {
    render(
      <DimensionStep
        dimension={dimension as never}
        title="1. Standards"
        intro="A shared way of working."
        answers={{}}
        onAnswer={() => {}}
        stakeholderRole="team-member"
        handedOn={[]}
        onHandOn={() => {}}
        audienceNote={(a) => `Often answered by ${a.join(', ')}`}
      />,
    );
    const groups = screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    expect(groups).toEqual([
      '1. Question for the team',
      '2. Question for everyone',
      '3. Question for leaders',
    ]);
    expect(screen.getByRole('heading', { name: 'Often answered by other roles' })).toBeTruthy();
    expect(screen.getAllByText(/^Often answered by executive$/)).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /Not my area/ })).toHaveLength(3);
  });

  it('keeps the questionnaire’s order and no divider without a role', () => {
    render(
      <DimensionStep dimension={dimension as never} title="1." intro="" answers={{}} onAnswer={() => {}} />,
    );
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent?.slice(3))).toEqual(
      ['Question for leaders', 'Question for the team', 'Question for everyone'],
    );
    expect(screen.queryByRole('heading', { name: 'Often answered by other roles' })).toBeNull();
  });
});

describe('progress with handed-on questions', () => {
  it('counts a handed-on question as done in the section chip', () => {
    render(
      <SectionChips
        dimensions={[dimension as never]}
        answers={{ b: 3, c: 'dont-know' }}
        handedOn={['a']}
        current={1}
        onGo={() => {}}
      />,
    );
    expect(screen.getByText('Standards: 3 of 3 done, 1 not my area')).toBeTruthy();
    expect(screen.getByRole('button').className).toContain('chip-done');
  });

  it('leaves handed-on questions out of the open list, numbering the rest as the section shows them', () => {
    render(
      <UnansweredList
        dimensions={[dimension as never]}
        answers={{ b: 2 }}
        handedOn={['c']}
        stakeholderRole="team-member"
        onGo={() => {}}
      />,
    );
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Standards, question 3']);
    expect(screen.getByText('1 question still open')).toBeTruthy();
  });
});

describe('the progress line', () => {
  it('says how many are done, how many were handed on, and the minutes left, or that nothing is left', async () => {
    const { t } = await import('../../web/src/i18n');
    expect(t('respond.progressDone', { done: 3, total: 48, handedOn: 0, minutes: 9 })).toBe(
      '3 of 48 done · about 9 min left',
    );
    expect(t('respond.progressDone', { done: 48, total: 48, handedOn: 2, minutes: 0 })).toBe(
      '48 of 48 done (2 not my area) · nothing left to do',
    );
    expect(t('respond.routeTime', { minutes: 1 })).toBe('About 1 minute for your role.');
  });
});
