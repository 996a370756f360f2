import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CONTEXT_FIELDS } from '../../functions/core/questionnaire/context-fields';
import {
  applyDrafts,
  scenarioFromQuery,
  scenarioSearch,
} from '../../web/src/components/what-if/scenario-codec';
import { WhatIfFields } from '../../web/src/components/what-if/scenario-fieldset';
import { useScenario } from '../../web/src/components/what-if/use-scenario';
import { context } from '../unit/core/fixtures';

const real = context({
  employees: 200,
  concurrentProjects: 12,
  projectManagers: 4,
  controlAppetite: 'medium',
});

describe('the what-if scenario', () => {
  it('keeps the last valid value of a cleared, negative or fractional number, and says why', () => {
    for (const [text, message] of [
      ['', 'Enter a number.'],
      ['-3', 'This cannot be below zero.'],
      ['2.5', 'Enter a whole number, such as 12.'],
      ['abc', 'Enter a number, such as 12.'],
      ['0x10', 'Enter a number, such as 12.'],
    ] as const) {
      const { context: c, errors } = applyDrafts(CONTEXT_FIELDS, real, { concurrentProjects: text });
      expect(c.concurrentProjects).toBe(12);
      expect(errors.concurrentProjects).toBe(message);
    }
    expect(applyDrafts(CONTEXT_FIELDS, real, { concurrentProjects: '30' }).context.concurrentProjects).toBe(
      30,
    );
  });

  it('refuses more project managers than people, on the field being typed', () => {
    const managers = applyDrafts(CONTEXT_FIELDS, real, { projectManagers: '500' });
    expect(managers.context.projectManagers).toBe(4);
    expect(managers.errors.projectManagers).toMatch(/more people managing projects \(500\) than people/);
    const people = applyDrafts(CONTEXT_FIELDS, real, { employees: '3' });
    expect(people.context.employees).toBe(200);
    expect(people.errors.employees).toMatch(/\(4\) than people in the organisation \(3\)/);
  });

  it('puts only what differs from the real figures in the address, and reads it back', () => {
    const scenario = { ...real, concurrentProjects: 30, controlAppetite: 'high' as const };
    const search = scenarioSearch(CONTEXT_FIELDS, real, scenario, '?assessment=a1&projects=5');
    expect(search).toBe('?assessment=a1&projects=30&control=high');
    expect(scenarioFromQuery(CONTEXT_FIELDS, real, search)).toEqual({ scenario, drafts: {}, ignored: [] });
  });

  it('ignores values a link cannot hold, without failing', () => {
    const read = scenarioFromQuery(
      CONTEXT_FIELDS,
      real,
      '?projects=-4&control=total&regulated=maybe&budget=',
    );
    expect(read.scenario.controlAppetite).toBe('medium');
    expect(read.scenario.concurrentProjects).toBe(12);
    expect(read.drafts).toEqual({ concurrentProjects: '-4' });
    expect(read.ignored).toEqual(['controlAppetite', 'regulated']);
  });
});

const Harness = () => <WhatIfFields scenario={useScenario(real)} />;

describe('WhatIfFields', () => {
  it("asks with the questionnaire's labels and options, and marks a change against the real value", () => {
    render(<Harness />);
    const control = screen.getByLabelText('Appetite for central control') as HTMLSelectElement;
    expect([...control.options].map((o) => o.text)).toEqual(
      CONTEXT_FIELDS.find((f) => f.id === 'controlAppetite')?.options?.map((o) => o.label),
    );
    fireEvent.change(control, { target: { value: 'high' } });
    expect(screen.getByText('Changed from Medium: common rules and checks are welcome')).toBeTruthy();
    const projects = screen.getByLabelText('Projects running at the same time');
    fireEvent.input(projects, { target: { value: '' } });
    expect(screen.getByText(/Enter a number\. Until then the comparison keeps 12\./)).toBeTruthy();
    expect(projects.getAttribute('aria-invalid')).toBe('true');
  });
});
