"use client";

// The Cytoscape canvas. Cytoscape is loaded only here, in the browser, after the page's own
// (server-rendered) content, and draws the positions computed at build time.

import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { EdgeKind, NodeKind } from "@/lib/graph/types";
import type { GraphLite } from "@/lib/serve/concept-view";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";

export interface GraphCanvasProps {
  graph: GraphLite;
  locale: Locale;
  selected: string | null;
  /** Nodes and edges a page is about (a comparison, a path): in focus, the rest dimmed. */
  highlight?: { nodes: string[]; edges: number[] } | null;
  /** When set, only these nodes are shown (neighbourhood focus). */
  visible?: ReadonlySet<string> | null;
  matches: string[];
  hiddenKinds: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

type Status = "loading" | "ready" | "failed";

const NODE_SHAPES: Record<NodeKind, string> = { service: "round-rectangle", concept: "ellipse", topic: "hexagon", question: "diamond" };
const EDGE_LINES: Record<EdgeKind, { style: string; width: number; arrow: string }> = {
  contrasts: { style: "solid", width: 2.2, arrow: "none" },
  supersedes: { style: "solid", width: 2.4, arrow: "triangle" },
  alternative: { style: "dashed", width: 1.8, arrow: "none" },
  part_of: { style: "solid", width: 1.2, arrow: "triangle" },
  integrates: { style: "solid", width: 1.4, arrow: "vee" },
  mentions: { style: "dotted", width: 1, arrow: "none" },
};

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

function stylesheet(): StylesheetJson {
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
        "font-size": 12,
        color: fg,
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": bg,
        "text-outline-width": 2,
        "text-wrap": "ellipsis",
        "text-max-width": "120px",
        "min-zoomed-font-size": 11,
        width: "data(size)",
        height: "data(size)",
        "border-width": 0,
        "transition-property": "opacity, border-width",
        "transition-duration": 150,
      },
    },
    ...kinds.map((k) => ({ selector: `node[kind = "${k}"]`, style: { "background-color": cssVar(`--kind-${k}`), shape: NODE_SHAPES[k] } })),
    // Services and topics keep their names at overview zoom; concepts show theirs closer in.
    { selector: 'node[kind = "service"]', style: { "font-size": 22, "font-weight": 600, "min-zoomed-font-size": 7, "text-max-width": "240px" } },
    { selector: 'node[kind = "topic"], node[kind = "question"]', style: { "font-size": 20, "font-weight": 600, "min-zoomed-font-size": 7 } },
    { selector: 'edge[kind = "mentions"]', style: { opacity: 0.45 } },
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
    ...edges.map((k) => ({
      selector: `edge[kind = "${k}"]`,
      style: {
        "line-color": cssVar(`--edge-${k}`),
        "target-arrow-color": cssVar(`--edge-${k}`),
        "line-style": EDGE_LINES[k].style,
        width: EDGE_LINES[k].width,
        "target-arrow-shape": EDGE_LINES[k].arrow,
      },
    })),
    { selector: ".hidden, .out", style: { display: "none" } },
    // Dimmed nodes keep their shapes but not their names: the names of the neighbourhood stay legible.
    { selector: ".dim", style: { opacity: 0.12, "text-opacity": 0 } },
    { selector: "node.match", style: { "border-width": 4, "border-color": mark, "underlay-color": mark, "underlay-opacity": 0.5, "underlay-padding": 5 } },
    // In focus every name shows; services and topics come down towards the concepts' size so a
    // cluster's names do not cover each other. (Names only ever shrink here: Cytoscape clips a
    // label that grows with a class.)
    { selector: "node.focus", style: { "min-zoomed-font-size": 0, "z-index": 10 } },
    { selector: 'node.focus[kind = "service"], node.focus[kind = "topic"], node.focus[kind = "question"]', style: { "font-size": 15 } },
    { selector: "edge.focus", style: { opacity: 1, "z-index": 9 } },
    { selector: "node.selected", style: { "border-width": 4, "border-color": focus, "font-size": 14, "font-weight": 700, "z-index": 11 } },
  ] as StylesheetJson;
}

function elements(graph: GraphLite, locale: Locale): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({
      group: "nodes" as const,
      data: {
        id: n.id,
        kind: n.kind,
        display: locale === "ja" && n.labelJa ? n.labelJa : n.label,
        size: n.members && n.members > 1 ? Math.min(70, 18 + Math.sqrt(n.members) * 4) : n.kind === "service" ? 18 + Math.min(22, Math.sqrt(n.degree) * 3) : n.kind === "topic" ? 22 : 10 + Math.min(12, Math.sqrt(n.degree) * 2),
      },
      ...(n.x !== undefined && n.y !== undefined ? { position: { x: n.x, y: n.y } } : {}),
    })),
    ...graph.edges.map((e) => ({ group: "edges" as const, data: { id: `e${e.id}`, source: e.source, target: e.target, kind: e.kind } })),
  ];
}

