import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { QuestionField } from '../../web/src/components/question-field';

const question = {
  id: 'std-method',
  text: 'How are projects run from one team to the next?',
  levels: ['One', 'Two', 'Three', 'Four', 'Five'],
};

describe('QuestionField', () => {
  it('offers five practice descriptions and the two escapes as one radio group, labelled by the question', () => {
    render(<QuestionField question={question} number={1} value={undefined} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: /How are projects run/ });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(7);
    expect(screen.getByLabelText(/Don't know/)).toBeTruthy();
    expect(screen.getByLabelText(/Not applicable/)).toBeTruthy();
  });

  it('reports the chosen level as a number and an escape as its keyword', () => {
    const onChange = vi.fn();
    render(<QuestionField question={question} number={1} value={undefined} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText(/Three/));
    fireEvent.click(screen.getByLabelText(/Don't know/));
    expect(onChange.mock.calls).toEqual([[3], ['dont-know']]);
  });

  it('shows the saved answer as checked and the note when notes are enabled', () => {
    render(
      <QuestionField
        question={question}
        number={1}
        value={4}
        onChange={() => {}}
        note="Only in IT"
        onNote={() => {}}
      />,
    );
    expect((screen.getByLabelText(/Four/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Note (optional)') as HTMLTextAreaElement).value).toBe('Only in IT');
  });
});
