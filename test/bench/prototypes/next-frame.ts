/** PROTOTYPE: what a step yields to end its slice and resume after the next rendered frame. */
export const NEXT_FRAME = Symbol('next frame');
