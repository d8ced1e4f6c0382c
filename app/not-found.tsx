import Link from "next/link";
import { requestLocale } from "@/lib/serve/request-context";

export default async function NotFound() {
  const { t } = await requestLocale();
  return (
    <main className="not-found">
      <h1>404</h1>
      <p>
        <Link href="/">{t.backToGraph}</Link>
      </p>
    </main>
  );
}
