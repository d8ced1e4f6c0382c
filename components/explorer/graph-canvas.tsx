"use client";

// The Cytoscape canvas. Cytoscape is loaded only here, in the browser, after the page's own
// (server-rendered) content, and draws the positions computed at build time. Names are placed so
// that none covers another (canvas/labels.ts); views are framed in the part of the canvas the
// overlays leave free (canvas/viewport.ts); focus, expansion and re-layout move nodes away from
// their stored positions and back (canvas/positions.ts).

import type { Core, ElementDefinition, EventObject, NodeCollection, NodeSingular, StylesheetJson } from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EdgeKind, NodeKind } from "@/lib/graph/types";
import type { GraphLite } from "@/lib/serve/concept-view";
import { LABEL_FONT } from "@/lib/layout/label-room";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { affordsDashes } from "./canvas/dashes";
import { cutName, drawnSize, fontSizeAt, minDotPx, placeLabels, restyleNodes, textWidth } from "./canvas/labels";
import { hops, moveTo, nodeAt, packAround, rememberHomes, restoreHomes } from "./canvas/positions";
import { frame } from "./canvas/viewport";

export interface GraphCanvasProps {
  graph: GraphLite;
  locale: Locale;
  selected: string | null;
  /** Nodes and edges a page is about (a comparison, a path): in focus, the rest dimmed. */
  highlight?: { nodes: string[]; edges: number[] } | null;
  /** When set, only these nodes are shown (neighbourhood focus), laid out around `focusId`. */
  visible?: ReadonlySet<string> | null;
  focusId?: string | null;
  /** Nodes whose neighbours were added to the focus ("Expand"): placed around them. */
  expanded?: readonly string[];
  /** Search results that hold the query's words, best first. */
  matches: string[];
  /** A node the keyboard is on (the active search result): shown as if hovered. */
  preview?: string | null;
  hiddenKinds: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

type Status = "loading" | "ready" | "failed";

/** The app built for the end-to-end tests exposes its canvas (window.__cy); other builds do not. */
const TEST_HOOKS = process.env.NEXT_PUBLIC_TEST_HOOKS === "1";

const NODE_SHAPES: Record<NodeKind, string> = { service: "round-rectangle", concept: "ellipse", topic: "hexagon", question: "diamond" };
const EDGE_LINES: Record<EdgeKind, { style: string; width: number; arrow: string }> = {
  contrasts: { style: "solid", width: 2.2, arrow: "none" },
  supersedes: { style: "solid", width: 2.4, arrow: "triangle" },
  alternative: { style: "dashed", width: 1.8, arrow: "none" },
  part_of: { style: "solid", width: 1.2, arrow: "triangle" },
  integrates: { style: "solid", width: 1.4, arrow: "vee" },
  mentions: { style: "dotted", width: 1, arrow: "none" },
};
/** Kinds drawn dotted or dashed (when the canvas can afford it: canvas/dashes.ts). */
const DASHED_KINDS: ReadonlySet<EdgeKind> = new Set((Object.keys(EDGE_LINES) as EdgeKind[]).filter((k) => EDGE_LINES[k].style !== "solid"));
/** Services and topics drawn above concepts: a tap on a service is not taken by a dot lying on it. */
const Z_BY_KIND: Record<NodeKind, number> = { service: 4, topic: 4, question: 3, concept: 2 };

/** WebGL that a GPU runs: a software implementation (SwiftShader, llvmpipe) is slower than the canvas. */
function hasFastWebGL(): boolean {
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
  } catch {
    return false;
  }
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

/** The stylesheet; `solidLines` draws every edge solid (canvas/dashes.ts). */
function stylesheet(solidLines: boolean): StylesheetJson {
  const font = cssVar("--font");
  const fg = cssVar("--fg");
  const bg = cssVar("--bg");
  const mark = cssVar("--mark");
  const focus = cssVar("--focus");
  const kinds = Object.keys(NODE_SHAPES) as NodeKind[];
  const edges = Object.keys(EDGE_LINES) as EdgeKind[];
  return [
    {
      selector: "node",
      style: {
        label: "data(display)",
        "font-family": font,
        "font-size": LABEL_FONT.concept,
        color: fg,
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": bg,
        "text-outline-width": 2,
        // (Names come cut to their kind's width: canvas/labels.ts cutName.)
        "text-wrap": "none",
        // Which names show is decided by canvas/labels.ts, not by Cytoscape's zoom threshold.
        "min-zoomed-font-size": 0,
        // Dots keep a visible size on screen however far out the view is (canvas/labels.ts).
        width: drawnSize,
        height: drawnSize,
        "border-width": 0,
        "transition-property": "opacity, border-width",
        "transition-duration": 150,
      },
    },
    // Names keep a readable size on screen however far out the view is (canvas/labels.ts).
    ...kinds.map((k) => ({
      selector: `node[kind = "${k}"]`,
      style: {
        "background-color": cssVar(`--kind-${k}`),
        shape: NODE_SHAPES[k],
        "font-size": (ele: NodeSingular) => fontSizeAt(k, (ele.cy().scratch("_fontZoom") as number | undefined) ?? ele.cy().zoom()),
        "z-index": Z_BY_KIND[k],
      },
    })),
    { selector: 'node[kind = "service"], node[kind = "topic"], node[kind = "question"]', style: { "font-weight": 600 } },
    {
      selector: "edge",
      style: {
        width: 1,
        "curve-style": "bezier",
        "arrow-scale": 0.8,
        opacity: 0.75,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    // (Drawn solid, a mention's line is as faint as its dots were.)
    { selector: 'edge[kind = "mentions"]', style: { opacity: solidLines ? 0.3 : 0.45 } },
    ...edges.map((k) => ({
      selector: `edge[kind = "${k}"]`,
      style: {
        "line-color": cssVar(`--edge-${k}`),
        "target-arrow-color": cssVar(`--edge-${k}`),
        "line-style": solidLines ? "solid" : EDGE_LINES[k].style,
        width: EDGE_LINES[k].width,
        "target-arrow-shape": EDGE_LINES[k].arrow,
      },
    })),
    { selector: ".hidden, .out", style: { display: "none" } },
    // Dimmed: what is not in focus, and while searching what did not match.
    { selector: ".dim", style: { opacity: 0.12, "text-opacity": 0 } },
    { selector: ".search-dim", style: { opacity: 0.18, "text-opacity": 0 } },
    { selector: ".hover-dim", style: { opacity: 0.3 } },
    { selector: "node.nolabel", style: { "text-opacity": 0 } },
    // Where a name found room (canvas/labels.ts): above, right of or left of its node.
    { selector: "node.label-above", style: { "text-valign": "top", "text-margin-y": -3 } },
    { selector: "node.label-right", style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 3, "text-margin-y": 0 } },
    { selector: "node.label-left", style: { "text-valign": "center", "text-halign": "left", "text-margin-x": -3, "text-margin-y": 0 } },
    { selector: "node.match", style: { "border-width": 4, "border-color": mark, "underlay-color": mark, "underlay-opacity": 0.6, "underlay-padding": 6, "z-index": 12, opacity: 1 } },
    { selector: "node.focus", style: { "z-index": 10 } },
    { selector: "edge.focus", style: { opacity: 1, "z-index": 9 } },
    { selector: "node.selected", style: { label: "data(displayBold)", "border-width": 4, "border-color": focus, "font-weight": 700, "z-index": 13 } },
    // The pointer (or the keyboard) on a node: it and its neighbours stand out, whatever else is dimmed.
    { selector: "node.hover-near", style: { opacity: 1, "text-opacity": 1, "z-index": 14 } },
    { selector: "edge.hover-near", style: { opacity: 1, "z-index": 14, width: 2.6 } },
    { selector: "node.hovered", style: { opacity: 1, "text-opacity": 1, "border-width": 3, "border-color": focus, "z-index": 15 } },
  ] as StylesheetJson;
}

function elements(graph: GraphLite, locale: Locale, family: string): ElementDefinition[] {
  const nameOf = (n: GraphLite["nodes"][number]) => (locale === "ja" && n.labelJa ? n.labelJa : n.label);
  return [
    ...graph.nodes.map((n) => ({
      group: "nodes" as const,
      data: {
        id: n.id,
        kind: n.kind,
        name: nameOf(n),
        // (As drawn: cut to the kind's width, in its own weight and in the selection's bold.)
        display: cutName(nameOf(n), n.kind, n.kind === "concept" ? 400 : 600, family),
        displayBold: cutName(nameOf(n), n.kind, 700, family),
        summary: n.summary ?? "",
        size: n.members && n.members > 1 ? Math.min(70, 18 + Math.sqrt(n.members) * 4) : n.kind === "service" ? 18 + Math.min(22, Math.sqrt(n.degree) * 3) : n.kind === "topic" ? 22 : 10 + Math.min(12, Math.sqrt(n.degree) * 2),
        minPx: minDotPx(n.kind, n.members),
      },
      ...(n.x !== undefined && n.y !== undefined ? { position: { x: n.x, y: n.y } } : {}),
    })),
    ...graph.edges.map((e) => ({ group: "edges" as const, data: { id: `e${e.id}`, source: e.source, target: e.target, kind: e.kind } })),
  ];
}

/** Dotted and dashed edges only while the canvas can afford them (the drawing grows with the selection). */
function restyleLines(cy: Core, graph: GraphLite) {
  const solid = !affordsDashes(graph, DASHED_KINDS);
  if (Boolean(cy.scratch("_solidLines")) === solid) return;
  cy.scratch("_solidLines", solid);
  cy.style(stylesheet(solid));
}

interface Hint {
  id: string;
  label: string;
  kind: NodeKind;
  summary: string;
  x: number;
  y: number;
}

/** What the end-to-end tests read (names drawn, the layout in use): on window in their builds only. */
/** Past this many nodes, names are placed again when the view rests rather than on every frame. */
const MANY_NAMES = 800;

interface CanvasProbe {
  labels: { shown: number; hidden: number };
  layout: "stored" | "focus" | "custom";
}

export function GraphCanvas({ graph, locale, selected, highlight = null, visible = null, focusId = null, expanded = [], matches, preview = null, hiddenKinds, onSelect }: GraphCanvasProps) {
  const t = MESSAGES[locale];
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const drawnRef = useRef<GraphLite | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [status, setStatus] = useState<Status>("loading");
  const [hover, setHover] = useState<string | null>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const [layout, setLayout] = useState<CanvasProbe["layout"]>("stored");
  const relabelQueued = useRef(false);
  const fontRef = useRef("sans-serif");

  /** Places names on the next frame (once however many changes ask for it). */
  const relabel = useCallback(() => {
    if (relabelQueued.current) return;
    relabelQueued.current = true;
    requestAnimationFrame(() => {
      relabelQueued.current = false;
      const cy = cyRef.current;
      if (!cy) return;
      const labels = placeLabels(cy, fontRef.current);
      if (TEST_HOOKS) ((window as unknown as { __canvas?: CanvasProbe }).__canvas ??= { labels, layout: "stored" }).labels = labels;
    });
  }, []);

  /**
   * While the view moves, a large graph's names wait until it rests: placing thousands of names
   * on every frame of a drag stalls the drag (they move with their nodes meanwhile).
   */
  const settleTimer = useRef<number | null>(null);
  const relabelWhenViewRests = useCallback(() => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length < MANY_NAMES) return relabel();
    if (settleTimer.current !== null) window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => {
      settleTimer.current = null;
      relabel();
    }, 120);
  }, [relabel]);

  useEffect(() => {
    if (TEST_HOOKS) ((window as unknown as { __canvas?: CanvasProbe }).__canvas ??= { labels: { shown: 0, hidden: 0 }, layout }).layout = layout;
  }, [layout]);

  // Create the instance once per graph build.
  useEffect(() => {
    let cancelled = false;
    let cy: Core | null = null;
    (async () => {
      try {
        const [{ default: cytoscape }, { default: coseBilkent }] = await Promise.all([import("cytoscape"), import("cytoscape-cose-bilkent")]);
        if (cancelled || !container.current) return;
        try {
          cytoscape.use(coseBilkent);
        } catch {
          // already registered
        }
        fontRef.current = cssVar("--font");
        const initial = graphRef.current;
        const positioned = initial.nodes.every((n) => n.x !== undefined);
        const big = (initial.total ?? initial.nodes.length) > 2000;
        const solidLines = !affordsDashes(initial, DASHED_KINDS);
        cy = cytoscape({
          container: container.current,
          elements: elements(initial, locale, fontRef.current),
          style: stylesheet(solidLines),
          layout: positioned ? { name: "preset", fit: false } : ({ name: "cose-bilkent", animate: false, randomize: true, idealEdgeLength: 70 } as cytoscape.LayoutOptions),
          minZoom: 0.02,
          maxZoom: 4,
          boxSelectionEnabled: false,
          autoungrabify: false,
          // Large graphs stay smooth while panning and zooming: edges hidden and a texture drawn
          // during viewport changes, and the WebGL renderer where the browser has it.
          hideEdgesOnViewport: big || initial.edges.length > 3000,
          textureOnViewport: big,
          ...(big && hasFastWebGL() ? { webgl: true } : {}),
        });
        cy.scratch("_solidLines", solidLines);
        rememberHomes(cy);
        // The first view: everything, in the space the overlays leave free.
        frame(cy, container.current, cy.nodes(), { animate: false, maxZoom: 1.2 });
        drawnRef.current = initial;
        const touch = window.matchMedia("(pointer: coarse)").matches;
        // A tap selects the node whose centre is nearest the finger (or the pointer).
        cy.on("tap", (evt: EventObject) => {
          const at = evt.renderedPosition ?? (evt.target as NodeSingular).renderedPosition?.();
          if (!at || !cy) return;
          const n = nodeAt(cy, at, touch ? 18 : 4);
          if (n) onSelectRef.current(n.id());
        });
        // (Not while a button is held: a drag sweeping across nodes would light and dim the whole
        // graph at every node it crosses.)
        cy.on("mouseover", "node", (evt) => {
          if ((evt.originalEvent as MouseEvent | undefined)?.buttons) return;
          setHover((evt.target as NodeSingular).id());
        });
        cy.on("mouseout", "node", () => setHover(null));
        // (Leaving the canvas straight from a node sends no mouseout.)
        container.current.addEventListener("mouseleave", () => setHover(null));
        cy.on("viewport", relabelWhenViewRests);
        cy.on("position", "node", relabel);
        cyRef.current = cy;
        if (TEST_HOOKS) (window as unknown as { __cy?: Core }).__cy = cy;
        setStatus("ready");
        relabel();
        // Drawn: tell whoever measures (npm run bench) after the first frame has been painted.
        requestAnimationFrame(() => window.dispatchEvent(new CustomEvent("graph:drawn", { detail: { nodes: initial.nodes.length, ms: performance.now() } })));
      } catch (e) {
        console.warn("graph canvas unavailable:", e);
        if (!cancelled) setStatus("failed");
      }
    })();
    return () => {
      cancelled = true;
      if (settleTimer.current !== null) window.clearTimeout(settleTimer.current);
      cy?.destroy();
      cyRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph.build, locale]);

  // What is drawn changes (a large graph's overview grows with the selection): add and remove
  // elements rather than starting over, so the view stays where it is.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || drawnRef.current === graph) return;
    drawnRef.current = graph;
    const wanted = elements(graph, locale, fontRef.current);
    const ids = new Set(wanted.map((el) => el.data.id as string));
    cy.batch(() => {
      cy.elements().filter((el) => !ids.has(el.id())).remove();
      const missing = wanted.filter((el) => cy.getElementById(el.data.id as string).empty());
      cy.add([...missing.filter((el) => el.group === "nodes"), ...missing.filter((el) => el.group === "edges")]);
    });
    restyleLines(cy, graph);
    rememberHomes(cy);
    relabel();
  }, [graph, locale, status, relabel]);

  // Colours follow the system's light or dark mode.
  useEffect(() => {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const restyle = () => {
      const cy = cyRef.current;
      cy?.style(stylesheet(Boolean(cy.scratch("_solidLines"))));
      relabel();
    };
    media.addEventListener("change", restyle);
    return () => media.removeEventListener("change", restyle);
  }, [relabel]);

  // Kinds shown or hidden.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (hiddenKinds.has(el.data("kind"))) el.addClass("hidden");
        else el.removeClass("hidden");
      });
    });
    relabel();
  }, [hiddenKinds, status, graph, relabel]);

  // Neighbourhood focus: only the nodes asked for, laid out afresh around the focus, each named;
  // "Expand" adds a node's neighbours around it without moving the rest; leaving the focus puts
  // every node back where the stored drawing has it.
  const focusKey = useRef<string | null>(null);
  const shownRef = useRef<Set<string>>(new Set());
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const key = visible && focusId ? `${focusId}|${[...visible].length}|${expanded.length === 0 ? "" : "x"}` : null;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (visible && !visible.has(n.id())) n.addClass("out");
        else n.removeClass("out");
        if (visible) n.addClass("labelled");
        else n.removeClass("labelled");
      });
    });
    if (!visible || !focusId) {
      shownRef.current = new Set();
      cy.removeScratch("_fontPinned");
      if (focusKey.current !== null) {
        focusKey.current = null;
        setLayout("stored");
        void restoreHomes(cy, true).then(() => frame(cy, container.current, cy.nodes(":visible"), { maxZoom: 1.2 }));
      }
      relabel();
      return;
    }
    const shown = cy.nodes().filter((n) => visible.has(n.id()) && !n.hasClass("hidden")) as unknown as NodeCollection;
    const before = shownRef.current;
    const added = shown.filter((n) => !before.has(n.id()));
    shownRef.current = new Set(shown.map((n) => n.id()));
    const onlyExpanded = focusKey.current !== null && focusKey.current.split("|")[0] === focusId && before.size > 0 && [...before].every((id) => visible.has(id)) && expanded.length > 0;
    focusKey.current = key;
    setLayout("focus");
    // In a focus, names keep their own model size (no far-out enlargement, canvas/labels.ts): the
    // layout makes room for them as they are, and the view scales names and room alike.
    cy.scratch("_fontPinned", true);
    cy.scratch("_fontZoom", 1);
    restyleNodes(cy);
    const family = fontRef.current;
    const footprint = (n: NodeSingular) => {
      const kind = n.data("kind") as NodeKind;
      const size = n.data("size") as number;
      const font = LABEL_FONT[kind];
      const text = Math.min(textWidth(String(n.data("display") ?? ""), { fontSize: font, fontWeight: kind === "concept" ? 400 : 600 }, family), kind === "concept" ? 120 : 220);
      return { w: Math.max(size, text) + 10, h: size + 3 + font * 1.3 + 8, up: size / 2 + 2 };
    };
    const distance = hops(cy, shown, focusId);
    // "Expand" adds a node's neighbours around it; the nodes on screen stay where they are.
    const fixed = onlyExpanded && added.nonempty() ? new Map(shown.toArray().filter((n) => before.has(n.id())).map((n) => [n.id(), { ...n.position() }] as const)) : undefined;
    const positions = packAround(cy, focusId, shown, distance, footprint, fixed);
    void moveTo(shown, positions, true).then(() => {
      frame(cy, container.current, shown, { maxZoom: 1.3 });
      relabel();
    });
    relabel();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, focusId, status, graph, relabel]);

  // Search: what matched stands out, everything else dims, and the view goes to the best match.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let hits = cy.collection();
    for (const id of matches) hits = hits.union(cy.getElementById(id));
    cy.batch(() => {
      cy.elements().removeClass("match search-dim");
      if (hits.empty()) return;
      hits.addClass("match");
      // (A selection's own focus decides what is dimmed while it is open.)
      if (!selected) cy.elements().not(hits).not(hits.edgesWith(hits)).addClass("search-dim");
    });
    relabel();
    if (hits.empty() || selected) return;
    const best = matches.map((id) => cy.getElementById(id)).find((n) => n.nonempty()) as NodeSingular | undefined;
    if (!best) return;
    const timer = window.setTimeout(() => {
      // The best match with what surrounds it, close enough to read its neighbours' names.
      frame(cy, container.current, best.closedNeighborhood("node"), { maxZoom: 1 });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [matches, selected, status, graph, relabel]);

  // In focus: the selection and its neighbourhood, or what the page is about (a comparison, a
  // path); the rest dimmed, and framed at reading distance.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let on: cytoscape.Collection | null = null;
    let core: cytoscape.Collection | null = null;
    if (selected) {
      const node = cy.getElementById(selected);
      if (node.nonempty()) {
        on = node.closedNeighborhood();
        core = node;
      }
    } else if (highlight) {
      const nodeIds = new Set(highlight.nodes);
      const edgeIds = new Set(highlight.edges.map((id) => `e${id}`));
      core = cy.nodes().filter((n) => nodeIds.has(n.id()));
      on = core.union(cy.edges().filter((e) => edgeIds.has(e.id())));
    }
    cy.batch(() => {
      cy.elements().removeClass("dim focus selected");
      if (!on || !core) return;
      // (In a neighbourhood focus, everything shown is what the reader asked to see: nothing dims.)
      if (!visible) cy.elements().not(on).addClass("dim");
      on.addClass("focus");
      core.addClass("selected");
    });
    relabel();
    if (!on || on.empty() || visible) return;
    const target = on;
    const frameIt = () => {
      const shown = target.filter((el) => el.isNode() && !el.hasClass("hidden") && !el.hasClass("out"));
      // A phone draws names smaller: frame no farther out than they stay readable.
      const phone = cy.width() < 600;
      const anchor = core && core.length === 1 ? { ...(core[0] as NodeSingular).position() } : undefined;
      frame(cy, container.current, shown.nonempty() ? shown : target, { maxZoom: 1.4, ...(phone ? { minZoom: 0.95 } : {}), ...(anchor ? { anchor } : {}) });
    };
    frameIt();
    // The phone's sheet moved: what it covers changed.
    window.addEventListener("sheet:change", frameIt);
    return () => window.removeEventListener("sheet:change", frameIt);
  }, [selected, highlight, status, graph, relabel, visible]);

  // The pointer, or the keyboard on a search result: the node and its neighbours stand out, with
  // its name and a line of what it is.
  const pointed = hover ?? preview;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass("hovered hover-near hover-dim");
      if (!pointed) return;
      const n = cy.getElementById(pointed);
      if (n.empty() || !n.visible()) return;
      const near = n.closedNeighborhood();
      near.addClass("hover-near");
      n.addClass("hovered");
      if (!selected && !visible) cy.elements().not(near).addClass("hover-dim");
    });
    relabel();
    const n = pointed ? cy.getElementById(pointed) : null;
    if (!n || n.empty() || !n.visible()) {
      setHint(null);
      return;
    }
    const place = () => {
      const p = n.renderedPosition();
      setHint({ id: n.id(), label: String(n.data("name")), kind: n.data("kind") as NodeKind, summary: String(n.data("summary") ?? ""), x: p.x, y: p.y - (drawnSize(n) * cy.zoom()) / 2 });
    };
    place();
    cy.on("viewport", place);
    return () => {
      cy.off("viewport", place);
    };
  }, [pointed, selected, visible, status, graph, relabel]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: cy.width() / 2, y: cy.height() / 2 } } as never }, { duration: 150 });
  };
  const fit = () => {
    const cy = cyRef.current;
    if (cy) frame(cy, container.current, cy.nodes(":visible"), { maxZoom: 1.2 });
  };
  // Re-layout: the build's own layout (clusters in rings, then the clusters spread), run again on
  // what is shown now with another seed; "Reset layout" goes back to the stored drawing.
  const relayout = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    const { layoutGraph } = await import("@/lib/layout/layout-graph");
    const shown = cy.nodes(":visible");
    const ids = new Set(shown.map((n) => n.id()));
    const byId = new Map(graphRef.current.nodes.map((n) => [n.id, n]));
    const positions = layoutGraph(
      {
        nodes: shown.map((n) => {
          const lite = byId.get(n.id());
          return { id: n.id(), label: String(n.data("name")), kind: n.data("kind") as NodeKind, aliases: [], summary: "", facts: [], mentionedIn: [], ...(lite?.parent && ids.has(lite.parent) ? { parent: lite.parent } : {}) };
        }),
        edges: cy
          .edges(":visible")
          .map((e, i) => ({ id: i, source: e.source().id(), target: e.target().id(), kind: e.data("kind") as EdgeKind, evidence: { text: "", file: "", line: 0 }, more: [] })),
        facts: [],
      },
      // (A build for the end-to-end tests draws with one seed: what they measure of a new drawing,
      // how many names it has room for, is then the same from run to run.)
      TEST_HOOKS ? 2 : 1 + Math.floor(Math.random() * 1e6),
    );
    setLayout("custom");
    await moveTo(shown, positions, true);
    frame(cy, container.current, shown, { maxZoom: 1.2 });
  };
  const reset = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    setLayout(visible ? "focus" : "stored");
    await restoreHomes(cy, true);
    frame(cy, container.current, cy.nodes(":visible"), { maxZoom: 1.2 });
  };
  const movedAway = status === "ready" && layout === "custom";

  return (
    <>
      <div ref={container} className="canvas" data-status={status} data-layout={layout} aria-hidden="true" />
      {status !== "ready" && (
        <p className="stage-status" role="status">
          {status === "loading" ? t.loadingGraph : t.graphUnavailable}
        </p>
      )}
      {hint && (
        <div className="node-hint" role="tooltip" style={{ left: hint.x, top: hint.y }} data-node={hint.id}>
          <strong>{hint.label}</strong>
          <span className="kind-badge">
            <span className="kind-dot" data-kind={hint.kind} aria-hidden="true" />
            {t.kinds[hint.kind]}
          </span>
          {hint.summary && <span className="node-hint-summary">{hint.summary}</span>}
        </div>
      )}
      <div className="controls" role="group" aria-label="Graph controls">
        <button type="button" className="icon-button" onClick={() => zoomBy(1.3)} aria-label={t.zoomIn} title={t.zoomIn}>
          +
        </button>
        <button type="button" className="icon-button" onClick={() => zoomBy(1 / 1.3)} aria-label={t.zoomOut} title={t.zoomOut}>
          −
        </button>
        <button type="button" className="icon-button" onClick={fit} aria-label={t.fit} title={t.fit}>
          ⤢
        </button>
        <button type="button" className="icon-button" onClick={() => void relayout()} aria-label={t.relayout} title={t.relayout}>
          ↻
        </button>
        {movedAway && (
          <button type="button" className="icon-button" onClick={() => void reset()} aria-label={t.resetLayout} title={t.resetLayout}>
            ⟲
          </button>
        )}
      </div>
    </>
  );
}
