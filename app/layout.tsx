import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { requestLocale, siteUrl } from "@/lib/serve/request-context";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return {
    metadataBase: siteUrl(),
    title: { default: t.appTitle, template: `%s — ${t.appTitle}` },
    description: t.appDescription,
    openGraph: { siteName: t.appTitle, type: "website" },
    icons: { icon: "/icon.svg" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7f5" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await requestLocale();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
