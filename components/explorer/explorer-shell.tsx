"use client";

// The explorer's frame: header with search, the graph stage, and the panel, whose content comes
// from the current route (a concept page, the home page). State lives in the URL: the selection is
// the path (/concept/<slug>), hidden kinds and the list view are query parameters.

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { GraphLite } from "@/lib/serve/concept-view";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { SearchBox } from "../search/search-box";
import { GraphCanvas } from "./graph-canvas";
import { Legend } from "./legend";

export interface ExplorerShellProps {
  graph: GraphLite;
  locale: Locale;
  brand: ReactNode;
  tools: ReactNode;
  list: ReactNode;
  children: ReactNode;
}

/** Query parameters that stay when the selection changes. */
const KEPT = ["hide", "view"];

export function ExplorerShell({ graph, locale, brand, tools, list, children }: ExplorerShellProps) {
  const t = MESSAGES[locale];
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [matches, setMatches] = useState<string[]>([]);

  const selected = pathname.startsWith("/concept/") ? decodeURIComponent(pathname.slice("/concept/".length)) : null;
  // Hidden kinds follow the URL; a toggle shows at once, before the URL catches up.
  const fromUrl = params.get("hide") ?? "";
  const [hideValue, setHideValue] = useState(fromUrl);
  useEffect(() => setHideValue(fromUrl), [fromUrl]);
  const hidden = useMemo(() => new Set(hideValue.split(",").filter(Boolean)), [hideValue]);
  const listView = params.get("view") === "list";

  const kept = useCallback(() => {
    const next = new URLSearchParams();
    for (const k of KEPT) {
      const v = params.get(k);
      if (v) next.set(k, v);
    }
    const s = next.toString();
    return s ? `?${s}` : "";
  }, [params]);

  // A rebuilt graph appears without a reload: the server switches builds, the page follows.
  useEffect(() => {
    const check = async () => {
      if (document.hidden) return;
      try {
        const r = await fetch("/api/build", { cache: "no-store" });
        if (r.ok && ((await r.json()) as { build: number }).build !== graph.build) router.refresh();
      } catch {
        // offline or restarting: try again later
      }
    };
    const timer = window.setInterval(check, 4000);
    return () => window.clearInterval(timer);
  }, [graph.build, router]);

  const open = useCallback((id: string) => router.push(`/concept/${encodeURIComponent(id)}${kept()}`, { scroll: false }), [router, kept]);

  const toggleKind = (kind: string) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    const value = [...next].join(",");
    setHideValue(value);
    const p = new URLSearchParams(params.toString());
    if (value) p.set("hide", value);
    else p.delete("hide");
    const s = p.toString();
    router.replace(`${pathname}${s ? `?${s}` : ""}`, { scroll: false });
  };

  const viewHref = (list: boolean) => {
    const p = new URLSearchParams(params.toString());
    if (list) p.set("view", "list");
    else p.delete("view");
    const s = p.toString();
    return `${pathname}${s ? `?${s}` : ""}`;
  };

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {t.skipToContent}
      </a>
      <header className="header">
        {brand}
        <SearchBox locale={locale} build={graph.build} initialQuery={params.get("q") ?? ""} onMatches={setMatches} onOpen={open} />
        <div className="header-tools">
          <nav className="segmented" aria-label={`${t.viewGraph} / ${t.viewList}`}>
            <a href={viewHref(false)} aria-current={!listView ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.replace(viewHref(false), { scroll: false }))}>
              {t.viewGraph}
            </a>
            <a href={viewHref(true)} aria-current={listView ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.replace(viewHref(true), { scroll: false }))}>
              {t.viewList}
            </a>
          </nav>
          {tools}
        </div>
      </header>
      <main className="main">
        <section className="stage" aria-label={t.graphLabel(graph.nodes.length, graph.edges.length)}>
          <div hidden={listView} style={{ position: "absolute", inset: 0 }}>
            <GraphCanvas graph={graph} locale={locale} selected={selected} matches={matches} hiddenKinds={hidden} onSelect={open} />
            <Legend locale={locale} hidden={hidden} onToggle={toggleKind} />
          </div>
          {listView && list}
        </section>
        <aside className="panel" id="panel" tabIndex={-1} aria-live="polite" data-empty={selected === null && !params.get("q") ? "true" : "false"}>
          {children}
        </aside>
      </main>
    </div>
  );
}
