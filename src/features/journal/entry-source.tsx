import { Link } from 'react-router';
import type { SourceWords } from './entry-source-words';

/** Where an entry came from, linking back to it (`part`: see src/app/early-paint/fill.ts). */
export function EntrySource({ words, className, part }: { words: SourceWords; className?: string; part?: string }) {
  return words.to ? (
    <Link to={words.to} className={className} data-part={part}>
      {words.text}
    </Link>
  ) : (
    <span className={className} data-part={part}>
      {words.text}
    </span>
  );
}
