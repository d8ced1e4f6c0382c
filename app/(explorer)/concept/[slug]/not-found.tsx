import { headers } from "next/headers";
import Link from "next/link";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";
import { suggestionsFor } from "@/lib/serve/resolve-slug";

/** A concept that does not exist: a real 404, with the nearest names as suggestions. */
export default async function ConceptNotFound() {
  const [{ t }, h, served] = await Promise.all([requestLocale(), headers(), getGraph()]);
  const path = h.get("x-pathname") ?? "";
  const slug = path.startsWith("/concept/") ? path.slice("/concept/".length) : "";
  let shown = slug;
  try {
    shown = decodeURIComponent(slug);
  } catch {
    // keep the raw form
  }
  const suggestions = served && slug ? suggestionsFor(served, slug) : [];
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title" style={{ fontSize: 20 }}>
        {t.notFoundTitle}
      </h1>
      <p>{t.notFoundText(shown)}</p>
      {suggestions.length > 0 && (
        <>
          <h2>{t.didYouMean}</h2>
          <ul className="relation-list">
            {suggestions.map((s) => (
              <li key={s.id}>
                <span className="relation-line">
                  <span className="kind-dot" data-kind={s.kind} aria-hidden="true" />
                  <Link href={`/concept/${s.id}`}>{s.label}</Link>
                  {s.labelJa && s.labelJa !== s.label && <span lang="ja">{s.labelJa}</span>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/">{t.backToGraph}</Link>
      </p>
    </section>
  );
}
