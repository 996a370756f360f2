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

describe('QuestionField by keyboard', () => {
  const second = { ...question, id: 'std-templates', text: 'Which templates are used?' };
  const Page = ({
    onChange = () => {},
    onHandOn,
    onNote,
  }: {
    onChange?: (id: string, v: unknown) => void;
    onHandOn?: (on: boolean) => void;
    onNote?: (note: string) => void;
  }) => (
    <div>
      {[question, second].map((q, i) => (
        <QuestionField
          key={q.id}
          question={q}
          number={i + 1}
          value={undefined}
          onChange={(v) => onChange(q.id, v)}
          {...(onHandOn ? { onHandOn } : {})}
          {...(onNote ? { onNote, note: '' } : {})}
        />
      ))}
      <div class="wizard-nav">
        <button type="button">Back</button>
        <button type="button" class="primary">
          Next
        </button>
      </div>
    </div>
  );
  const radios = (id: string) => document.querySelectorAll<HTMLInputElement>(`#q-${id} input[type=radio]`);

  it('is one Tab stop per question: "Not my area" and the note are out of the Tab order', () => {
    render(<Page onHandOn={() => {}} onNote={() => {}} />);
    expect(screen.getAllByRole('button', { name: /Not my area/ })[0]?.tabIndex).toBe(-1);
    expect(screen.getAllByLabelText('Note (optional)')[0]?.tabIndex).toBe(-1);
  });

  it('answers with a number key and moves focus to the next question, then to the main button', () => {
    const onChange = vi.fn();
    render(<Page onChange={onChange} />);
    radios(question.id)[0]?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: '4' });
    expect(onChange).toHaveBeenLastCalledWith(question.id, 4);
    expect(document.activeElement).toBe(radios(second.id)[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'd' });
    expect(onChange).toHaveBeenLastCalledWith(second.id, 'dont-know');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
  });

  it('hands a question on with H and moves on; C opens the note and Escape leaves it', () => {
    const onHandOn = vi.fn();
    render(<Page onHandOn={onHandOn} onNote={() => {}} />);
    radios(question.id)[0]?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'h' });
    expect(onHandOn).toHaveBeenCalledWith(true);
    expect(document.activeElement).toBe(radios(second.id)[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'c' });
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    fireEvent.keyDown(document.activeElement as Element, { key: 'c' });
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(document.activeElement).toBe(radios(second.id)[0]);
  });
});
