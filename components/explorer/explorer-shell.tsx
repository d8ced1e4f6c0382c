"use client";

// The explorer's frame: header with search, the graph stage, and the panel, whose content comes
// from the current route (a concept page, the home page). State lives in the URL: the selection is
// the path (/concept/<slug>), hidden kinds and the list view are query parameters.

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { EDGE_KINDS, type EdgeKind } from "@/lib/graph/types";
import { neighbourhood, shortestPaths } from "@/lib/explore/paths";
import type { GraphLite } from "@/lib/serve/concept-view";
import { drawnGraph } from "@/lib/serve/drawn-graph";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { SearchBox } from "../search/search-box";
import { GraphCanvas } from "./graph-canvas";
import { Legend } from "./legend";
import { NeighbourhoodBar } from "./neighbourhood-bar";
import { SheetHandle, type SheetState } from "./sheet-handle";

export interface ExplorerShellProps {
  /** The build being served: the drawing is fetched for it (and cached by the browser). */
  build: number;
  total: number;
  edges: number;
  locale: Locale;
  brand: ReactNode;
  tools: ReactNode;
  children: ReactNode;
}

/** Query parameters that stay when the selection changes. */
const KEPT = ["hide", "focus", "depth", "expand"];

const EMPTY = (build: number): GraphLite => ({ build, mode: "full", nodes: [], edges: [] });

/** What a route puts in focus: /compare/<a>/<b> the pair, /path/<a>/<b> its shortest paths. */
function routeHighlight(pathname: string, params: URLSearchParams, graph: GraphLite): { nodes: string[]; edges: number[] } | null {
  const m = /^\/(compare|path)\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(pathname);
  if (!m) return null;
  const [, route, a, b] = m as unknown as [string, string, string, string];
  if (route === "compare") return { nodes: [a, b], edges: graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)).map((e) => e.id) };
  const chosen = params.getAll("kind").flatMap((k) => k.split(",")).filter((k): k is EdgeKind => (EDGE_KINDS as readonly string[]).includes(k));
  const paths = shortestPaths(graph.edges, a, b, { kinds: new Set(chosen.length ? chosen : EDGE_KINDS), limit: 3 });
  return { nodes: [...new Set(paths.flatMap((p) => p.nodes))], edges: [...new Set(paths.flatMap((p) => p.edges))] };
}

/** Resolves when the canvas reports its first frame ("graph:drawn"), or after a while without one (no canvas shown). */
function afterFirstDraw(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener("graph:drawn", done);
      clearTimeout(timer);
      resolve();
    };
    window.addEventListener("graph:drawn", done);
    const timer = setTimeout(done, 1500);
  });
}

