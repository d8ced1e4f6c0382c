"use client";

import { useEffect } from "react";

/**
 * Marks and scrolls to the line the address names (#L12). CSS :target alone misses it when the
 * page was reached by client-side navigation, which changes the address without a hash change.
 */
export function CitedLine() {
  useEffect(() => {
    const mark = () => {
      document.querySelectorAll(".note-target").forEach((el) => el.classList.remove("note-target"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const line = /^L\d+$/.test(id) ? document.getElementById(id) : null;
      if (!line) return;
      line.classList.add("note-target");
      line.scrollIntoView({ block: "center" });
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);
  return null;
}
