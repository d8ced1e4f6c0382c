"use client";

// Search as you type, in the browser: the same lib/search module as the command line and the
// API, over an index loaded once (no server round trip per keystroke).

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { GraphSearch, SearchPayload, SearchResponse } from "@/lib/search/graph-search";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { Highlighted, matchRanges } from "./highlighted";

export interface SearchBoxProps {
  locale: Locale;
  build: number;
  initialQuery: string;
  onMatches: (ids: string[]) => void;
  /** The result the keyboard or pointer is on in the open list (null when none): previewed in the graph. */
  onPreview?: (id: string | null) => void;
  onOpen: (id: string) => void;
  onCompare: (a: string, b: string) => void;
}

let loaded: { build: number; search: Promise<GraphSearch> } | undefined;

function loadSearch(build: number): Promise<GraphSearch> {
  if (!loaded || loaded.build !== build) {
    // The search module (FlexSearch) loads with its data, not with the page.
    const search = Promise.all([
      import("@/lib/search/graph-search"),
      fetch(`/api/search-payload?build=${build}`).then((r) => {
        if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
        return r.json() as Promise<SearchPayload>;
      }),
    ]).then(([{ GraphSearch }, payload]) => {
      const search = new GraphSearch(payload);
      // For npm run bench: search latency measured in the browser itself.
      (window as unknown as { __graphSearch?: GraphSearch }).__graphSearch = search;
      return search;
    });
    loaded = { build, search };
    search.catch(() => {
      loaded = undefined;
    });
  }
  return loaded.search;
}

export function SearchBox({ locale, build, initialQuery, onMatches, onPreview, onOpen, onCompare }: SearchBoxProps) {
  const t = MESSAGES[locale];
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [search, setSearch] = useState<GraphSearch | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Escape closes the list first; pressed again, it clears the query.
  const [escaped, setEscaped] = useState(false);

  // Load the index when the box is first used, or soon after the page is idle.
  const ensure = useCallback(() => {
    loadSearch(build).then(setSearch, (e) => console.warn(e));
  }, [build]);
  useEffect(() => {
    if (initialQuery) ensure();
    const idle = window.setTimeout(ensure, 1500);
    return () => window.clearTimeout(idle);
  }, [ensure, initialQuery]);

  // "/" and Ctrl+K (⌘K) focus the box from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if ((e.key === "k" && (e.ctrlKey || e.metaKey)) || (e.key === "/" && !typing)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const response: SearchResponse | null = useMemo(() => (search && query.trim() ? search.search(query, { limit: 8 }) : null), [search, query]);
  // "SQS vs SNS", "SQSとSNSの違い": the comparison is offered first.
  const comparison = response?.comparison ? response.results.filter((r) => response.comparison!.includes(r.id)) : [];
  const results = response?.results ?? [];
  const options = comparison.length === 2 ? [{ compare: comparison as [typeof results[0], typeof results[0]] }, ...results.map((r) => ({ result: r }))] : results.map((r) => ({ result: r }));

  useEffect(() => {
    // Only results that hold the query's words are marked in the graph, not those matching fragments of them.
    onMatches(results.filter((r) => r.match === "name" || r.match === "text").map((r) => r.id));
    setActive(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [response]);

  const choose = (i: number) => {
    const o = options[i];
    if (!o) return;
    setOpen(false);
    if ("compare" in o) onCompare(o.compare[0]!.id, o.compare[1]!.id);
    else onOpen(o.result.id);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (options.length) choose(active);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (query && !escaped) {
        setOpen(false);
        setEscaped(true);
      } else {
        setQuery("");
        setEscaped(false);
        input.current?.blur();
      }
    }
  };

  const listId = `${id}-results`;
  const showList = open && query.trim().length > 0 && search !== null;
  const previewed = showList ? options[active] : undefined;
  const previewId = previewed && "result" in previewed ? previewed.result.id : null;
  useEffect(() => {
    onPreview?.(previewId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewId]);
  return (
    <form className="search" role="search" action="/" method="get" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.searchLabel}
      </label>
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={input}
        id={`${id}-input`}
        name="q"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.searchPlaceholder}
        title={t.searchHint}
        value={query}
        aria-autocomplete="list"
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList && options[active] ? `${id}-r${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setEscaped(false);
          setOpen(true);
          ensure();
        }}
        onFocus={() => {
          ensure();
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label={t.resultsFor(query)}>
          {options.length === 0 && <li className="search-empty">{t.noResults}</li>}
          {options.map((o, i) =>
            "compare" in o ? (
              <li key="compare" id={`${id}-r${i}`} role="option" aria-selected={i === active} className="compare-option" onMouseDown={(e) => e.preventDefault()} onMouseEnter={() => setActive(i)} onClick={() => choose(i)}>
                <span className="result-title">
                  <span className="edge-swatch" data-kind="contrasts" aria-hidden="true" />
                  <strong>{t.compareOffer(o.compare[0]!.label, o.compare[1]!.label)}</strong>
                </span>
              </li>
            ) : (
            <li
              key={o.result.id}
              id={`${id}-r${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(i)}
            >
              <span className="result-title">
                <span className="kind-dot" data-kind={o.result.kind} aria-hidden="true" />
                <strong>
                  <Highlighted text={o.result.label} ranges={matchRanges(o.result.label, query)} />
                </strong>
                {o.result.labelJa && o.result.labelJa !== o.result.label && (
                  <span>
                    <Highlighted text={o.result.labelJa} ranges={matchRanges(o.result.labelJa, query)} />
                  </span>
                )}
                <span className="kind-badge">{response?.comparison?.includes(o.result.id) ? `${t.compareHint} · ${t.kinds[o.result.kind]}` : t.kinds[o.result.kind]}</span>
              </span>
              <span className="result-snippet">
                <Highlighted text={o.result.snippet} ranges={o.result.highlights} />
              </span>
            </li>
          ),
          )}
        </ul>
      )}
    </form>
  );
}
