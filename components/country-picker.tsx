'use client';
/**
 * A searchable list of the countries on the map, usable with the keyboard alone: type to
 * filter, arrows to move, Enter to choose, Escape to close (the ARIA combobox pattern). A state
 * found by another of its names shows that name ("Kyrgyzstan — Kyrgyz Republic").
 */
import { useId, useMemo, useRef, useState } from 'react';
import { searchCountries, type CountryHit } from '@/data/country-search';
import type { OtherName } from '@/data/schema';
import './country-picker.css';

export interface PickerOption {
  iso3: string;
  name: string;
  group: string;
  otherNames?: readonly OtherName[];
}

/** The language of an other name, for the `lang` attribute (English, the page's, when absent). */
function langOf(n: OtherName): string | undefined {
  return n.kind === 'russian' ? 'ru' : n.lang;
}

export function CountryPicker({
  options,
  onPick,
}: {
  options: readonly PickerOption[];
  onPick: (iso3: string) => void;
}): React.JSX.Element {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Closing on blur waits a moment (a click on an option lands first); coming back to the box
  // within that moment must not let the late close shut the list the reader is typing into.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keepOpen = (): void => {
    if (closing.current) clearTimeout(closing.current);
    closing.current = null;
    setOpen(true);
  };
  const matches = useMemo(() => searchCountries(options, query), [options, query]);

  const choose = (o: CountryHit<PickerOption> | undefined): void => {
    if (!o) return;
    onPick(o.country.iso3);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open || query) choose(matches[active]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  return (
    <div className="country-picker">
      <label htmlFor={`${id}-input`}>Find a country</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={
          open && matches[active] ? `${id}-${matches[active].country.iso3}` : undefined
        }
        value={query}
        placeholder="Type a name, e.g. Georgia"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          keepOpen();
        }}
        onFocus={keepOpen}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Countries"
        hidden={!open || matches.length === 0}
      >
        {matches.map((o, i) => (
          <li
            key={o.country.iso3}
            id={`${id}-${o.country.iso3}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.country.name}
            {o.via && (
              <>
                {' — '}
                <span lang={langOf(o.via)}>{o.via.name}</span>
              </>
            )}{' '}
            <span className="option-group">{o.country.group}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
