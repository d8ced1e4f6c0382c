// A SQLite store's files change when a build commits: whoever serves the built graph (the app, the
// page cache in front of it) learns of a new build from them at once, instead of at its next read.

import { watch } from "node:fs";
import path from "node:path";
import type { Store } from "../store/open-store";

/**
 * Calls `changed` when the store's files change, the events of one commit gathered for a few
 * milliseconds, until the watch fails (`failed` is then told). Gives whether the files are watched:
 * PostgreSQL stores have no such files (their readers poll), and a folder may not be watchable.
 */
export function onStoreFilesChange(store: Store, changed: () => void, failed: () => void = () => undefined): boolean {
  if (store.config.provider !== "sqlite") return false;
  const name = path.basename(store.config.file);
  let pending: NodeJS.Timeout | undefined;
  try {
    const watcher = watch(path.dirname(store.config.file), (_event, file) => {
      if (!file?.startsWith(name) || pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        changed();
      }, 20);
    });
    watcher.unref();
    watcher.on("error", () => {
      watcher.close();
      failed();
    });
    return true;
  } catch {
    return false;
  }
}
