// How much room a node's name takes: shared by the build-time layout and the canvas that draws it.

/** Font sizes (model units) the explorer draws names with: services and topics larger than concepts. */
export const LABEL_FONT = { service: 16, topic: 16, question: 14, concept: 11 } as const;

/**
 * Half the width a name takes when drawn, estimated from its characters (CJK a full em, capitals
 * wider than small letters): a node's room in a ring is its name's, so that names set side by
 * side around a catch-all topic do not cover each other.
 */
export function labelHalfWidth(label: string, kind: keyof typeof LABEL_FONT): number {
  let em = 0;
  for (const ch of label.slice(0, 40)) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.66 : /[a-z0-9]/.test(ch) ? 0.54 : 0.3;
  return Math.min(em * LABEL_FONT[kind], kind === "concept" ? 120 : 220) / 2;
}
