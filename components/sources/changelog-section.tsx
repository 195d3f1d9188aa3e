/** The record's changelog (docs/record-changes.md), each entry folded under its title. */
import type { ChangelogBlock, ChangelogEntry } from '@/data/changelog';
import { inlineSpans } from '@/data/changelog';

function Inline({ text }: { text: string }): React.JSX.Element {
  return (
    <>
      {inlineSpans(text).map((s, i) =>
        s.kind === 'strong' ? (
          <strong key={i}>{s.text}</strong>
        ) : s.kind === 'code' ? (
          <code key={i}>{s.text}</code>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

function Blocks({ blocks }: { blocks: readonly ChangelogBlock[] }): React.JSX.Element {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i}>
            <Inline text={b.text} />
          </p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inline text={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

export function ChangelogSection({
  entries,
}: {
  entries: readonly ChangelogEntry[];
}): React.JSX.Element {
  return (
    <section aria-labelledby="changelog">
      <h2 id="changelog">Changes to the record</h2>
      <p>
        Every change to the record, with the old and the new value and the source relied on, as kept
        in <code>docs/record-changes.md</code>.
      </p>
      {entries.map((e) => (
        <details key={e.title} className="changelog-entry">
          <summary>{e.title}</summary>
          <Blocks blocks={e.intro} />
          {e.sections.map((s) => (
            <section key={s.heading}>
              <h3>
                <Inline text={s.heading} />
              </h3>
              <Blocks blocks={s.blocks} />
            </section>
          ))}
        </details>
      ))}
    </section>
  );
}
