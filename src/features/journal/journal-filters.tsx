import { useId, useMemo, useState } from 'react';
import { findModuleSummary } from '../../content/catalog';
import type { JournalEntry } from '../../storage/collections/journal';
import { Button } from '../../ui/button';
import { TextField, fieldStyles } from '../../ui/fields';
import {
  hasFilters,
  prepareSearch,
  sourcesInUse,
  tagsInUse,
  type JournalFilters,
  type SourceFilter,
} from './filter-entries';
import styles from './journal.module.css';
import { compareWords } from '../../lib/compare-words';

type FilterProps = {
  entries: readonly JournalEntry[];
  filters: JournalFilters;
  onChange: (change: Partial<JournalFilters>) => void;
};

export function JournalFilterBar({
  entries,
  filters,
  onChange,
}: FilterProps) {
  const activeCount =
    (filters.tag !== null ? 1 : 0) +
    (filters.source !== 'any' ? 1 : 0) +
    (filters.from !== '' || filters.to !== '' ? 1 : 0);
  const [isOpen, setOpen] = useState(activeCount > 0);

  return (
    <div className={styles.tools} role="search" aria-label="Your journal">
      <TextField
        label="Search your journal"
        type="search"
        value={filters.query}
        placeholder="A word, a name, a feeling"
        autoComplete="off"
        // The first search would build every entry's search text; do it on the way in.
        onFocus={() => prepareSearch(entries)}
        onChange={(event) => onChange({ query: event.target.value })}
      />
      <details
        className={styles.filters}
        open={isOpen}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary className={styles.summary}>
          Filter entries{activeCount > 0 ? ` (${activeCount} on)` : ''}
        </summary>
        {isOpen ? <FilterFields entries={entries} filters={filters} onChange={onChange} /> : null}
      </details>
    </div>
  );
}

function FilterFields({
  entries,
  filters,
  onChange,
}: FilterProps) {
  const tags = useMemo(() => tagsInUse(entries), [entries]);
  const sources = useMemo(() => sourcesInUse(entries), [entries]);
  const tagId = useId();
  const sourceId = useId();
  const practices = sources.moduleIds
    .map((id) => ({ id, title: findModuleSummary(id)?.title ?? 'A practice no longer here' }))
    .sort((a, b) => compareWords(a.title, b.title));

  return (
    <div className={styles.filterFields}>
      <div className={fieldStyles.field}>
        <label className={fieldStyles.label} htmlFor={tagId}>
          Tag
        </label>
        <select
          id={tagId}
          className={`${fieldStyles.input} ${styles.select}`}
          value={filters.tag ?? ''}
          onChange={(event) => onChange({ tag: event.target.value || null })}
        >
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className={fieldStyles.field}>
        <label className={fieldStyles.label} htmlFor={sourceId}>
          Written in
        </label>
        <select
          id={sourceId}
          className={`${fieldStyles.input} ${styles.select}`}
          value={filters.source}
          onChange={(event) => onChange({ source: event.target.value as SourceFilter })}
        >
          <option value="any">Anywhere</option>
          {sources.hasFree ? <option value="free">The journal</option> : null}
          {practices.map((practice) => (
            <option key={practice.id} value={`practice:${practice.id}`}>
              {practice.title}
            </option>
          ))}
          {sources.hasGoal ? <option value="goal">Notes on goals</option> : null}
        </select>
      </div>
      <TextField
        label="From"
        type="date"
        value={filters.from}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <TextField
        label="Until"
        type="date"
        value={filters.to}
        onChange={(event) => onChange({ to: event.target.value })}
      />
      {hasFilters({ ...filters, query: '' }) ? (
        <Button
          variant="quiet"
          size="small"
          className={styles.clear}
          onClick={() => onChange({ tag: null, source: 'any', from: '', to: '' })}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
