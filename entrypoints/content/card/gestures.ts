import { highlightInControl, highlightInPath } from './mention';

/**
 * What a page event is about, for the card: a mention, and the page's control it was
 * reached through when it sits in one (a link naming an entity). Shared by the card's own
 * listeners (`card-events.ts`) and by the content script's, which load the card bundle on
 * the first gesture (`card-wake.ts`), so that both read an event the same way.
 */
export interface Gesture {
  piece: HTMLElement;
  trigger?: HTMLElement;
}

/**
 * The page events the card listens to (`card-events.ts`): the ones the content script
 * keeps while the card loads (`card-wake.ts`).
 */
export const CARD_EVENT_TYPES = ['pointerover', 'pointerout', 'pointerdown', 'click', 'focusin', 'keydown'] as const;
export type CardEventType = (typeof CARD_EVENT_TYPES)[number];

/**
 * An event kept for a later replay, with its path: once dispatched, an event's
 * `composedPath()` is empty, and an event that loaded the card is handled only once the
 * card is there.
 */
export interface KeptEvent {
  event: Event;
  path: EventTarget[];
}

/**
 * Paths of the events being replayed. (Each bundle has its own copy of this module: the
 * content script keeps events, the card bundle replays them, hence paths travel with them.)
 */
const keptPaths = new WeakMap<Event, EventTarget[]>();

/** Makes `pathOf` answer `path` for an event replayed after its dispatch. */
export function replaying({ event, path }: KeptEvent): Event {
  keptPaths.set(event, path);
  return event;
}

/** The event's composed path: the live one during dispatch, the kept one after. */
export function pathOf(event: Event): EventTarget[] {
  return keptPaths.get(event) ?? event.composedPath();
}

/** The highlight in the event's path, or the one inside the control the event is on. */
export function gestureOf(event: Event): Gesture | null {
  const path = pathOf(event);
  const piece = highlightInPath(path);
  if (piece) return { piece };
  const trigger = path[0] as HTMLElement;
  const named = highlightInControl(trigger);
  return named ? { piece: named, trigger } : null;
}

/**
 * Focus that shows the card: on a highlight, or on a control naming an entity when focus
 * came from the keyboard (a click focuses a link too, but it is the link's).
 */
export function focusGesture(event: FocusEvent): Gesture | null {
  const gesture = gestureOf(event);
  if (!gesture?.trigger) return gesture;
  return gesture.trigger.matches(':focus-visible') ? gesture : null;
}

/**
 * Keys that open the card and enter it: Enter or Space on a highlight, and Alt+↓ (the usual
 * key for a popup of what has focus) there or on a control naming an entity, where Enter
 * is the control's.
 */
export function entersCard(event: KeyboardEvent, gesture: Gesture): boolean {
  if (event.repeat) return false;
  const altDown = event.key === 'ArrowDown' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  return altDown || (!gesture.trigger && (event.key === 'Enter' || event.key === ' '));
}
