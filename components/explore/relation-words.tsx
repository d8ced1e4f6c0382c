import type { ReactNode } from "react";
import type { EdgeKind, NodeKind } from "@/lib/graph/types";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";

/**
 * How a relation reads, in each language's order: "part of Route 53" / "Route 53 に属する", and
 * with a subject "SQS contrasts with SNS" / "SQS は SNS と対比". Belonging to a topic is being filed
 * under it, not being a part of it.
 */
export function RelationWords({ locale, kind, direction, other, otherKind, subject }: { locale: Locale; kind: EdgeKind; direction: "out" | "in"; other: ReactNode; otherKind?: NodeKind; subject?: ReactNode }) {
  const t = MESSAGES[locale];
  const phrase = kind === "part_of" && otherKind === "topic" ? t.filedUnder[direction] : t.relation[kind][direction];
  const words = <span className="relation-phrase">{phrase}</span>;
  if (t.namesFirst) {
    return (
      <>
        {subject && (
          <>
            {subject}
            <span className="relation-phrase">{t.topicMarker}</span>
          </>
        )}
        {other}
        {words}
      </>
    );
  }
  return (
    <>
      {subject}
      {words}
      {other}
    </>
  );
}
