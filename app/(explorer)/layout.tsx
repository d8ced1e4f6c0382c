import Link from "next/link";
import type { ReactNode } from "react";
import { ExplorerShell } from "@/components/explorer/explorer-shell";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getGraph } from "@/lib/serve/graph-service";
import { requestLocale } from "@/lib/serve/request-context";

export default async function ExplorerLayout({ children }: { children: ReactNode }) {
  const [served, { locale, t }] = await Promise.all([getGraph(), requestLocale()]);
  if (!served) {
    return (
      <main className="not-found">
        <h1>{t.appTitle}</h1>
        <p>{t.noGraph}</p>
      </main>
    );
  }
  return (
    <>
      {/* Which build this page shows: the server keeps a page only as its own build's (page-cache.ts). */}
      <meta name="graph-build" content={String(served.build.id)} />
      <ExplorerShell
        build={served.build.id}
        total={served.graph.nodes.length}
        edges={served.graph.edges.length}
        locale={locale}
        brand={
          <Link className="brand" href="/">
            <img src="/icon.svg" alt="" width={22} height={22} />
            <span>{t.appTitle}</span>
          </Link>
        }
        tools={<LanguageSwitch locale={locale} />}
      >
        {children}
      </ExplorerShell>
    </>
  );
}
