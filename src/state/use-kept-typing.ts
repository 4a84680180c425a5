// Words in an "Add" box, kept as a draft while they wait for Add: a reload
// finds them again in this tab, and a closed tab's words are offered to the
// same box next time. Once added (or cleared), the draft goes.
import { useEffect, useRef } from 'react';
import { discardDraft, draftKey, draftRecords, keepDraft } from './drafts-store';
import type { TypedDraft } from '../storage/collections/drafts';
import { useLoaded } from './use-loaded';

export type KeptTyping = {
  text: string;
  setText: (text: string) => void;
  /** The words were added: let the draft go. */
  clear: () => void;
  /** False until the drafts are read: typing before then would start from nothing. */
  isReady: boolean;
};

export function useKeptTyping(box: string): KeptTyping {
  const phase = useLoaded(draftRecords);
  const own = draftKey('typed', box);
  const draft = draftRecords.use((state) => {
    const mine = state.records.get(own);
    if (mine) return mine.kind === 'typed' ? mine : undefined;
    let newest: TypedDraft | undefined;
    for (const other of state.records.values()) {
      if (other.kind === 'typed' && other.box === box && (!newest || other.updatedAt > newest.updatedAt)) newest = other;
    }
    return newest;
  });
  const release = () => {
    if (draft && draft.id !== own) void discardDraft(draft.id);
  };
  return {
    text: draft?.text ?? '',
    isReady: phase !== 'idle' && phase !== 'loading',
    setText(text) {
      release();
      if (text === '') void discardDraft(own);
      else void keepDraft<TypedDraft>(own, { kind: 'typed', base: null, box, text });
    },
    clear() {
      release();
      void discardDraft(own);
    },
  };
}

/**
 * An "Add" box on a screen of its own (the belonging map, the strengths): the
 * words wait as a draft, and whatever is still there when the person moves on
 * to another screen is added for them, so a word typed is never lost.
 */
export function useAddBox(box: string, onAdd: (text: string) => void): KeptTyping & { add: () => void } {
  const kept = useKeptTyping(box);
  const latest = useRef({ kept, onAdd });
  latest.current = { kept, onAdd };
  useEffect(
    () => () => {
      const { kept: now, onAdd: add } = latest.current;
      if (now.isReady && now.text.trim()) {
        add(now.text.trim());
        now.clear();
      }
    },
    [],
  );
  return {
    ...kept,
    add() {
      if (!kept.text.trim()) return;
      onAdd(kept.text.trim());
      kept.clear();
    },
  };
}
