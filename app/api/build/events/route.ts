import { getGraph, onStoreChange } from "@/lib/serve/graph-service";

export const dynamic = "force-dynamic";

/**
 * GET /api/build/events — server-sent events: "build" with the build being served, now and each
 * time a rebuild replaces it (checked when the store's files change, and five times a second), so
 * an open page shows a saved note's change without a reload. A comment every 15 s keeps idle
 * connections open.
 */
export async function GET(request: Request) {
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | undefined;
  let beat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => void) | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let last: number | null = null;
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const check = async () => {
        const served = await getGraph().catch(() => null);
        const id = served?.build.id ?? null;
        if (id !== null && id !== last) {
          last = id;
          send(`event: build\ndata: ${JSON.stringify({ build: id })}\n\n`);
        }
      };
      const stop = () => {
        clearInterval(timer);
        clearInterval(beat);
        unsubscribe?.();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener("abort", stop);
      send("retry: 2000\n\n");
      await check();
      timer = setInterval(() => void check(), 200);
      unsubscribe = onStoreChange(() => void check());
      beat = setInterval(() => send(": keep-alive\n\n"), 15_000);
    },
    cancel() {
      clearInterval(timer);
      clearInterval(beat);
      unsubscribe?.();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
