import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { peopleCollection } from '../../src/storage/collections/belonging-people';
import { planCollection, type PlanItem } from '../../src/storage/collections/plan';
import { findHeading, renderApp } from '../support/render-app';

const stored = async () => (await planCollection.loadAll()).map((i) => [i.section, i.text, i.phone]);
let clock = 0;
const line = (fields: Pick<PlanItem, 'id' | 'section' | 'text'> & Partial<PlanItem>) => {
  const at = new Date(Date.UTC(2026, 10, 1) + clock++).toISOString();
  return { ...planCollection.create(fields), createdAt: at, updatedAt: at, ...fields };
};

describe('my safety plan', () => {
  it('has the seven sections, each with a line of why and a box to add to it', async () => {
    await renderApp('/plan');
    await findHeading('My safety plan');
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual([
      '1. Signs a hard time is starting',
      '2. Things I can do on my own',
      '3. People and places that take my mind off things',
      '4. People I can ask for help',
      '5. Professionals and crisis lines',
      '6. Making where I am safer',
      '7. My reasons for living',
    ]);
  });

  it('adds an example with one tap, and words typed in an Add box', async () => {
    const { user } = await renderApp('/plan');
    await findHeading('My safety plan');
    await user.click(screen.getByRole('button', { name: 'Add “A hot shower”' }));
    const box = screen.getByRole('textbox', { name: 'Add a reason' });
    await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
    await user.type(box, 'My nephew’s laugh{Enter}');
    await waitFor(async () =>
      expect(await stored()).toEqual(expect.arrayContaining([
        ['on-my-own', 'A hot shower', ''],
        ['reasons', 'My nephew’s laugh', ''],
      ])),
    );
    expect(screen.queryByRole('button', { name: 'Add “A hot shower”' })).toBeNull();
  });

  it('adds words left in an Add box when the person moves on to another screen', async () => {
    const { user } = await renderApp('/plan');
    await findHeading('My safety plan');
    const box = screen.getByRole('textbox', { name: 'Add a sign' });
    await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
    await user.type(box, 'Skipping meals');
    await user.click(screen.getByRole('link', { name: 'Goals' }));
    await findHeading('Your goals');
    await waitFor(async () => expect(await stored()).toEqual([['warning-signs', 'Skipping meals', '']]));
  });

  it('gives every contact a tap to call and a tap to text its number, once it has one', async () => {
    const { user } = await renderApp('/plan');
    await findHeading('My safety plan');
    const box = screen.getByRole('textbox', { name: 'Add a person' });
    await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
    await user.type(box, 'Sam{Enter}');
    const number = await screen.findByRole('textbox', { name: 'Sam’s number' });
    expect(screen.queryByRole('link', { name: 'Call Sam' })).toBeNull();
    await user.type(number, '+44 7700 900123');

    expect(await screen.findByRole('link', { name: 'Call Sam' })).toHaveAttribute('href', 'tel:+447700900123');
    expect(screen.getByRole('link', { name: 'Text Sam' })).toHaveAttribute('href', 'sms:+447700900123');
    await waitFor(async () => expect(await stored()).toEqual([['people', 'Sam', '+44 7700 900123']]));
  });

  it('shows the chosen country’s crisis lines with working call and text links', async () => {
    const { user } = await renderApp('/plan');
    await findHeading('My safety plan');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Crisis lines for' }), 'United States');
    const lines = await screen.findByRole('list', { name: 'Crisis lines in United States' });
    expect(within(lines).getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'tel:988');
    expect(within(lines).getByRole('link', { name: 'Text 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'sms:988');
    expect(within(lines).getByRole('link', { name: 'Text Crisis Text Line' })).toHaveAttribute('href', 'sms:741741');
    expect(within(lines).getByRole('link', { name: 'Call emergency 911' })).toHaveAttribute('href', 'tel:911');
  });

  it('offers the people marked safe on the belonging map, and only them', async () => {
    await peopleCollection.write(peopleCollection.create({ id: 'ana', name: 'Ana', isSafe: true }), null);
    await peopleCollection.write(peopleCollection.create({ id: 'kim', name: 'Kim', isSafe: false }), null);
    const { user } = await renderApp('/plan');
    await findHeading('My safety plan');
    await user.click(await screen.findByRole('button', { name: 'Add Ana' }));
    expect(screen.queryByRole('button', { name: 'Add Kim' })).toBeNull();
    expect(await screen.findByRole('textbox', { name: 'Ana’s number' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add Ana' })).toBeNull());
  });

  it('reads one step at a time by keyboard, focus moving to each new step', async () => {
    await planCollection.write(line({ id: 's', section: 'warning-signs', text: 'Not sleeping' }), null);
    await planCollection.write(line({ id: 'w', section: 'on-my-own', text: 'A walk by the river' }), null);
    await planCollection.write(line({ id: 'p', section: 'people', text: 'Jo', phone: '0412 345 678' }), null);
    const { user } = await renderApp('/plan?view=steps&step=1');
    await findHeading('My safety plan');
    expect(screen.getByText('Step 1 of 7')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Signs a hard time is starting' })).getByText('Not sleeping')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Next: step 2' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Step 2 of 7')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Things I can do on my own' })).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Things I can do on my own' })).getByText('A walk by the river')).toBeInTheDocument();

    await user.tab(); // from the heading to the first control: back
    expect(screen.getByRole('button', { name: 'Back to step 1' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Step 3 of 7')).toBeInTheDocument();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Step 4 of 7')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call Jo' })).toHaveAttribute('href', 'tel:0412345678');
    expect(screen.getByRole('link', { name: 'Text Jo' })).toHaveAttribute('href', 'sms:0412345678');
  });
});

describe('looking the plan over', () => {
  it('suggests a look over, quietly, once the plan is a few months old, and stops once the person has', async () => {
    const old = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000).toISOString();
    await planCollection.write({ ...planCollection.create({ id: 'w', section: 'on-my-own', text: 'A walk' }), createdAt: old, updatedAt: old }, null);
    const { user } = await renderApp('/plan');
    await findHeading('My safety plan');
    expect(screen.getByText(/been a few months since you wrote this/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I’ve looked it over' }));
    await waitFor(() => expect(screen.queryByText(/been a few months since you wrote this/)).toBeNull());
  });

  it('says nothing about looking it over while the plan is recent', async () => {
    await planCollection.write(planCollection.create({ id: 'w', section: 'on-my-own', text: 'A walk' }), null);
    await renderApp('/plan');
    await findHeading('My safety plan');
    expect(await screen.findByRole('textbox', { name: 'Something to do 1' })).toHaveValue('A walk');
    expect(screen.queryByText(/been a few months/)).toBeNull();
  });
});
