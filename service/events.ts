import type { EventMap, EventName } from '../contract/ipc-contract.js';

/** A listener for one event. */
export type Listener<E extends EventName> = (payload: EventMap[E]) => void;

/** A small typed event bus: the service emits, IPC and the HTTP server forward to the UI. */
export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  /** Subscribe; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<EventName>);
    return () => set.delete(listener as Listener<EventName>);
  }

  /** Deliver an event to every listener; a failing listener does not stop the others. */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch {
        // A broken subscriber (e.g. a closed window) must not break the service.
      }
    }
  }

  /** Remove every listener. */
  clear(): void {
    this.listeners.clear();
  }
}
