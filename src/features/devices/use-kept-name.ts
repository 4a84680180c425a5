// A device's name being typed: it starts from a suggestion, and what the person
// types waits as a draft (a reload keeps it) until it is saved.
import { useState } from 'react';
import { useKeptTyping } from '../../state/use-kept-typing';

export function useKeptName(box: string, suggestion: () => string) {
  const kept = useKeptTyping(box);
  // Once typed in, an emptied box stays empty rather than showing the suggestion again.
  const [isTouched, setTouched] = useState(false);
  return {
    name: kept.text !== '' || isTouched ? kept.text : suggestion(),
    /** Words kept from before a reload. */
    hasKeptWords: kept.text !== '',
    isReady: kept.isReady,
    setName(text: string) {
      setTouched(true);
      kept.setText(text);
    },
    /** Saved (or given up): the draft goes. */
    clear() {
      setTouched(false);
      kept.clear();
    },
  };
}
