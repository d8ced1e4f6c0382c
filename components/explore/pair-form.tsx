import { MESSAGES, type Locale } from "@/lib/i18n/messages";

/**
 * Two names to compare or connect. A plain GET form (it works without JavaScript): the server
 * resolves the names, typos and Japanese included, and redirects to /compare/<a>/<b> or /path/<a>/<b>.
 */
export function PairForm({ action, locale, a = "", b = "", children }: { action: "/compare" | "/path"; locale: Locale; a?: string; b?: string; children?: React.ReactNode }) {
  const t = MESSAGES[locale];
  return (
    <form className="pair-form" action={action} method="get">
      <fieldset>
        <legend>{t.pickTwo}</legend>
        <label>
          {t.first}
          <input name="a" defaultValue={a} required autoComplete="off" list="concept-names" />
        </label>
        <label>
          {t.second}
          <input name="b" defaultValue={b} required autoComplete="off" list="concept-names" />
        </label>
        {children}
        <button className="button" type="submit">
          {t.go}
        </button>
      </fieldset>
    </form>
  );
}