export function ExplorerShell({ build, total, edges, locale, brand, tools, children }: ExplorerShellProps) {
  const t = MESSAGES[locale];
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [matches, setMatches] = useState<string[]>([]);
  const [preview, setPreview] = useState<string | null>(null);
  // The phone's bottom sheet: half open on each new page, as the reader leaves it otherwise.
  const [sheet, setSheet] = useState<SheetState>("half");

  const selected = pathname.startsWith("/concept/") ? decodeURIComponent(pathname.slice("/concept/".length)) : null;
  useEffect(() => setSheet((s) => (s === "full" ? s : "half")), [pathname]);

  // The drawing comes from the API (cached by build), not inside every page. A large graph opens on
  // its overview; the whole graph follows in the background, and what is drawn grows with the
  // selection (its cluster and its neighbours), or everything with ?all=1.
  const [graph, setGraph] = useState<GraphLite>(() => EMPTY(build));
  const [fullGraph, setFullGraph] = useState<GraphLite | null>(null);
  const [failed, setFailed] = useState(false);
  const wantAll = params.get("all") === "1";
  useEffect(() => {
    let cancelled = false;
    const get = (url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<GraphLite>) : Promise.reject(new Error(`HTTP ${r.status}`))));
    // ?all=1: every node from the start, no overview first.
    get(wantAll ? `/api/graph?build=${build}` : `/api/graph?view=overview&build=${build}`)
      .then((first) => {
        if (cancelled) return;
        setGraph(first);
        if (first.mode !== "overview") {
          setFullGraph(first);
          return;
        }
        // The whole graph only once the overview is on screen: its download and parsing would
        // otherwise compete with the first drawing.
        return afterFirstDraw()
          .then(() => (cancelled ? null : get(`/api/graph?build=${build}`)))
          .then((whole) => {
            if (whole && !cancelled) setFullGraph(whole);
          });
      })
      .catch((e) => {
        console.warn("graph unavailable:", e);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
    // The first drawing is chosen once per page load; ?all=1 toggled later grows the drawing instead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [build]);
  const whole = fullGraph ?? graph;
  const drawn = useMemo(() => drawnGraph(graph, fullGraph, selected, params.get("all") === "1"), [graph, fullGraph, selected, params]);
  // Hidden kinds follow the URL; a toggle shows at once, before the URL catches up.
  const fromUrl = params.get("hide") ?? "";
  const [hideValue, setHideValue] = useState(fromUrl);
  useEffect(() => setHideValue(fromUrl), [fromUrl]);
  const hidden = useMemo(() => new Set(hideValue.split(",").filter(Boolean)), [hideValue]);
  const listView = pathname === "/concepts";
  const highlight = useMemo(() => routeHighlight(pathname, params, whole), [pathname, params, whole]);
  const wide = /^\/(compare|path|questions|concepts|notes)(\/|$)/.test(pathname);

  // Neighbourhood focus: the nodes within `depth` of `focus`, plus the neighbours of each expanded node.
  const focus = params.get("focus");
  const depth = Math.min(3, Math.max(1, Number(params.get("depth")) || 1));
  const expanded = useMemo(() => (params.get("expand") ?? "").split(",").filter(Boolean), [params]);
  const visible = useMemo(() => {
    if (!focus) return null;
    const shown = neighbourhood(whole.edges, focus, depth);
    for (const id of expanded) for (const n of neighbourhood(whole.edges, id, 1)) shown.add(n);
    return shown;
  }, [focus, depth, expanded, whole.edges]);
  const setFocus = (next: { focus?: string | null; depth?: number; expand?: string[] }) => {
    const p = new URLSearchParams(params.toString());
    const f = next.focus === undefined ? focus : next.focus;
    if (f) {
      p.set("focus", f);
      p.set("depth", String(next.depth ?? depth));
      const ex = next.expand ?? expanded;
      if (ex.length) p.set("expand", ex.join(","));
      else p.delete("expand");
    } else {
      for (const k of ["focus", "depth", "expand"]) p.delete(k);
    }
    const s = p.toString();
    router.replace(`${pathname}${s ? `?${s}` : ""}`, { scroll: false });
  };

  const kept = useCallback(() => {
    const next = new URLSearchParams();
    for (const k of KEPT) {
      const v = params.get(k);
      if (v) next.set(k, v);
    }
    const s = next.toString();
    return s ? `?${s}` : "";
  }, [params]);

  // A rebuilt graph appears without a reload: the server tells the page (server-sent events) as
  // soon as it serves a new build, and the page follows. Where events cannot flow, it asks.
  useEffect(() => {
    const follow = (next: number) => {
      if (next !== build) router.refresh();
    };
    let source: EventSource | null = null;
    let timer: number | undefined;
    const poll = () => {
      timer ??= window.setInterval(async () => {
        if (document.hidden) return;
        try {
          const r = await fetch("/api/build", { cache: "no-store" });
          if (r.ok) follow(((await r.json()) as { build: number }).build);
        } catch {
          // offline or restarting: try again later
        }
      }, 4000);
    };
    if (typeof EventSource === "function") {
      source = new EventSource("/api/build/events");
      source.addEventListener("build", (e) => follow((JSON.parse((e as MessageEvent<string>).data) as { build: number }).build));
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED) poll();
      };
    } else poll();
    return () => {
      source?.close();
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [build, router]);

  const open = useCallback((id: string) => router.push(`/concept/${encodeURIComponent(id)}${kept()}`, { scroll: false }), [router, kept]);
  const compare = useCallback((a: string, b: string) => router.push(`/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { scroll: false }), [router]);

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



  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {t.skipToContent}
      </a>
      <header className="header">
        {brand}
        <SearchBox locale={locale} build={build} initialQuery={params.get("q") ?? ""} onMatches={setMatches} onPreview={setPreview} onOpen={open} onCompare={compare} />
        <div className="header-tools">
          <nav className="header-nav" aria-label={t.compare}>
            <a href="/compare" aria-current={pathname.startsWith("/compare") ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.push("/compare"))}>
              {t.compare}
            </a>
            <a href="/path" aria-current={pathname.startsWith("/path") ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.push("/path"))}>
              {t.path}
            </a>
            <a href="/questions" aria-current={pathname.startsWith("/questions") ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.push("/questions"))}>
              {t.questionsTitle}
            </a>
          </nav>
          <nav className="segmented" aria-label={`${t.viewGraph} / ${t.viewList}`}>
            <a href="/" aria-current={!listView ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.push("/", { scroll: false }))}>
              {t.viewGraph}
            </a>
            <a href="/concepts" aria-current={listView ? "page" : undefined} onClick={(e) => (e.preventDefault(), router.push("/concepts", { scroll: false }))}>
              {t.viewList}
            </a>
          </nav>
          {tools}
        </div>
      </header>
      <main className="main">
        <section className="stage" aria-label={t.graphLabel(total, edges)}>
          <div style={{ position: "absolute", inset: 0 }}>
            {graph.nodes.length === 0 ? (
              <p className="stage-status" role="status">
                {failed ? t.graphUnavailable : t.loadingGraph}
              </p>
            ) : (
              <GraphCanvas graph={drawn} locale={locale} selected={selected} highlight={highlight} visible={visible} focusId={focus} expanded={expanded} matches={matches} preview={preview} hiddenKinds={hidden} onSelect={open} />
            )}
            <Legend locale={locale} hidden={hidden} onToggle={toggleKind} />
            {(selected || focus) && (
              <NeighbourhoodBar
                locale={locale}
                active={Boolean(focus)}
                depth={depth}
                canExpand={Boolean(focus && selected && selected !== focus && !expanded.includes(selected))}
                onDepth={(d) => setFocus({ focus: focus ?? selected, depth: d })}
                onAll={() => setFocus({ focus: null })}
                onExpand={() => selected && setFocus({ expand: [...expanded, selected] })}
              />
            )}
          </div>
        </section>
        <aside className={`panel${wide ? " panel-wide" : ""}`} id="panel" tabIndex={-1} aria-live="polite" data-sheet={sheet} data-empty={selected === null && !params.get("q") && !wide ? "true" : "false"}>
          <SheetHandle state={sheet} onChange={setSheet} label={t.resizePanel} />
          {children}
        </aside>
      </main>
    </div>
  );
}
