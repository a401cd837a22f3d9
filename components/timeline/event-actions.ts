import { createContext, type ComponentChildren } from 'preact';
import type { TimelineEvent } from '../../data/schema';

/**
 * Controls a host adds under each event of a `Timeline` ("Copy with its sources" in the
 * popup), without the timeline knowing them: `EventItem` renders what this returns at the
 * end of the event. A context rather than a prop, so `Timeline` need not pass it down.
 * Nothing is added where no provider is.
 */
export const EventActionsContext = createContext<((event: TimelineEvent) => ComponentChildren) | null>(null);
