import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoteViewPanel } from "@/components/notes/note-view";
import { noteSource } from "@/lib/serve/graph-service";
import { noteView } from "@/lib/serve/note-view";
import { requestLocale } from "@/lib/serve/request-context";

interface Props {
  params: Promise<{ path: string[] }>;
}

/** The file a /notes/<path> URL names (each segment percent-decoded once, by Next). */
function fileOf(segments: string[]): string {
  return segments.map((s) => decodeURIComponent(s)).join("/");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const file = fileOf((await params).path);
  return { title: file, robots: { index: false } };
}

/** /notes/<path>#L<line>: the note a claim was drawn from, the cited line highlighted. */
export default async function NotePage({ params }: Props) {
  const [{ path }, { locale }] = await Promise.all([params, requestLocale()]);
  let file: string;
  try {
    file = fileOf(path);
  } catch {
    notFound();
  }
  const found = await noteSource(file);
  if (!found) notFound();
  return <NoteViewPanel view={noteView(found.served, file, found.text)} locale={locale} />;
}