export function GraphCanvas({ graph, locale, selected, highlight = null, visible = null, matches, hiddenKinds, onSelect }: GraphCanvasProps) {
  const t = MESSAGES[locale];
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const drawnRef = useRef<GraphLite | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [status, setStatus] = useState<Status>("loading");

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
        const initial = graphRef.current;
        const positioned = initial.nodes.every((n) => n.x !== undefined);
        const big = (initial.total ?? initial.nodes.length) > 2000;
        cy = cytoscape({
          container: container.current,
          elements: elements(initial, locale),
          style: stylesheet(),
          layout: positioned ? { name: "preset", fit: true, padding: 30 } : ({ name: "cose-bilkent", animate: false, randomize: true, idealEdgeLength: 70 } as cytoscape.LayoutOptions),
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
        drawnRef.current = initial;
        cy.on("tap", "node", (evt) => onSelectRef.current((evt.target as NodeSingular).id()));
        cyRef.current = cy;
        (window as unknown as { __cy?: Core }).__cy = cy;
        setStatus("ready");
        // Drawn: tell whoever measures (npm run bench) after the first frame has been painted.
        requestAnimationFrame(() => window.dispatchEvent(new CustomEvent("graph:drawn", { detail: { nodes: initial.nodes.length, ms: performance.now() } })));
      } catch (e) {
        console.warn("graph canvas unavailable:", e);
        if (!cancelled) setStatus("failed");
      }
    })();
    return () => {
      cancelled = true;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [graph.build, locale]);

  // What is drawn changes (a large graph's overview grows with the selection): add and remove
  // elements rather than starting over, so the view stays where it is.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || drawnRef.current === graph) return;
    drawnRef.current = graph;
    const wanted = elements(graph, locale);
    const ids = new Set(wanted.map((el) => el.data.id as string));
    cy.batch(() => {
      cy.elements().filter((el) => !ids.has(el.id())).remove();
      const missing = wanted.filter((el) => cy.getElementById(el.data.id as string).empty());
      cy.add([...missing.filter((el) => el.group === "nodes"), ...missing.filter((el) => el.group === "edges")]);
    });
  }, [graph, locale, status]);

  // Colours follow the system's light or dark mode.
  useEffect(() => {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const restyle = () => cyRef.current?.style(stylesheet());
    media.addEventListener("change", restyle);
    return () => media.removeEventListener("change", restyle);
  }, []);

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
  }, [hiddenKinds, status, graph]);

  // Neighbourhood focus: only the nodes asked for.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (visible && !visible.has(n.id())) n.addClass("out");
        else n.removeClass("out");
      });
    });
    if (visible) cy.animate({ fit: { eles: cy.elements(":visible"), padding: 50 } }, { duration: 300 });
  }, [visible, status, graph]);

  // Search matches.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(".match").removeClass("match");
      for (const id of matches) cy.getElementById(id).addClass("match");
    });
  }, [matches, status, graph]);

  // In focus: the selection and its neighbourhood, or what the page is about (a comparison, a
  // path); the rest dimmed.
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
      cy.elements().not(on).addClass("dim");
      on.addClass("focus");
      core.addClass("selected");
    });
    if (!on || on.empty()) return;
    // Frame it in the part of the canvas not covered by the panel (a bottom sheet on a phone),
    // but never closer than reading distance.
    cy.stop();
    const shown = on.filter((el) => el.isNode() && !el.hasClass("hidden") && !el.hasClass("out"));
    // Nodes only (labels change size with the focus style); the padding leaves room for the names
    // written under and across the outermost nodes.
    const box = (shown.nonempty() ? shown : on).boundingBox({ includeLabels: false });
    const padX = Math.min(90, cy.width() * 0.1);
    const padY = Math.min(60, cy.height() * 0.08);
    const canvasBox = container.current?.getBoundingClientRect();
    const panelBox = document.getElementById("panel")?.getBoundingClientRect();
    // Only a panel lying over the canvas (the phone's bottom sheet) hides part of it.
    const covers = canvasBox && panelBox && panelBox.height > 0 && panelBox.left < canvasBox.right - 1 && panelBox.top > canvasBox.top;
    const visibleHeight = covers ? Math.max(120, Math.min(cy.height(), panelBox.top - canvasBox.top)) : cy.height();
    const fitZoom = Math.min((cy.width() - 2 * padX) / Math.max(box.w, 1), (visibleHeight - 2 * padY) / Math.max(box.h, 1));
    const level = Math.max(cy.minZoom(), Math.min(1.4, fitZoom));
    const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
    cy.animate({ zoom: level, pan: { x: cy.width() / 2 - centre.x * level, y: visibleHeight / 2 - centre.y * level } }, { duration: 350, easing: "ease-in-out-cubic" });
  }, [selected, highlight, status, graph]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: cy.width() / 2, y: cy.height() / 2 } } as never }, { duration: 150 });
  };
  const fit = () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(":visible"), padding: 30 } }, { duration: 250 });
  const relayout = () => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.layout({ name: "cose-bilkent", animate: "end", animationDuration: 600, randomize: false, idealEdgeLength: 70, nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions).run();
  };

  return (
    <>
      <div ref={container} className="canvas" data-status={status} aria-hidden="true" />
      {status !== "ready" && (
        <p className="stage-status" role="status">
          {status === "loading" ? t.loadingGraph : t.graphUnavailable}
        </p>
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
        <button type="button" className="icon-button" onClick={relayout} aria-label={t.relayout} title={t.relayout}>
          ↻
        </button>
      </div>
    </>
  );
}
