import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planCollection } from '../../src/storage/collections/plan';
import { planRecords } from '../../src/state/plan';
import { findHeading, renderApp } from '../support/render-app';

const writePlan = () => planCollection.write(planCollection.create({ id: 'walk', section: 'on-my-own', text: 'A walk' }), null);
const card = () => screen.getByRole('region', { name: "You don't have to carry this alone" });

describe('the safety plan, one tap away', () => {
  it('is offered on the help page, above the lines, once a plan exists', async () => {
    await writePlan();
    await renderApp('/help');
    await findHeading('Need help now');
    const link = await screen.findByRole('link', { name: 'Open my safety plan' });
    expect(link).toHaveAttribute('href', '/plan?view=steps&step=1');
    const firstLine = screen.getAllByRole('link', { name: '911' })[0]!;
    // Before the first danger number in the page's order: at the top, beside them.
    expect(link.compareDocumentPosition(firstLine) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is not pressed on the help page when there is no plan yet', async () => {
    await renderApp('/help');
    await findHeading('Need help now');
    expect(await screen.findByRole('link', { name: /write a safety plan/i })).toHaveAttribute('href', '/plan');
    expect(screen.queryByRole('link', { name: 'Open my safety plan' })).toBeNull();
  });

  it('is on every care card: to open once there is one', async () => {
    await writePlan();
    await showCareCard();
    expect(await within(card()).findByRole('link', { name: 'open your safety plan' })).toHaveAttribute('href', '/plan?view=steps&step=1');
  });

  it('is on every care card: to write one for a calmer time when there is none', async () => {
    await showCareCard();
    expect(await within(card()).findByRole('link', { name: 'a safety plan' })).toHaveAttribute('href', '/plan');
  });

  it('is read only once a care card is shown, not on every rating step', async () => {
    const { user } = await renderApp('/practices/reconnection/steps/5');
    await findHeading('Notice the pull to hide');
    expect(planRecords.getState().phase).toBe('idle');
    await user.click(screen.getByRole('radio', { name: '10, Very strong' }));
    await within(await screen.findByRole('region', { name: "You don't have to carry this alone" })).findByRole('link', { name: 'a safety plan' });
    expect(planRecords.getState().phase).toBe('ready');
  });

  it('is linked from the home screen', async () => {
    await renderApp('/');
    expect(await screen.findByRole('link', { name: 'My safety plan' })).toHaveAttribute('href', '/plan');
  });
});

/** A rating at the hard end of a practice's scale brings the care card. */
async function showCareCard() {
  const { user } = await renderApp('/practices/reconnection/steps/5');
  await findHeading('Notice the pull to hide');
  await user.click(screen.getByRole('radio', { name: '10, Very strong' }));
  await screen.findByRole('region', { name: "You don't have to carry this alone" });
}
