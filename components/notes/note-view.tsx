import Link from "next/link";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { NoteView } from "@/lib/serve/note-view";
import { CitedLine } from "./cited-line";

/**
 * A note, line by line with its numbers; each line is an anchor (#L12) the browser scrolls to and
 * highlights. Names link to their nodes; all text is text (React escapes it), never HTML.
 */
export function NoteViewPanel({ view, locale }: { view: NoteView; locale: Locale }) {
  const t = MESSAGES[locale];
  return (
    <article className="note-view" aria-labelledby="note-title" data-nodes={view.nodes.join(" ")}>
      <Link className="button panel-close" href="/" scroll={false} aria-label={t.close}>
        ✕
      </Link>
      <p className="kind-badge">{t.noteLabel}</p>
      <h1 id="note-title" className="note-title">
        {view.file}
      </h1>
      <CitedLine />
      <ol className="note-lines">
        {view.lines.map((l) => (
          <li key={l.number} id={`L${l.number}`} className={`note-line note-${l.kind}${l.cited ? " note-cited" : ""}`}>
            <a className="note-number" href={`#L${l.number}`} aria-label={t.lineLabel(l.number)}>
              {l.number}
            </a>
            <span className="note-text">
              {l.segments.map((s, i) =>
                s.node ? (
                  <Link key={i} href={`/concept/${s.node.id}`} scroll={false} data-node={s.node.id}>
                    {s.text}
                  </Link>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}
