import { describe, expect, it } from 'vitest';
import { splitStep, stepLooksBig } from '../../src/features/goals/step-size';

describe('a step that looks big', () => {
  it('leaves short single actions alone', () => {
    for (const step of [
      'Call Sam',
      'Write down the very first small action',
      'Do that first action, even for ten minutes',
      'Notice and mark what I have done',
      'Message Sam and Jo',
      'Coffee with Ana and her sister',
      'Tea and biscuits with Jo',
    ]) {
      expect(stepLooksBig(step), step).toBe(false);
    }
  });

  it('notices a long step', () => {
    const long =
      'Look through every evening class in the city to find one that suits my budget and my week';
    expect(long.length).toBeGreaterThan(80);
    expect(stepLooksBig(long)).toBe(true);
  });

  it('notices several actions joined by and, then, commas or semicolons', () => {
    expect(stepLooksBig('Find a class and sign up for it')).toBe(true);
    expect(stepLooksBig('Write the email then send it')).toBe(true);
    expect(stepLooksBig('Find a class, sign up, go once')).toBe(true);
    expect(stepLooksBig('Clean the desk; set up the easel')).toBe(true);
  });

  it('splits a step into its actions, each starting with a capital', () => {
    expect(splitStep('find a class, sign up, go once')).toEqual([
      'Find a class',
      'Sign up',
      'Go once',
    ]);
    expect(splitStep('Call Sam and ask how he is')).toEqual(['Call Sam', 'Ask how he is']);
    expect(splitStep('Write a list of clubs, then pick one and go')).toEqual([
      'Write a list of clubs',
      'Pick one and go',
    ]);
  });

  it('keeps a step whole when the rest belongs to the first action', () => {
    expect(splitStep('Go for a walk, even for ten minutes')).toEqual([
      'Go for a walk, even for ten minutes',
    ]);
    expect(splitStep('Tea and biscuits with Jo, then call Sam')).toEqual([
      'Tea and biscuits with Jo',
      'Call Sam',
    ]);
  });
});
